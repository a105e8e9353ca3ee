"""A caseworker typing with a Zawgyi keyboard (exploratory test 7, finding 5): their words are
Unicode before they are kept or sent, so a Zawgyi reader gets them converted once and a
Unicode reader gets Unicode."""

from __future__ import annotations

from referral_helpers import ORG_CHAT, Harness

from bot.language import to_zawgyi
from bot.storage.models import Case, CaseMessage

# "Which town do you work in?", typed on a Zawgyi keyboard, and the same in Unicode.
TYPED_IN_ZAWGYI = "ဘယ္ၿမိဳ႕မွာ အလုပ္လုပ္ေနလဲ။"
IN_UNICODE = "ဘယ်မြို့မှာ အလုပ်လုပ်နေလဲ။"
MOE = 7401


def burmese_case(harness: Harness, uid: str, zawgyi: bool) -> Case:
    """A Myanmar person in Thailand (BETA's route) sends a case; Moe of BETA accepts it."""
    harness.connect_inbox("BETA")
    harness.join_named("BETA", MOE, "Moe")
    harness.press(uid, "lang:my:zawgyi" if zawgyi else "lang:my")
    harness.press(uid, "origin:MM")
    harness.press(uid, "country:TH")
    harness.fill_form(uid, "unpaid_wages", "help")
    case: Case = harness.only(Case)
    harness.staff_press(MOE, ORG_CHAT["BETA"], "acc", case.id)
    return case


def test_a_zawgyi_reply_reaches_a_zawgyi_reader_converted_once(harness: Harness):
    case = burmese_case(harness, "tg:5001", zawgyi=True)
    harness.staff_press(MOE, MOE, "rep", case.id)
    [preview] = harness.staff_text(MOE, TYPED_IN_ZAWGYI, send=False)
    assert preview.text.endswith("\n\n" + IN_UNICODE), "the preview shows what is kept"
    assert "Zawgyi" in preview.text  # the writer is told their text was changed
    harness.staff_text(MOE, TYPED_IN_ZAWGYI)
    got = harness.texts_to(5001)[-1]
    assert got.endswith("\n\n" + to_zawgyi(IN_UNICODE))
    assert got.endswith(TYPED_IN_ZAWGYI), "the person reads what Moe typed"
    [reply] = [m for m in harness.all(CaseMessage) if m.kind == "to_migrant"]
    assert harness.store.box.decrypt(reply.body_enc) == IN_UNICODE


def test_a_zawgyi_reply_reaches_a_unicode_reader_in_unicode(harness: Harness):
    case = burmese_case(harness, "tg:5002", zawgyi=False)
    harness.staff_press(MOE, MOE, "rep", case.id)
    harness.staff_text(MOE, TYPED_IN_ZAWGYI)
    got = harness.texts_to(5002)[-1]
    assert got.endswith("\n\n" + IN_UNICODE) and TYPED_IN_ZAWGYI not in got


def test_a_unicode_reply_and_other_scripts_are_sent_as_typed(harness: Harness):
    case = burmese_case(harness, "tg:5003", zawgyi=False)
    typed = f"{IN_UNICODE}\nCall 1300 if it is urgent.\n  ខ្ញុំនឹងជួយ"
    harness.staff_press(MOE, MOE, "rep", case.id)
    [preview] = harness.staff_text(MOE, typed, send=False)
    assert "Zawgyi" not in preview.text
    harness.staff_text(MOE, typed)
    assert harness.texts_to(5003)[-1].endswith("\n\n" + typed), "line breaks kept too"


def test_notes_and_decline_reasons_typed_in_zawgyi_are_kept_in_unicode(harness: Harness):
    case = burmese_case(harness, "tg:5004", zawgyi=True)
    harness.staff_press(MOE, MOE, "note", case.id)
    [saved] = harness.staff_text(MOE, TYPED_IN_ZAWGYI)
    assert saved.text.startswith(f"Note saved on case {case.ref}.")
    history = harness.staff_press(MOE, MOE, "hist", case.id)
    assert IN_UNICODE in history[0].text and TYPED_IN_ZAWGYI not in history[0].text
    harness.profile("tg:5005", "MM", "TH")
    harness.fill_form("tg:5005", "unpaid_wages", "help")
    [other] = [c for c in harness.all(Case) if c.uid == "tg:5005"]
    harness.staff_press(MOE, ORG_CHAT["BETA"], "dec", other.id)
    harness.staff_text(MOE, TYPED_IN_ZAWGYI)
    kept = {m.kind: harness.store.box.decrypt(m.body_enc) for m in harness.all(CaseMessage)}
    assert kept["note"] == IN_UNICODE and kept["decline"] == IN_UNICODE
