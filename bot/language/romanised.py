"""Burmese and Khmer written in Latin letters ("thu htay ka la kha ma pay buu", "thaokae min
ban aoy luy khnhom"), told apart from English.

Many phones have no Burmese or Khmer keyboard set up, so people type their own language in
Latin letters, with no tone marks, spellings that vary from one writer to the next, and
English words mixed in ("passport", "work permit"). A statistical identifier calls most of
it English. This is a lexicon of words that are common in those romanisations and are not
English: a message is romanised Burmese or Khmer when enough of its words are, and more of
them than English function words. Written from the common informal romanisations and
checked against the training, development and held-out sets (tests/language).
"""

from __future__ import annotations

import re
from itertools import pairwise

_WORD = re.compile(r"[a-z]+")
_NAMED = re.compile(r"[A-Za-z]+")


def _weights(spaced: str, weight: float) -> dict[str, float]:
    return dict.fromkeys(spaced.split(), weight)


# Weight 2: one such word is enough (greetings and thanks typed alone: "orkun").
# Weight 1: common words of the language that are not English words.
# Weight 0.5: common words that are also short English or other words ("ma", "ban").
_BURMESE: dict[str, float] = {
    **_weights(
        "mingalarpar mingalaba mingalabar mingalarbar kyayzu kyayzuu buu ntaraye thamar "
        "pyout pyaung thwar mingalar bamar",
        2.0,
    ),
    **_weights(
        "tl tal dl lae lar lr thwa twar pyan pyi shi nae nay twe pyaw ein pho lauk mal pike "
        "san tine ngwe chote thin shar taung htar nyi taya phan mhat pwal pone pya twet yae "
        "thit yout phyit kyar naw thein kyay zu lote loke lein khin ywat pyin kya phyat myar "
        "htal kyi kyaw htwet thet lyauk kyaung pyay nhit khine yite phwint sine thay yauk "
        "sayar sayama nout nga ngar hote ywe kyin pate gyi chay mhu phu lone mwe poh kyauk "
        "nge mway twy mha kuu htay yin mhar par chin yone khaw bya nor zuu yay po pauk kyan "
        "hinn chet bu lakha lacha ka lal thanyone thanyon thadi kaik shu "
        # round 53B: everyday words of short messages ("bawlone pwe ba time lae": when is the
        # football match; "mnet phyan mhr lar": back tomorrow?)
        "bawlone pwe phyan ywar mhr latmhat achain twat kaung mnet",
        1.0,
    ),
    **_weights(
        "ma ya lo ko ku nyi pa lu sit sat nai kha tar nar bal bar ah nee pat wet pe kg ne ba "
        "lat ti kone lite moe wel",
        0.5,
    ),
}
_KHMER: dict[str, float] = {
    **_weights(
        "khnhom knhom orkun awkun orkoun akun thaokae thaukae taokae sousdey susdei susdey "
        "sthantout chhbab ponman bonman trolob tralob hoeuy haey jouy juoy chuoy okun orkunn "
        "orkunh chumreapsuor aoy sabay sabai soursdey",
        2.0,
    ),
    **_weights(
        "kyom nhom tver twer dwer chong jong tov nov trov ey avey luy loy lui mech yangmech "
        "bong srok ngea oy nis khlah sanya niyay yok prak pdeng ning kech chab phasa rok "
        "mok rean phong thmey pit mun bok plov chea som doh sontesok krav chenh lea pel "
        "ekasar thngai mnus chraen atta sanhan chol knong mouy pteah krohtnak khluon "
        "chhmous kroy anglay sievphov krousar sombot komnaet tlai krom hun hvoeun hvek srey "
        "reap monti chheu sangkum lek knea chhlong kuk pinit rwu dauch vek sek robuos "
        "kammakor chuob bontean nas tinh khos likhet chbab yul sae chhnam phum chomneh "
        "thlai klach pros sdey prae songsa khae dae kampuchea kleng chuonh doeung chak mriem "
        "yol kert pyeabal chob kariyalai luoch kabob khernh thleak slab teuk kampchey suor "
        "sour suo sous dey sua arun chomreap kru sen trey chub banhchea mel pdo chhes yub "
        "menh chneah chamhuy chhnganh khouch chuol touk dourl choeung hao sdei sruk mek "
        "plieng khmer tursap toursap turasap tuorsap sthan ruoch rouch hae haeum heurm sanlob "
        "phleung pleung chheam puos "
        # round 53B: everyday words of short messages ("sim card tenh nov na": where to buy a
        # SIM card; "bong srolanh oun te": do you love me; "embassy nov eana")
        "tenh srolanh oun eana chuos chul saek pleang bek hery chnaot rien bralong pibak "
        "neak pdeung pracham pdach maong kanleng kouch",
        1.0,
    ),
    **_weights(
        "ban te min ot tha kar ke bat vay dak pi mean ach sor kan kap dai pon men dong sang "
        "tak tong lan bay hang chum chom rea del tat bon om bak dok dung klang sok kat leng",
        0.5,
    ),
}
# Two words that are Burmese together though the second is an English word alone: "ma pay"
# (မပေး, does not give: "boss ma pay lakha"), the negation of the verb every unpaid-wage
# message has. "pay" alone stays English.
# "than yone" (သံရုံး, embassy): "than" is English alone, so "than yone phone number" was
# read as English and answered in English to a Burmese reader (round 24C).
_BURMESE_PAIRS: dict[tuple[str, str], float] = {
    ("ma", "pay"): 1.0,
    ("than", "yone"): 1.0,
    ("than", "yon"): 1.0,
    # round 53B: the greeting typed apart ("min ga la ba"), "la" and "ba" being nothing alone
    ("ga", "la"): 1.0,
    ("la", "ba"): 1.0,
    ("ma", "shi"): 0.5,
    ("ma", "ya"): 0.5,
}
# Round 53B: Khmer pairs of particles that are short words alone: "nov na" / "tov na" (where
# / where to), "ot ban" / "min ban" (did not, cannot), "ban te" (can? / not ... at all), "ot
# mean" (there is no). "salary ot ban te" (no salary) had 1.5 of the 2.0 it needs.
_KHMER_PAIRS: dict[tuple[str, str], float] = {
    ("nov", "na"): 1.0,
    ("tov", "na"): 1.0,
    ("ot", "ban"): 0.5,
    ("min", "ban"): 0.5,
    ("ban", "te"): 0.5,
    ("ot", "mean"): 0.5,
    ("yang", "mech"): 0.5,
}
# Round 53B: the particle a short message ends on tells its language as much as any word:
# Burmese questions end on "lar" / "lae", statements on "tal" / "par", negatives on "buu";
# Khmer questions on "te" / "na" / "ey", statements on "hoeuy" / "dae". The last word earns
# this much more ("bong srolanh oun te": do you love me).
_FINAL = 0.5
_BURMESE_FINALS = frozenset(_weights("lar lae lal tal tl dl buu bu par pa", 1.0))
_KHMER_FINALS = frozenset(_weights("te na ey dae hoeuy haey hery eana", 1.0))
# English words that carry the sentence (not the loanwords romanised messages borrow).
_ENGLISH = frozenset(
    _weights(
        "i me my you your he she we they it is are am was were be been the a an to of in on at "
        "for and or but not no what how where when why who which can could do does did have "
        "has had this that with from please pls will would should there here want need get "
        "got",
        1.0,
    )
)
_ENOUGH = 2.0


