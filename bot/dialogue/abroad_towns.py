"""Towns, states and districts of the destination countries the content covers outside
Thailand, where people from Myanmar and Cambodia work, as they name them instead of the
country (round 54C): "ansan factory boss not pay, who to call", "jurong dormitory, agent take
my passport", "i am in kedah", "daegu factory", "nagoya". Before, none of them named a
country: the answer came for the profile's place (Thailand's 1506 and 1694 to someone who had
just written "now I work in Incheon") or for no place, with nothing said.

Read by bot/dialogue/places.py as names of their country (COUNTRY_NAMES). English and
romanised names as whole words, Burmese and Khmer as substrings. Names that are also
ordinary words or other places are left out: "nilai" (Malay for value), "klang" (Khmer
ខ្លាំង, see places.py), "little india" (Kuala Lumpur has one too), "miri", "sg", "kore".
Common misspellings of the four countries' names are here too ("malaysa", "singapor").
Burmese and Khmer spellings are drafts for a native speaker's review.
"""

from __future__ import annotations

TOWNS: dict[str, tuple[str, ...]] = {
    "MY": (
        # misspellings of the country
        "malaysa", "malasia", "malaysiya", "malaysai", "malayshia",
        # states and towns
        "johor bahru", "johor baru", "jb", "kedah", "alor setar", "sungai petani", "perak",
        "ipoh", "pulau pinang", "butterworth", "bukit mertajam", "melaka", "malacca",
        "negeri sembilan", "seremban", "pahang", "kuantan", "cameron highlands",
        "terengganu", "kelantan", "kota bharu", "shah alam", "petaling jaya", "subang",
        "puchong", "cyberjaya", "putrajaya", "rawang", "batu pahat", "kluang", "perlis",
        "labuan", "sandakan", "tawau", "kuching", "bintulu",
        # Burmese and Khmer (drafts)
        "ဂျိုဟိုး", "ဂျဟိုး", "ပီနန်း", "ជូហ័រ", "ប៉េណាំង",
        "ម៉ាឡេ",
    ),
    "KR": (
        "ansan", "incheon", "inchon", "daegu", "gwangju", "suwon", "gimhae", "hwaseong",
        "pyeongtaek", "cheonan", "ulsan", "pohang", "changwon", "gyeonggi", "gyeongju",
        "yeosu", "mokpo", "tongyeong", "jeju", "daejeon", "gumi", "siheung", "gimpo",
        "bucheon", "cheongju", "iksan", "gunsan",
        # Burmese and Khmer (drafts)
        "အန်ဆန်", "ဘူဆန်", "အင်ချွန်", "ဒေဂူ", "អានសាន", "ប៊ូសាន", "អ៊ីនឆន", "អ៊ីនឆុន",
    ),
    "JP": (
        "nagoya", "fukuoka", "yokohama", "kyoto", "kobe", "saitama", "chiba", "aichi",
        "hiroshima", "gunma", "ibaraki", "hokkaido", "sapporo", "okinawa", "kumamoto",
        "gifu", "shizuoka", "tochigi", "kagoshima", "okayama", "nagano", "niigata",
        # Burmese and Khmer (drafts)
        "အိုဆာကာ", "နာဂိုယာ", "ဖူကူအိုကာ", "ယိုကိုဟားမား", "អូសាកា", "ណាហ្គោយ៉ា",
    ),
    "SG": (
        "singapor", "singapura", "s'pore", "jurong", "woodlands", "tuas", "geylang",
        "kranji", "yishun", "changi", "toa payoh", "sengkang", "punggol", "tampines",
        "bedok", "boon lay", "pasir ris", "ang mo kio", "serangoon",
        # Burmese and Khmer (drafts)
        "ဂျူရောင်း", "ជូរ៉ុង",
    ),
}  # fmt: skip
