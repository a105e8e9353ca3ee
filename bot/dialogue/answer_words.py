"""The words of a plain answer, typed where a button or a yes/no question waits: yes, "ok"
said in passing, no, and "send" (at a Send button). Whole messages, in the three languages
and the common romanised forms, so that "yes" is never read by the NLU as a request for help;
and messages made only of them, with a polite word or two ("mhan tal send", that's right,
send; "yes please bro"; "ဟုတ်ကဲ့ ပို့ပေးပါ"): the NLU read "mhan tal send" as an arrest at
0.88 (exploratory test 8, finding 2). Burmese and Khmer entries are drafts, review pending.

Such a message is never danger either: "hote kae par" (ဟုတ်ကဲ့ပါ, yes please) holds the
romanised danger keyword "kae par" (ကယ်ပါ, rescue me) and got the emergency numbers
(`answer_only`, triage.py).
"""

from __future__ import annotations

from bot.dialogue.lexicon import entries, made_of, plain_words

_YES = entries(
    # English
    "yes|y|yeah|yep|yess|yes please|yes pls|"
    # Burmese: ဟုတ် / ဟုတ်ကဲ့ (yes), ဟုတ်တယ် / မှန်တယ် (that's right, the usual way to agree);
    # romanised as people type them ("mhan tal" was read as an arrest by the NLU)
    "ဟုတ်|ဟုတ်ကဲ့|ဟုတ်ကဲ့ပါ|ဟုတ်တယ်|ဟုတ်ပါတယ်|ဟုတ်ပါ|မှန်တယ်|မှန်ပါတယ်|ဟုတ်ကဲ့ခင်ဗျာ|"
    "ဟုတ်ကဲ့ရှင်|hok|hote|hoke|houk|hote kae|hoke kae|houk kae|hote ke|hoke ke|hote kae par|"
    "hoke kae par|hote ke par|hote par|hoke par|hote pa|hoke pa|"
    "hote tal|hoke tal|ho tal|hok tal|houk tal|hout tal|hote tl|hoke tl|ho tl|hote dal|hoke dal|"
    "ho dal|hote te|hoke te|hote de|hoke de|hote tel|hoke tel|hote par tal|hoke par tal|"
    "hote pa tal|hoke pa tal|ho par tal|hotetal|hoketal|"
    "mhan tal|hman tal|mhan tl|hman tl|mhan dal|hman dal|mhan tel|hman tel|mhan te|hman te|"
    "mhan de|hman de|man tal|mhan par tal|hman par tal|mhan pa tal|hman pa tal|mhantal|hmantal|"
    # Khmer: បាទ (yes, said by men), ចាស (yes, said by women; also typed ចាស់), ត្រូវហើយ /
    # មែនហើយ (that's right); romanised
    "បាទ|ចាស|ចាស់|ចា|បាទ ចាស|បាទបង|ចាសបង|ត្រូវហើយ|មែនហើយ|bat|baat|chas|jas|cha|baat bong|"
    "bat bong|chas bong|jas bong|trov hai|trov haey|trov hoeuy|tro hai|men hai|men haey"
)
# "ok" acknowledges; it is not a yes to an offer: a subscription keeps the chat and sends it
# messages later, so it takes a yes (a person whose phone may be checked says "ok" to mean
# "got it").
_OK = entries(
    "ok|okay|okey|oke|ok please|ok pls|"
    # "ok la" (Malaysia): the NLU read it as Unpaid wages at 0.91 and sent that answer
    "ok la|ok lah|okla|oklah|okay la|okay lah|"
    # Burmese: ok ပါ, အိုကေ, ကောင်းပြီ (good, fine); romanised. Khmer: អូខេ, ល្អ (good:
    # "not understood" in round 13A)
    "ok ပါ|okပါ|အိုကေ|ok par|ကောင်းပြီ|ကောင်းပါပြီ|kaung pyi|kg pyi|អូខេ|ល្អ|ល្អហើយ|"
    "ល្អណាស់|laor|lor"
)
_NO = entries(
    # English
    "no|n|nope|no thanks|no thank you|"
    # Burmese: ဟင့်အင်း (no), မဟုတ်ဘူး (it is not), မမှန်ဘူး (not right), မလိုဘူး (not
    # needed); romanised
    "ဟင့်အင်း|မဟုတ်|မဟုတ်ဘူး|မဟုတ်ပါဘူး|မမှန်ဘူး|မမှန်ပါဘူး|မလိုဘူး|မလိုပါဘူး|hin in|hin inn|"
    "ma hote bu|mahote bu|ma hoke bu|mahoke bu|ma hote buu|ma hoke buu|mahotebu|mahokebu|"
    "ma ho bu|ma hot bu|ma hok bu|ma hote pa bu|ma hote par bu|ma hoke pa bu|ma hoke par bu|"
    "ma mhan bu|ma hman bu|ma mhan buu|ma lo bu|ma lo buu|malo bu|"
    # Khmer: ទេ / អត់ទេ / អត់ (no), មិនមែនទេ (it is not); romanised
    "ទេ|អត់ទេ|អត់|ទេ បាទ|ទេ ចាស|ទេបង|អត់ទេបង|មិនមែនទេ|មិនមែន|មិនត្រូវទេ|ot te|ort te|ot|ort|"
    "te|te bong|ot te bong|min men te|min men|mun men te|ot men te"
)
# "Send" typed where a Send button waits (its labels: ပို့မယ်, ផ្ញើ). Never sends: only a
# press is consent; the question is asked again. Never added to the words either: "please
# send" is how people say it (Burmese ပို့ပါ / ပို့ပေးပါ, Khmer ផ្ញើទៅ / សូមផ្ញើ).
_SEND = entries(
    # English
    "send|send it|ok send|yes send|please send|pls send|send please|send now|send pls|"
    # Burmese: ပို့ (send), ပါ / ပေးပါ (please), လိုက် (go ahead); romanised
    "ပို့|ပို့မယ်|ပို့ပါ|ပို့ပေး|ပို့ပေးပါ|ပို့လိုက်|ပို့လိုက်ပါ|ပို့လိုက်မယ်|ပို့ပေးပါဦး|pho|pho pa|"
    # Khmer: ផ្ញើ (send), ទៅ (go on), សូម (please), ផង / ចុះ (softeners); romanised
    "ផ្ញើ|ផ្ញើទៅ|សូមផ្ញើ|សូមផ្ញើទៅ|ផ្ញើផង|ផ្ញើចុះ|ផ្ញើទៅចុះ|phnhae|phnhae tov"
)


