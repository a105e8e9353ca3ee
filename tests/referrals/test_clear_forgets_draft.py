"""/clear and an unsent request (round 22C): a worker who started a request ("my boss hit me
every day, I want to run away to my friend in Mae Sot") and cleared the chat when the boss
came still had those words in the bot, for up to a year: whoever held the phone next opened
Talk to a person, pressed Skip and Through this bot, and read them in the summary ("This is
exactly what will be sent"). Now /clear deletes the unsent request's words too, and says so;
a sent case, the profile and a caseworker's messages are as before."""

from __future__ import annotations

from referral_helpers import ROOT, Harness

from bot.i18n import translator
from bot.storage.models import Case

MIGRANT = "tg:731904682"
WORDS = "my boss hit me every day, I want to run away to my friend in Mae Sot"
ALSO = "I also deleted your request that was not sent, with your words."


def summary_after_coming_back(harness: Harness) -> str:
    """What the next holder of the phone sees: Talk to a person, then through to the end."""
    shown = [*harness.press(MIGRANT, "person")]
    for data in ("ref:topic:unpaid_wages", "ref:skip:description", "ref:skip:place"):
        shown += harness.press(MIGRANT, data)
    shown += harness.press(MIGRANT, "ref:contact:bot")
    shown += harness.press(MIGRANT, "ref:urgent:no")
    return "\n".join(reply.text for reply in shown)


def test_clear_deletes_an_unsent_requests_words_and_says_so(harness: Harness):
    harness.profile(MIGRANT, "MM", "TH")
    harness.fill_form(MIGRANT, "unpaid_wages", WORDS, send=False)  # the summary, not sent
    assert WORDS in (harness.state(MIGRANT).form or {}).values()
    assert harness.service.forget_draft(MIGRANT) is True
    state = harness.state(MIGRANT)
    assert not state.form and state.step is None
    assert (state.language, state.origin, state.country) == ("en", "MM", "TH")  # kept
    note = harness.service.cleared_note(MIGRANT, 0, True, "", True)
    assert ALSO in note
    assert WORDS not in summary_after_coming_back(harness)
    assert harness.count(Case) == 0


def test_with_no_words_waiting_nothing_changes_and_nothing_is_said(harness: Harness):
    harness.profile(MIGRANT, "KH", "TH")
    before = harness.state(MIGRANT)
    assert harness.service.forget_draft(MIGRANT) is False
    assert harness.state(MIGRANT) == before
    note = harness.service.cleared_note(MIGRANT, 0, True)
    assert ALSO not in note
    assert translator(ROOT / "locales", "en").gettext(ALSO) == ALSO


def test_a_sent_case_stays(harness: Harness):
    case = harness.sent_case(MIGRANT)
    assert harness.service.forget_draft(MIGRANT) is False
    assert harness.only(Case).id == case.id


def test_without_clear_the_next_holder_reads_the_words(harness: Harness):
    # What the fix is for: the summary shows an unsent request's words to whoever presses on.
    harness.profile(MIGRANT, "MM", "TH")
    harness.fill_form(MIGRANT, "unpaid_wages", WORDS, send=False)
    harness.press(MIGRANT, "menu")
    assert WORDS in summary_after_coming_back(harness)
