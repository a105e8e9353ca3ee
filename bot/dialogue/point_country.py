"""Which of the bot's countries a shared location is in, without the internet.

Each country is a few boxes drawn well inside it: at least about 20 km from any land border
or foreign island (checked against Natural Earth's outlines). A point in a box is in that
country; a point in none (near a border, such as Mae Sot, Poipet or Johor Bahru, at sea, or
anywhere else) is not placed: the bot asks instead of guessing. Someone without papers must
not be told they are in one country when they may be in another.
"""

from __future__ import annotations

# country: (south, north, west, east) in degrees; a point on an edge is inside.
BOXES: dict[str, tuple[tuple[float, float, float, float], ...]] = {
    "TH": (
        (13.0, 17.0, 99.6, 102.0),  # the centre: Bangkok, Samut Sakhon, Nakhon Sawan
        (12.5, 13.0, 100.6, 102.0),  # the east coast: Chonburi, Pattaya, Rayong
        (14.7, 17.2, 102.0, 104.3),  # the north-east: Khon Kaen, Udon Thani, Korat
        (17.0, 19.3, 98.7, 100.3),  # the north: Chiang Mai, Lampang, Phitsanulok
        (19.3, 20.0, 99.6, 100.1),  # Chiang Rai
        (7.3, 9.5, 98.8, 100.3),  # the south: Surat Thani, Nakhon Si Thammarat
        (6.85, 7.3, 100.2, 100.8),  # Hat Yai, Songkhla
    ),
    "MM": (
        (16.0, 23.5, 94.5, 97.0),  # Yangon, Bago, Nay Pyi Taw, Mandalay, Magway
        (15.5, 17.0, 97.0, 97.9),  # Mawlamyine, Hpa-an
        (20.3, 22.5, 97.0, 98.5),  # Taunggyi, Lashio
    ),
    "KH": (
        (12.4, 13.6, 102.9, 105.5),  # Battambang, Siem Reap, Kampong Thom
        (11.3, 12.4, 103.3, 105.5),  # Phnom Penh, Kampong Cham, Pursat
        (10.55, 11.3, 103.3, 103.75),  # Sihanoukville
    ),
    "MY": (
        (2.6, 5.0, 101.0, 103.4),  # Kuala Lumpur, Selangor, Klang, Kuantan
        (4.0, 5.5, 100.2, 100.9),  # Penang, Ipoh
        (2.1, 2.6, 102.1, 102.8),  # Malacca
        (1.65, 2.6, 102.8, 104.2),  # Johor (not Johor Bahru: Singapore is close)
        (5.0, 6.9, 115.9, 118.5),  # Sabah: Kota Kinabalu, Sandakan
        (1.4, 1.9, 110.0, 110.7),  # Kuching
    ),
    "SG": ((1.27, 1.39, 103.68, 103.97),),  # Johor and Batam are a few km away
    "KR": (
        (34.6, 37.45, 126.3, 129.15),  # Busan, Daegu, Gwangju, Daejeon, Incheon's south
        (35.3, 37.45, 129.15, 129.6),  # Ulsan, Pohang
        (37.45, 37.62, 126.8, 127.6),  # Seoul (the North is north of the Han estuary)
        (33.1, 33.6, 126.1, 127.0),  # Jeju
    ),
    "JP": (
        (31.0, 34.0, 129.6, 132.0),  # Kyushu: Fukuoka, Kumamoto
        (33.4, 35.6, 132.0, 136.0),  # Hiroshima, Osaka, Kobe, Kyoto, Shikoku
        (34.0, 37.0, 136.0, 141.0),  # Nagoya, Tokyo, Yokohama
        (37.0, 41.4, 138.5, 142.1),  # Niigata, Sendai, Aomori
        (41.4, 45.5, 139.8, 144.8),  # Hokkaido
        (24.2, 27.0, 124.0, 128.5),  # Okinawa
    ),
}


def country_at(lat: float, lon: float) -> str | None:
    """The country (COUNTRIES code) the point is surely in, else None: near a border, at
    sea or outside the bot's countries, nobody is told where they are."""
    for country, boxes in BOXES.items():
        for south, north, west, east in boxes:
            if south <= lat <= north and west <= lon <= east:
                return country
    return None
