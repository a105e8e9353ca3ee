"""Messages forwarded from elsewhere (Telegram's forward_origin; exploratory round 21C, M42).

A forwarded "all worker must pay 5000 baht to renew pink card before 31 December or deport"
was read as the person's own words: round 19A's line for a group writing together ("Many of
you with the same problem?"), then the visa answer as if it answered the notice. A forward is
words someone else wrote, which the bot cannot check: now the line that it cannot tell whether
they are true comes first, as for something heard (heard.py), and never the group's line;
with no answer about it, that line alone and a person. Danger words in a forward still get
the emergency numbers first (a friend's "help, boss lock us" passed on).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, settled, tr

from bot.content.localised import topic_title
from bot.dialogue import media
from bot.dialogue.events import Media, Text
from bot.values import NluResult

HEARD = (
    "I cannot tell you whether what you heard or read is true. Below is only what our "
    "sources say, with their dates. Before you pay, sign or move because of it, ask a "
    "person from a partner organisation: tap “{person}”."
)
NOTHING = (
    "I cannot tell you whether what you heard or read is true: our sources say nothing "
    "about it. Do not pay, sign or move because of it before you ask a person from a "
    "partner organisation. They can check it with you: tap “{person}”."
)
GROUP = "Many of you with the same problem?"
PHOTO = "I cannot tell from a photo or a file whether a paper is real."
NOTICE = (
    "all worker must pay 5000 baht to renew pink card before 31 December or deport. "
    "contact office today"
)


def line(msgid: str, lang: str = "en") -> str:
    _ = tr(lang).gettext
    return _(msgid).format(person=_("Talk to a person"))


def forwarded(words: str, topic: str | None, lang: str = "en") -> Text:
    return replace(read_as(words, topic, 0.93, lang), forwarded=True)


def test_a_forwarded_notice_is_not_read_as_a_group_asking(real):
    own = run(real, settled(), read_as(NOTICE, "visa_work_permit", 0.93))
    assert GROUP in said(own)  # typed by the person: "all worker" is their group (19A)
    got = run(real, settled(), forwarded(NOTICE, "visa_work_permit"))
    assert GROUP not in said(got)
    note = line(HEARD)
    assert said(got).startswith(note)
    title = topic_title(real.catalog, "visa_work_permit", "en")
    assert said(got)[len(note) :].lstrip().startswith(title)  # the answer itself, after it


@pytest.mark.parametrize(
    ("words", "topic", "lang"),
    [
        # Burmese: all workers must pay 5000 baht to renew the pink card by December
        ("အလုပ်သမားအားလုံး ပန်းရောင်ကတ် သက်တမ်းတိုးဖို့ ဒီဇင်ဘာမတိုင်ခင် ၅၀၀၀ ဘတ် ပေးရမယ်", "visa_work_permit", "my"),
        # Khmer: every worker must pay 5000 baht to renew the work permit
        ("ពលករទាំងអស់ត្រូវបង់ ៥០០០ បាត ដើម្បីបន្តប័ណ្ណការងារ", "visa_work_permit", "km"),
        (
            "Korea job free visa! Only pay processing fee first. Contact agent",
            "legal_channels",
            "en",
        ),
    ],
)
def test_a_forwarded_message_is_told_as_something_read(real, words, topic, lang):
    got = run(real, settled(lang), forwarded(words, topic, lang))
    assert said(got).startswith(line(HEARD, lang))
    assert said(got).count(line(HEARD, lang)) == 1


def test_a_forward_that_asks_true_itself_gets_the_line_once(real):
    words = "friend send this: Thailand open new registration next week, is it true?"
    got = run(real, settled(), forwarded(words, "visa_work_permit"))
    assert said(got).count(line(HEARD)) == 1


def test_a_forward_no_answer_is_about_says_so_and_offers_a_person(real):
    words = "Immigration will check all the markets in Mahachai tomorrow morning"
    unread = Text(words, "en", None, NluResult(None, 0.3, (("greet", 0.3),), ()), forwarded=True)
    got = run(real, settled(), unread)
    [reply] = got.replies
    assert reply.text == line(NOTHING)
    assert "person" in all_button_data(got)
    assert got.tally is not None and got.tally.topic == "heard"
    typed = run(real, settled(), replace(unread, forwarded=False))  # typed: not a rumour
    assert said(typed) != line(NOTHING)


def test_a_forwarded_call_for_help_keeps_the_emergency_numbers_first(real):
    words = "help, boss lock us in the room, no food 2 days"
    got = run(real, settled(), forwarded(words, "emergency_help"))
    assert said(got).startswith("🆘")
    assert line(HEARD) not in said(got)


def test_a_forwarded_photo_of_a_paper_gets_one_line_of_doubt(real):
    caption = "Work permit for Korea, pay 3000 dollar first to this agent, send passport copy"
    reading = forwarded(caption, "legal_channels")
    photo = Media("photo", caption, reading=reading, forwarded=True)
    got = run(real, settled(), photo)
    assert said(got).count(line(HEARD)) == 1  # under the line that the photo was not kept
    assert PHOTO not in said(got)  # the same doubt, said once
    unread = media.words_of(replace(photo, reading=None), settled(), real)
    assert unread is not None and unread.forwarded  # normalised here: still a forward


# Session 22 left open: a forward switched the reply language to its own. A Burmese reader
# who forwarded an English notice got English (one tap back); it is someone else's writing.
ENGLISH_NOTICE = "All workers must renew pink card before 31 December. Pay 5000 baht at the office"


@pytest.mark.parametrize("lang", ["my", "km"])
def test_a_forwarded_english_notice_keeps_the_readers_language(real, lang):
    got = run(real, settled(lang), forwarded(ENGLISH_NOTICE, "visa_work_permit", "en"))
    assert got.state.language == lang
    assert said(got).startswith(line(HEARD, lang))
    assert not any(data.startswith("lang:") for data in all_button_data(got))
    # Typed (or pasted) by the person, the same words still switch, with one tap back.
    typed = run(real, settled(lang), read_as(ENGLISH_NOTICE, "visa_work_permit", 0.93, "en"))
    assert typed.state.language == "en"


def test_a_forwarded_zawgyi_text_keeps_a_unicode_readers_script(real):
    # Burmese in Zawgyi, forwarded from a channel: the pink card must be renewed.
    notice = replace(forwarded("ပန္းေရာင္ကတ္ သက္တမ္းတိုးရမယ္", "visa_work_permit", "my"), encoding="zawgyi")
    got = run(real, settled("my"), notice)
    assert got.state.encoding is None
    assert not any(data.startswith("lang:") for data in all_button_data(got))
    zawgyi_reader = replace(settled("my"), encoding="zawgyi")
    unicode_notice = replace(notice, encoding="unicode", text="ပန်းရောင်ကတ် သက်တမ်းတိုးရမယ်")
    assert run(real, zawgyi_reader, unicode_notice).state.encoding == "zawgyi"


def test_a_forward_as_the_first_message_still_sets_a_language(real):
    fresh = replace(settled("my"), language=None)
    got = run(real, fresh, forwarded(ENGLISH_NOTICE, "visa_work_permit", "en"))
    assert got.state.language == "en"  # nothing else to go by: its language, with a way back
