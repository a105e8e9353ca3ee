"""A Burmese or Khmer reader is not left in English with no way back (explore9 finding 6):
romanised Burmese with English loanwords ("boss ka passport ma pay bu") was read as English
and switched a Burmese reader to English walls of text, and a forwarded English job advert
did the same; only the switch into a romanised language offered one tap back. Now such
romanised Burmese keeps Burmese (bot/language/romanised.py), and every switch away from the
language the person had comes with a button back to it, said in both languages
(flows.on_text)."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, button_data, run, said, tr

from bot.dialogue.events import ButtonPress, Text
from bot.i18n import NATIVE_NAMES
from bot.language import normalise
from bot.values import NluResult, UserState

ADVERT = (
    "🔥Urgent hiring! Factory job in Malaysia, salary RM2500, free visa and ticket, no "
    "experience needed. Contact @jobagent_my now"
)
OFFER = "I reply in {language}. Tap to change:"


def reader(lang: str, encoding: str | None = None) -> UserState:
    return UserState(
        language=lang, encoding=encoding, origin="MM", country="TH", profile_asked=True
    )


def typed(words: str, topic: str) -> Text:
    """`words` as the service reads them (the real language detector and romanised
    lexicon), and as the NLU read them."""
    found = normalise(words)
    nlu = NluResult(topic, 0.9, ((topic, 0.9),), (topic,))
    return Text(found.text, found.language, found.encoding, nlu, found.romanised)


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("boss ka passport ma pay bu", "passport_confiscation"),
        ("boss lacha ma pay bu", "unpaid_wages"),
        ("my boss ma pay lakha", "unpaid_wages"),
    ],
)
def test_romanised_burmese_with_english_words_keeps_burmese(ctx, words, topic):
    outcome = run(ctx, reader("my"), typed(words, topic))
    assert outcome.state.language == "my"
    assert not any(data.startswith("lang:") for data in all_button_data(outcome))


@pytest.mark.parametrize("lang", ["my", "km"])
def test_a_forwarded_english_advert_comes_with_one_tap_back(ctx, lang):
    outcome = run(ctx, reader(lang), typed(ADVERT, "job_scams_trafficking"))
    assert outcome.state.language == "en"  # the detector is sure: English it is, for now
    last = outcome.replies[-1]
    assert button_data(last) == [f"lang:{lang}"]
    assert last.buttons[0][0].label == NATIVE_NAMES[lang]
    # Said in the language they chose too: they may not read the English line.
    assert tr(lang).gettext(OFFER).format(language=NATIVE_NAMES["en"]) in last.text
    back = run(ctx, outcome.state, ButtonPress(f"lang:{lang}"))
    assert back.state.language == lang


def test_a_zawgyi_reader_goes_back_to_zawgyi(ctx):
    outcome = run(ctx, reader("my", "zawgyi"), typed(ADVERT, "job_scams_trafficking"))
    assert button_data(outcome.replies[-1]) == ["lang:my:zawgyi"]
    back = run(ctx, outcome.state, ButtonPress("lang:my:zawgyi"))
    assert (back.state.language, back.state.encoding) == ("my", "zawgyi")


def test_an_english_reader_writing_romanised_burmese_still_gets_english_back(ctx):
    outcome = run(ctx, reader("en"), typed("lakha ma pay bu", "unpaid_wages"))
    assert outcome.state.language == "my"
    assert button_data(outcome.replies[-1]) == ["lang:en"]
    assert tr("en").gettext(OFFER).format(language=NATIVE_NAMES["my"]) in said(outcome)


def test_no_offer_without_a_switch(ctx):
    outcome = run(ctx, reader("en"), typed("my boss not pay me 2 month", "unpaid_wages"))
    assert outcome.state.language == "en"
    assert not any(data.startswith("lang:") for data in all_button_data(outcome))
