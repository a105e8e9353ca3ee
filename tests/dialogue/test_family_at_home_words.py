"""A parent or a spouse at home, in the words round 12 saw them use (docs/exploratory/
round12-going-home.md): a wife asking in romanised Khmer for help to find her husband got
"Sorry, I did not understand"; a father who lost his son's phone number, in romanised Khmer
and in English, "I cannot help with that". Where the NLU finds no topic (or reads the
message as out of scope and it says the person is out of contact), the someone-else answer:
a caseworker, their embassy, the arrest answer."""

from __future__ import annotations

import dataclasses

import pytest
from dialogue_helpers import run, said, text, tr

from bot.dialogue.someone_else import names_someone, says_missing
from bot.values import UserState

OFFER = (
    "Are you asking for someone else, such as family or a friend abroad? A caseworker at a "
    'partner organisation can help: press "Talk to a person" and say who they are, where '
    "they are and what happened. Their embassy and what to do after an arrest are below."
)
NO_SEARCH = "ខ្ញុំមិនអាចស្វែងរកមនុស្សបានទេ"  # "I cannot search for a person" (round 26B)


def reading(words: str, lang: str, out_of_scope: bool):
    event = text(words, lang)
    return dataclasses.replace(event, nlu=dataclasses.replace(event.nlu, out_of_scope=out_of_scope))


@pytest.mark.parametrize(
    ("lang", "words", "out_of_scope"),
    [
        ("km", "tae bong ach chuoy rok pdey khnhom ban te?", False),
        ("km", "pdey khnhom tov thai 6 khae hoy, ot del teak tong mok vinh te", True),
        ("km", "kon pros khnhom nov korea, khnhom bat lek tourosap gat, tver yang mech", True),
        ("en", "my son in korea, i lost his phone number. how can i contact him?", True),
        ("my", "ကျွန်မယောက်ျား မလေးရှားမှာ၊ ဖုန်းမဆက်တော့ဘူး", True),
    ],
)
def test_a_family_member_at_home_gets_what_the_bot_can_do(real, lang, words, out_of_scope):
    state = UserState(language=lang, origin="KH", country="KH", profile_asked=True)
    outcome = run(real, state, reading(words, lang, out_of_scope))
    # A request to find him ("chuoy rok", help find) hears first that nobody here can search
    # (round 26B); the answer itself is the same.
    assert said(outcome).endswith(tr(lang).gettext(OFFER))
    assert (NO_SEARCH in said(outcome)) == ("chuoy rok" in words)


@pytest.mark.parametrize(
    "words",
    [
        "khnhom chong prapon khnhom mok thai",  # names a wife: not missing
        "how can i contact the embassy",
        "ယောက်ျားလေးတွေ ပြည်ပ အလုပ်သွားခွင့် ရှိလား",  # boys, men: no one's husband
        "i lost my phone, how to get new sim",
    ],
)
def test_words_that_are_no_relative_out_of_contact_are_not_read_so(words):
    assert not (names_someone(words) and says_missing(words))
