"""How the organisation may contact the person, typed at "How should the organisation contact
you?" instead of a press: the way in words ("by phone", ဖုန်း, "tam bot"), a phone number or a
Telegram username, or both together ("ဖုန်း 0812345678", "call me 081 234 5678": the number
was dropped for "please press one of the buttons", exploratory test 8, finding 6). Burmese and
Khmer entries are drafts, review pending.
"""

from __future__ import annotations

import re
import unicodedata

from bot.dialogue.lexicon import entries, made_of, plain_words, said_alone

# At "How should the organisation contact you?", the way typed in words instead of pressed
# (a button's own label, in any of the three languages, is read by referral_form): in
# English, Burmese and Khmer, in their scripts and romanised ("tam bot", Khmer, and "bot ka",
# Burmese, are "through the bot"). Whole answers only: "my phone was taken" is no answer.
_CONTACT_WAYS = {
    "bot": entries(
        "bot|the bot|this bot|through the bot|through this bot|through bot|by bot|"
        "by the bot|in the bot|in this bot|"
        # Burmese: bot က / ကနေ (from the bot), မှာ (in it), ဒီ (this); romanised
        "bot ka|bot ka nay|bot ka nae|bot kanay|bot mhar|bot hma|di bot ka|bot က|botက|"
        "bot ကနေ|botကနေ|bot မှာ|ဒီ bot|ဒီ bot ကနေ|ဘော့|ဘော့က|ဘော့ကနေ|ဘော့မှာ|"
        # Khmer: តាម bot (through the bot), នេះ (this); romanised
        "tam bot|tam bot nis|tam bot ni|taam bot|bot nis|តាម bot|តាមbot|តាម bot នេះ|តាមបូត"
    ),
    "phone": entries(
        "phone|fone|pone|phon|hpone|by phone|phone number|phone call|call|call me|"
        "call my phone|tam phone|"
        # Burmese: ဖုန်း (phone), နဲ့ (by), ခေါ် / ဆက် (call), နံပါတ် (number); romanised
        "phone nae|phone ne|phone nat|phone kaw|phone khaw|phone set|phone hset|"
        "ဖုန်း|ဖုန်းနဲ့|ဖုန်းဖြင့်|ဖုန်းခေါ်|ဖုန်းခေါ်ပါ|ဖုန်းဆက်|ဖုန်းဆက်ပါ|ဖုန်းနံပါတ်|"
        # Khmer: ទូរស័ព្ទ (phone), តាម (through), លេខ (number); romanised
        "turasap|toursap|tursap|tam turasap|tam toursap|ទូរស័ព្ទ|តាមទូរស័ព្ទ|លេខទូរស័ព្ទ"
    ),
    "telegram": entries(
        "telegram|tele|by telegram|on telegram|telegram username|my telegram|telegram nae|"
        "telegram ne|telegram ka|tam telegram|"
        "တယ်လီဂရမ်|တယ်လီဂရမ်း|တယ်လီဂရမ်နဲ့|តេឡេក្រាម|តេលេក្រាម|តាមតេឡេក្រាម|តាម telegram"
    ),
}


# Said beside the way and adding nothing: "only telegram ok?", "just by phone" (round 15A).
# Not "no" nor "not": "no telegram" is no answer; not "please" ("through the bot please" is
# read as asking for the form, test_form_typed_answers).
_ASIDE = entries("only|just|ok|okay|fine|is fine|is ok")


def contact_way(text: str) -> str | None:
    """ "bot", "phone" or "telegram" when `text` names one way to be contacted, else None."""
    return next(
        (way for way, said in _CONTACT_WAYS.items() if said_alone(text, said, _ASIDE)), None
    )


PHONE_DIGITS = 6  # the shortest number worth calling back (Thai landlines have 9 digits)


def has_phone(words: str) -> bool:
    """Whether `words` hold a phone number: enough digits, of any script (၀၉၈..., ០៩៨...)."""
    return sum(character.isdigit() for character in words) >= PHONE_DIGITS


# Burmese ၀ (zero) and the letter ဝ (wa) look the same, and people type either in numbers.
_WA_IN_NUMBER = re.compile(r"(?<=\d)ဝ|ဝ(?=\d)")