# Said around an answer, never an answer alone: please, a form of address, thanks. In
# Burmese, ပါ / ခင်ဗျာ / ရှင် / နော် (polite endings); in Khmer, បង (elder sibling, "you"),
# សូម (please), ផង (a softener), អរគុណ (thanks); romanised.
_FILLER = entries(
    "please|pls|plz|bro|sis|sir|madam|thanks|thank you|thx|"
    "ပါ|ပါဦး|ခင်ဗျာ|ခင်ဗျ|ဗျ|ဗျာ|ရှင်|ရှင့်|နော်|ကျေးဇူးပါ|ကျေးဇူးတင်ပါတယ်|"
    "par|pa|bya|shin|naw|kyay zu par|kyay zu tin par tal|"
    "បង|សូម|ផង|អរគុណ|bong|som|phong|orkun|arkun"
)


def yes_or_no(text: str) -> str | None:
    """ "yes", "ok", "no", or None when the message is more than a yes, an ok or a no (and
    polite words): "yes please bro" and "ok yes" are yes, "ok ok" ok."""
    words = plain_words(text)
    if words in _YES:
        return "yes"
    if words in _OK:
        return "ok"
    if words in _NO:
        return "no"
    if made_of(words, _FILLER):
        return None
    if made_of(words, _OK, _FILLER):
        return "ok"
    if made_of(words, _YES, _OK, _FILLER):
        return "yes"
    if made_of(words, _NO, _FILLER):
        return "no"
    return None


def says_send(text: str) -> bool:
    """ "Send" typed, alone or with a yes, an ok or a polite word ("mhan tal send", "ok send
    please", "ဟုတ်ကဲ့ ပို့ပေးပါ")."""
    words = plain_words(text)
    if words in _SEND:
        return True
    return made_of(words, _SEND, _YES, _OK, _FILLER) and not made_of(words, _YES, _OK, _FILLER)


def says_yes(text: str) -> bool:
    """A yes, alone or with "ok", "send" or polite words: a yes to the referral form's
    yes/no questions ("mhan tal send" at "Is your problem about ...?")."""
    words = plain_words(text)
    if yes_or_no(text) == "yes":
        return True
    everything = made_of(words, _YES, _OK, _SEND, _FILLER)
    return everything and not made_of(words, _OK, _SEND, _FILLER)


def answer_only(text: str) -> bool:
    """Whether `text` says nothing but a yes, an ok, a no or "send" (polite words aside): no
    question to read, and no danger in it (triage.py)."""
    words = plain_words(text)
    return made_of(words, _YES, _OK, _NO, _SEND, _FILLER) and not made_of(words, _FILLER)