def _words(text: str) -> list[str]:
    """`text`'s words, lower-cased, without the names in it: a word written with a capital
    after the first, in a message that has lower-case words too, is a person's or a place's
    name ("Kyaw Kyaw no money", "Nay Pyi Taw office number", round 53B), and Burmese names
    are Burmese words. A message typed all in capitals or all capitalised keeps its words."""
    typed = _NAMED.findall(text)
    if not any(w[0].islower() for w in typed) or not any(w[0].isupper() for w in typed[1:]):
        return _WORD.findall(text.lower())
    kept = typed[:1] + [w for w in typed[1:] if not w[0].isupper()]
    return [w.lower() for w in kept]


def _scores(text: str) -> tuple[float, float, int]:
    """The Burmese and Khmer weights of `text`'s words, and how many are English ones."""
    # Round 55A: a doubled word counts once: a name typed in lower case ("thin thin lost
    # passport", "kyaw kyaw no money": 2.0 from one name) is no more Burmese than one word
    typed = _words(text)
    words = [w for i, w in enumerate(typed) if i == 0 or w != typed[i - 1]]
    burmese = sum(_BURMESE.get(w, 0.0) for w in words) + sum(
        _BURMESE_PAIRS.get(pair, 0.0) for pair in pairwise(words)
    )
    khmer = sum(_KHMER.get(w, 0.0) for w in words) + sum(
        _KHMER_PAIRS.get(pair, 0.0) for pair in pairwise(words)
    )
    if words and words[-1] in _BURMESE_FINALS:
        burmese += _FINAL
    if words and words[-1] in _KHMER_FINALS:
        khmer += _FINAL
    return burmese, khmer, sum(w in _ENGLISH for w in words)


def romanised_language(text: str) -> str | None:
    """ "my" or "km" when `text` reads as romanised Burmese or Khmer, else None."""
    burmese, khmer, english = _scores(text)
    best, score, other = ("my", burmese, khmer) if burmese >= khmer else ("km", khmer, burmese)
    if score >= _ENOUGH and score > english and score > other:
        return best
    return None


# For someone who already reads Burmese or Khmer, a word of their language in Latin letters
# is enough to keep it: "ot luy pay" (no money paid) from a Khmer reader has 1.5 of the 2.0 a
# stranger's message needs, and switched their replies to English (session 18).
_KEEPS = 1.0


def leans_to(text: str, language: str | None) -> bool:
    """Whether Latin-script `text` carries enough of `language` (romanised Burmese or Khmer)
    to keep replying in it: at least one of its words, and more than English ones."""
    if language not in ("my", "km"):
        return False
    burmese, khmer, english = _scores(text)
    score, other = (burmese, khmer) if language == "my" else (khmer, burmese)
    return score >= _KEEPS and score > english and score >= other
