"""A reply's preview says which case it is for beyond its random reference (exploratory
test 9, finding 11), and warns, without blocking Send, when the text is in a script the
person cannot read: Thai staff answer in Thai to a Burmese reader (finding 5)."""

from __future__ import annotations

import pytest
from referral_helpers import ORG_CHAT, Harness, by_day_in_asia

from bot.storage.models import Case

MOE = 7501  # BETA (English staff interface)
SOKHA = 7502  # ALPHA (English)
NOK = 7503  # DELTA (Thai)
THAI = "สวัสดีครับ เราจะช่วยคุณ พรุ่งนี้โทรหาได้ไหม"
BURMESE = "ဘယ်မြို့မှာ အလုပ်လုပ်နေလဲ။"
KHMER = "តើអ្នកធ្វើការនៅក្រុងណា?"


def held(harness: Harness, uid: str, language: str, origin: str, org: str, worker: int) -> Case:
    """A person reading `language`, from `origin` in Thailand, sends a case about unpaid
    wages; it is moved to `org` (DELTA has no route) and `worker` of `org` accepts it."""
    harness.connect_inbox(org)
    harness.join_named(org, worker, "Worker")
    harness.press(uid, f"lang:{language}")
    harness.press(uid, f"origin:{origin}")
    harness.press(uid, "country:TH")
    harness.fill_form(uid, "unpaid_wages", "help")
    with harness.store.sessions.begin() as session:
        [case] = session.query(Case).all()
        case.org_id, case.status = org, "new"
    harness.staff_press(worker, ORG_CHAT[org], "acc", case.id)
    case = harness.only(Case)
    assert case.status == "accepted" and case.language == language
    return case


def preview(harness: Harness, worker: int, case: Case, words: str) -> str:
    harness.staff_press(worker, worker, "rep", case.id)
    [shown] = harness.staff_text(worker, words, send=False)
    return shown.text


def test_the_heading_names_the_topic_and_the_persons_language_not_their_words(
    harness: Harness,
):
    case = held(harness, "tg:6001", "my", "MM", "BETA", MOE)
    text = preview(harness, MOE, case, "Which town?")
    head = text.split("\n")[0]
    assert head == f"This goes to the person in case {case.ref} · Unpaid wages · Burmese:"
    assert "help" not in head


def test_thai_text_to_a_burmese_reader_is_flagged_and_can_still_be_sent(harness: Harness):
    case = held(harness, "tg:6002", "my", "MM", "BETA", MOE)
    text = preview(harness, MOE, case, THAI)
    assert "\nThe person reads Burmese; your text is in Thai.\n" in text
    assert text.endswith("\n\n" + THAI)
    [sent] = harness.staff_text(MOE, THAI)
    assert sent.text == f"Sent to the person in case {case.ref}."
    assert harness.texts_to(6002)[-1].endswith(THAI)


@pytest.mark.parametrize(
    ("language", "origin", "org", "worker", "words", "line"),
    [
        ("my", "MM", "BETA", MOE, KHMER, "The person reads Burmese; your text is in Khmer."),
        ("km", "KH", "ALPHA", SOKHA, BURMESE, "The person reads Khmer; your text is in Burmese."),
        ("km", "KH", "ALPHA", SOKHA, THAI, "The person reads Khmer; your text is in Thai."),
    ],
)
def test_a_script_the_reader_does_not_read_is_named(
    harness: Harness, language: str, origin: str, org: str, worker: int, words: str, line: str
):
    case = held(harness, "tg:6003", language, origin, org, worker)
    assert line in preview(harness, worker, case, words).split("\n")


@pytest.mark.parametrize(
    ("language", "origin", "org", "worker", "line"),
    [
        ("my", "MM", "BETA", MOE, "The person reads Burmese; your text is in English."),
        ("km", "KH", "ALPHA", SOKHA, "The person reads Khmer; your text is in English."),
    ],
)
def test_an_english_sentence_to_a_burmese_or_khmer_reader_is_named(
    harness: Harness, language: str, origin: str, org: str, worker: int, line: str
):
    """Round 21A: a whole English reply to a Khmer reader went unwarned, Latin letters being
    read for names and numbers. Said, not blocked: Send still sends it."""
    case = held(harness, "tg:6006", language, origin, org, worker)
    words = "Please tell us the name of your employer and the town."
    assert line in preview(harness, worker, case, words).split("\n")


@pytest.mark.parametrize(
    ("language", "origin", "org", "worker", "words"),
    [
        ("my", "MM", "BETA", MOE, BURMESE),
        ("my", "MM", "BETA", MOE, "Call 1300, urgent."),  # a word or two, a number
        ("my", "MM", "BETA", MOE, "mingalarpar, a khu bal mhar lae?"),  # romanised Burmese
        ("km", "KH", "ALPHA", SOKHA, KHMER + " Call 1300."),
        ("en", "KH", "ALPHA", SOKHA, "Which town do you work in?"),
    ],
)
def test_a_script_the_reader_reads_gets_no_warning(
    harness: Harness, language: str, origin: str, org: str, worker: int, words: str
):
    case = held(harness, "tg:6004", language, origin, org, worker)
    assert "The person reads" not in preview(harness, worker, case, words)


def test_a_thai_interface_warns_in_thai(harness: Harness):
    harness.desk.clock = by_day_in_asia  # type: ignore[method-assign]  # not about the hour
    case = held(harness, "tg:6005", "my", "MM", "DELTA", NOK)
    lines = preview(harness, NOK, case, THAI).split("\n")
    assert lines[0].startswith(f"ข้อความนี้จะส่งถึงผู้ขอความช่วยเหลือในเคส {case.ref} · ")
    assert "พม่า" in lines[0], "the person's language, in Thai"
    assert lines[1] == "ผู้ขอความช่วยเหลืออ่านภาษาพม่า แต่ข้อความของคุณเป็นภาษาไทย"
    assert lines[2:] == ["", THAI]