def latin_digits(words: str) -> str:
    """`words` with the digits of any script in 0-9 ("၀၈၁၂၃" and "០៨១២៣" are "08123"): a
    phone number as people dial it, and as a caseworker who reads no Burmese or Khmer can
    (README). A ဝ beside digits is the zero it looks like."""
    while _WA_IN_NUMBER.search(words):
        words = _WA_IN_NUMBER.sub("0", words)
    return "".join(str(unicodedata.digit(ch)) if ch.isdecimal() else ch for ch in words)


# Said around a number or a username to give it as one's own: "my number is ...", "... ကို
# ဆက်ပါ" (call it), "លេខខ្ញុំ ..." (my number); romanised.
_AROUND = entries(
    "my|me|mine|is|it|its|this|here|number|num|no|tel|mobile|please|pls|plz|you|can|at|on|"
    "to|the|and|ok|"
    # Burmese: ကျွန်တော့် / ကျွန်မ (my), ကို (object marker), ခေါ် / ဆက် (call), ဆက်သွယ်
    # (contact), နံပါတ် (number), ပါ / ပေးပါ (please), ရဲ့ (of), ဒီ (this), နဲ့ (with)
    "ကျွန်တော့်|ကျွန်တော်|ကျွန်မ|ကျနော့်|ငါ့|ကို|ပါ|ပေးပါ|နံပါတ်|ခေါ်|ခေါ်ပါ|ဆက်|ဆက်ပါ|"
    "ဆက်သွယ်|ဆက်သွယ်ပါ|ရဲ့|က|ဒီ|နဲ့|မှာ|ko|par|pa|nan pat|nanpat|khaw|kaw|hset|set|pay par|"
    # Khmer: ខ្ញុំ (I, my), លេខ (number), ហៅ (call), មក (to me), សូម (please), តាម (by),
    # នេះ (this), គឺ (is), របស់ (of), ទាក់ទង (contact)
    "ខ្ញុំ|លេខ|ហៅ|មក|សូម|តាម|នេះ|គឺ|របស់|របស់ខ្ញុំ|ទាក់ទង|lek|hao|hav|mok|som|tam|khnhom|knhom"
)
# Apps reached by a phone number: kept with it, so that the caseworker uses the one asked for.
_PHONE_APPS = {"viber": "Viber", "whatsapp": "WhatsApp", "line": "LINE", "imo": "imo"}
_APPS = frozenset(_PHONE_APPS)
_USERNAME = re.compile(r"@[A-Za-z0-9_]{5,32}")
_NUMBER = re.compile(r"\+?\d[\d .()-]*\d")


def contact_given(text: str) -> tuple[str, str] | None:
    """At "How should the organisation contact you?": a phone number or a Telegram username
    typed instead of a press, alone or with words that only say it is how to reach the person,
    as (way, contact); the summary shows it before Send. A number with Telegram's name is
    Telegram's (Telegram finds people by their number): the person chose it, maybe as a call
    is not safe where they are."""
    words = text.strip()
    number = latin_digits(words)
    if has_phone(number) and not any(character.isalpha() for character in number):
        return "phone", number[:100]
    if _USERNAME.fullmatch(words):
        return "telegram", words
    return _given_in_words(number)


def _given_in_words(text: str) -> tuple[str, str] | None:
    usernames = _USERNAME.findall(text)
    numbers = [found for found in _NUMBER.findall(text) if has_phone(found)]
    if len(usernames) + len(numbers) != 1:
        return None
    contact = (usernames or numbers)[0]
    rest = plain_words(text.replace(contact, " "))
    if any(character.isdigit() for character in rest):
        return None  # another number: whose is which?
    telegram = _CONTACT_WAYS["telegram"]
    if usernames:
        return ("telegram", contact) if not rest or made_of(rest, telegram, _AROUND) else None
    if made_of(rest, telegram, _AROUND) and not made_of(rest, _AROUND):
        return "telegram", contact[:100]
    if rest and not made_of(rest, _CONTACT_WAYS["phone"], _AROUND, _APPS):
        return None
    apps = [_PHONE_APPS[word] for word in rest.split() if word in _PHONE_APPS]
    return "phone", (f"{contact} ({apps[0]})" if apps else contact)[:100]
