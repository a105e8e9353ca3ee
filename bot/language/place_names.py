"""Places typed in Burmese or Khmer script, named in Latin letters for staff who read neither.

A person answers the form's "Where are you?" in their own script ("မဟာချိုင်", "ភ្នំពេញ"), and
an English- or Thai-reading caseworker saw it as typed (round 14D). The names below are the
towns, provinces and countries people write from most: the destinations' cities and the
home countries' border towns, cities and provinces. A name is matched as written (NFC), the
longest first; names short enough to sit inside common words are left out: Burmese မွန်
("Mon") is inside ကောင်းမွန် ("good"), မကွေး ("Magway") also says "does not bend", Khmer
កណ្ដាល ("Kandal") is "middle" and ព្រះវិហារ ("Preah Vihear") "temple".
These are spellings, not facts about a person: the card says the bot read them, and shows the
words as typed beside them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# (the name in Latin letters, how it is written in Burmese and Khmer script)
PLACES: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Thailand
    ("Thailand", ("ထိုင်း", "ထိုင်းနိုင်ငံ", "ថៃ", "ប្រទេសថៃ")),
    ("Bangkok", ("ဘန်ကောက်", "ဗန်ကောက်", "បាងកក")),
    ("Chiang Mai", ("ချင်းမိုင်", "ឈៀងម៉ៃ")),
    ("Chiang Rai", ("ချင်းရိုင်",)),
    ("Mae Sot", ("မဲဆောက်", "ម៉ែសត")),
    ("Mahachai / Samut Sakhon", ("မဟာချိုင်",)),
    ("Ranong", ("ရနောင်း", "ရနောင်")),
    ("Phuket", ("ဖူးခက်", "ភូកេត")),
    ("Pattaya", ("ប៉ាតាយ៉ា",)),
    ("Chonburi", ("ឈុនបុរី", "ជលបុរី")),
    ("Rayong", ("រ៉ាយ៉ុង",)),
    ("Chanthaburi", ("ចន្ទបុរី",)),
    ("Sa Kaeo", ("ស្រះកែវ",)),
    ("Trat", ("ត្រាត",)),
    ("Aranyaprathet", ("អរញ្ញប្រទេស",)),
    # Malaysia
    ("Malaysia", ("မလေးရှား", "ម៉ាឡេស៊ី")),
    ("Kuala Lumpur", ("ကွာလာလမ်ပူ", "គូឡាឡាំពួ", "កូឡាឡាំពួ")),
    ("Penang", ("ပီနန်",)),
    # Korea, Japan, Singapore
    ("South Korea", ("ကိုရီးယား", "တောင်ကိုရီးယား", "ကိုးရီးယား", "កូរ៉េ", "កូរ៉េខាងត្បូង")),
    ("Seoul", ("ဆိုးလ်", "សេអ៊ូល")),
    ("Busan", ("ប៊ូសាន",)),
    ("Japan", ("ဂျပန်", "ជប៉ុន")),
    ("Tokyo", ("တိုကျို", "តូក្យូ")),
    ("Osaka", ("အိုဆာကာ", "អូសាកា")),
    ("Singapore", ("စင်ကာပူ", "စင်္ကာပူ", "សិង្ហបុរី", "សឹង្ហបុរី")),
    # Myanmar
    ("Myanmar", ("မြန်မာ", "မြန်မာနိုင်ငံ", "មីយ៉ាន់ម៉ា", "ភូមា")),
    ("Yangon", ("ရန်ကုန်",)),
    ("Mandalay", ("မန္တလေး",)),
    ("Naypyitaw", ("နေပြည်တော်",)),
    ("Myawaddy", ("မြဝတီ",)),
    ("Shwe Kokko", ("ရွှေကုက္ကို",)),
    ("Tachileik", ("တာချီလိတ်",)),
    ("Kawthaung", ("ကော့သောင်း",)),
    ("Mawlamyine", ("မော်လမြိုင်",)),
    ("Dawei", ("ထားဝယ်",)),
    ("Hpa-An", ("ဘားအံ",)),
    ("Bago", ("ပဲခူး",)),
    ("Pathein", ("ပုသိမ်",)),
    ("Sagaing", ("စစ်ကိုင်း",)),
    ("Mogok", ("မိုးကုတ်",)),
    ("Ayeyarwady", ("ဧရာဝတီ",)),
    # Cambodia
    ("Cambodia", ("ကမ္ဘောဒီးယား", "កម្ពុជា")),
    ("Phnom Penh", ("ភ្នំពេញ",)),
    ("Poipet", ("ប៉ោយប៉ែត",)),
    ("Siem Reap", ("សៀមរាប",)),
    ("Battambang", ("បាត់ដំបង",)),
    ("Banteay Meanchey", ("បន្ទាយមានជ័យ",)),
    ("Oddar Meanchey", ("ឧត្តរមានជ័យ",)),
    ("Preah Sihanouk", ("ព្រះសីហនុ",)),
    ("Koh Kong", ("កោះកុង",)),
    ("Prey Veng", ("ព្រៃវែង",)),
    ("Svay Rieng", ("ស្វាយរៀង",)),
    ("Kampong Cham", ("កំពង់ចាម",)),
    ("Kampong Thom", ("កំពង់ធំ",)),
    ("Takeo", ("តាកែវ",)),
    ("Pursat", ("ពោធិ៍សាត់",)),
    # Countries the content does not cover, as people write from them (round 24B's names in
    # bot/dialogue/places.py ELSEWHERE_NAMES): round 25A, a caseworker who reads no Khmer saw
    # "Where: ចិន" (China) as typed.
    ("China", ("တရုတ်နိုင်ငံ", "တရုတ်ပြည်", "တရုတ်", "ចិន", "ប្រទេសចិន")),
    ("Yunnan", ("ယူနန်",)),
    ("Ruili", ("ရွှေလီ",)),
    ("Laos", ("လာအို", "ឡាវ")),
    ("Taiwan", ("ထိုင်ဝမ်", "តៃវ៉ាន់")),
    ("Hong Kong", ("ဟောင်ကောင်", "ហុងកុង")),
    ("Dubai", ("ဒူဘိုင်း", "ឌូបៃ", "ដូបៃ")),
    ("Saudi Arabia", ("ဆော်ဒီ", "អារ៉ាប៊ីសាអូឌីត", "សាអូឌីត")),
    ("Brunei", ("ဘရူနိုင်း", "ព្រុយណេ")),
    ("Israel", ("အစ္စရေး", "អ៊ីស្រាអែល")),
    ("Australia", ("သြစတြေးလျ", "ဩစတြေးလျ", "អូស្ត្រាលី")),
)
MAX_NAMES = 3  # a place line names a town and its country at most; more is a story


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    latin = {
        unicodedata.normalize("NFC", spelling): name
        for name, spellings in PLACES
        for spelling in spellings
    }
    longest_first = sorted(latin, key=len, reverse=True)
    return re.compile("|".join(re.escape(s) for s in longest_first)), latin


def in_latin(text: str) -> str | None:
    """The places `text` names in Burmese or Khmer script, in Latin letters and in the order
    written ("Mahachai / Samut Sakhon, Thailand"); None when it names none of PLACES."""
    pattern, latin = _pattern()
    names = dict.fromkeys(
        latin[m.group(0)] for m in pattern.finditer(unicodedata.normalize("NFC", text))
    )
    if not names:
        return None
    return ", ".join(list(names)[:MAX_NAMES])
