"""Thai words that workers long in Thailand type inside Burmese, Khmer or English, read as
English for the bot's readers and the NLU.

The bot reads Burmese, Khmer and English. A worker years in Thailand writes the words of
work and papers in Thai ("นายจ้าง not pay", "บัตรชมพู หมดอายุ", "ပတ်စပို့ นายจ้าง ယူထား"), or
in Latin letters ("nai jang", "bat chompoo", "tor mor"), and a Thai neighbour or wife writes
a plea in Thai ("ถูกขัง", "ช่วยด้วย"). Round 27C: any message with more Thai letters than
others got "I can read Burmese, Khmer and English", danger words too, and its numbers never
came. Each word below is put in English where it stands, so the emergency keywords, the
readers and the NLU read it; the words the bot does not know stay as typed. Only what the
bot reads is changed: the form's own words and a caseworker's text are never glossed.

A gloss says what the word says and nothing more (บัตรชมพู is "pink card", not a permit's
name in law). Drafts by the project team, to be reviewed by a Thai speaker at a partner.
Thai writes no spaces between words: a Thai entry is matched inside the text, the longest
first; a Latin one as whole words.
"""

from __future__ import annotations

import re
from functools import cache

# (Thai as typed, its English). Longer phrases first where one holds another.
THAI: tuple[tuple[str, str], ...] = (
    # danger: the emergency keywords read these glosses (content/safety/emergency_keywords.yml)
    ("ช่วยด้วย", " help me now "),
    ("ถูกขัง", " locked in "),
    ("ขังไว้", " locked in "),
    ("ขังอยู่", " locked in "),
    ("ล็อคประตู", " lock the door "),
    ("ล็อกประตู", " lock the door "),
    ("ออกไม่ได้", " cannot go out "),
    ("ถูกทำร้าย", " hurt me "),
    ("ถูกซ้อม", " beaten "),
    ("ถูกตี", " beaten "),
    ("ถูกข่มขืน", " raped "),
    ("ตำรวจจับ", " police arrested "),
    ("ถูกจับ", " arrested "),
    ("บุกจับ", " police raid "),
    ("ตม.", " immigration police "),
    ("ตำรวจ", " police "),
    ("สวัสดี", " hello "),
    # work and papers
    ("นายจ้าง", " employer "),
    ("เถ้าแก่", " boss "),
    ("ลูกจ้าง", " worker "),
    ("นายหน้า", " broker "),
    ("ไม่จ่ายเงินเดือน", " not pay salary "),
    ("ไม่จ่ายค่าจ้าง", " not pay wages "),
    ("ไม่จ่ายเงิน", " not pay money "),
    ("ไม่ได้เงินเดือน", " no salary "),
    ("ค้างค่าจ้าง", " wages not paid "),
    ("ค่าจ้าง", " wages "),
    ("เงินเดือน", " salary "),
    ("บัตรชมพู", " pink card "),
    ("ใบอนุญาตทำงาน", " work permit "),
    ("หนังสือเดินทาง", " passport "),
    ("พาสปอร์ต", " passport "),
    ("หมดอายุ", " expired "),
    ("โรงงาน", " factory "),
    ("ต้องทำอย่างไร", " what to do "),
    ("ทำอย่างไร", " what to do "),
    ("ทำยังไง", " what to do "),
    ("บาดเจ็บ", " injured "),
    ("ป่วย", " sick "),
    # places (bot/dialogue/places.py reads their English names)
    ("ประเทศไทย", " Thailand "),
    ("แม่สอด", " Mae Sot "),
    ("มหาชัย", " Mahachai "),
    ("สมุทรสาคร", " Samut Sakhon "),
    ("กรุงเทพมหานคร", " Bangkok "),
    ("กรุงเทพฯ", " Bangkok "),
    ("กรุงเทพ", " Bangkok "),
    ("เชียงใหม่", " Chiang Mai "),
    ("ระนอง", " Ranong "),
    ("ภูเก็ต", " Phuket "),
    ("ชลบุรี", " Chonburi "),
    ("ระยอง", " Rayong "),
)

# Thai in Latin letters, as workers type it (whole words, any case).
LATIN: tuple[tuple[str, str], ...] = (
    ("nai jang", "employer"),
    ("nai chang", "employer"),
    ("naijang", "employer"),
    ("bat chompoo", "pink card"),
    ("bat chompu", "pink card"),
    ("bat chom poo", "pink card"),
    ("tor mor", "immigration police"),
    ("tormor", "immigration police"),
    ("tam ruat", "police"),
    ("tamruat", "police"),
    ("chuay duay", "help me now"),
    ("chuai duai", "help me now"),
)

_SPACES = re.compile(r"\s+")
_THAI_LETTER = re.compile("[\u0e00-\u0e7f]")


@cache
def _thai_pattern() -> re.Pattern[str]:
    words = sorted((thai for thai, _ in THAI), key=len, reverse=True)
    return re.compile("|".join(re.escape(word) for word in words))


@cache
def _latin_pattern() -> re.Pattern[str]:
    words = sorted((latin for latin, _ in LATIN), key=len, reverse=True)
    return re.compile(
        r"(?<![a-z])(?:" + "|".join(re.escape(word) for word in words) + r")(?![a-z])",
        re.IGNORECASE,
    )


_THAI_ENGLISH = dict(THAI)
_LATIN_ENGLISH = dict(LATIN)


def has_thai(text: str) -> bool:
    return _THAI_LETTER.search(text) is not None


def gloss(text: str) -> tuple[str, bool]:
    """`text` with the Thai words above in English, and whether any was. Cheap when there is
    neither Thai script nor a Latin entry's first letters (most messages)."""
    changed = False
    if has_thai(text):
        text, count = _thai_pattern().subn(lambda m: _THAI_ENGLISH[m.group(0)], text)
        changed = count > 0
    lowered = text.lower()
    if any(start in lowered for start in ("nai", "bat", "tor", "tam", "chu")):
        text, count = _latin_pattern().subn(lambda m: _LATIN_ENGLISH[m.group(0).lower()], text)
        changed = changed or count > 0
    if changed:
        text = _SPACES.sub(" ", text).strip()
    return text, changed


def without_thai(text: str) -> str:
    """`text` with its Thai letters taken out: what tells the writer's own language."""
    return _THAI_LETTER.sub(" ", text)
