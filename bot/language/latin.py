"""Which language a Latin-script message is in.

Migrants write short, misspelled English ("boss no pay salary"), so English is the default;
another language is named only on clear evidence: its own letters (Vietnamese) or several of
its common words (Malay/Indonesian, Tagalog and a few others seen in the region's chats).
Statistical identifiers guess wildly on three-word English, which would send an English
speaker the "languages I read" reply.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")

_VIETNAMESE_LETTERS = frozenset("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "i me my you your he she we they it is are am was were be the a an to of in on at for "
        "and or but not no what how where when why who can do does did have has my this that "
        "with from please pls help want go work job money pay salary boss"
    ),
    "ms": _words(
        "saya aku kami awak anda dia tidak tak bukan yang dan ini itu ada apa bagaimana macam "
        "mana boleh nak mahu hendak dengan untuk dari kepada sudah belum kerja gaji majikan "
        "tolong bayar"
    ),
    "tl": _words(
        "ang ng mga po ako ikaw siya hindi sa ko mo ba naman paano saan ano bakit kasi lang "
        "yung na ay trabaho sahod amo"
    ),
    "id": _words("gue gak nggak enggak bisa kerjaan majikanku"),
    "es": _words("el la los las que de y en por para con es una un no mi yo como"),
    "fr": _words("le la les des est une un je tu il nous vous pas pour avec que qui"),
    "de": _words("der die das und ist nicht ich du wir sie ein eine mit für wie"),
}
_MIN_HITS = 2


def latin_language(text: str) -> str:
    letters = set(text.lower())
    if len(letters & _VIETNAMESE_LETTERS) >= 2:
        return "vi"
    words = _WORD.findall(text.lower())
    hits = {lang: sum(w in vocab for w in words) for lang, vocab in _FUNCTION_WORDS.items()}
    best = max(hits, key=lambda lang: hits[lang])
    if best != "en" and hits[best] >= _MIN_HITS and hits[best] > hits["en"]:
        return "ms" if best == "id" and hits["ms"] >= hits["id"] else best
    return "en"
