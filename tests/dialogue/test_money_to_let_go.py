"""Money asked to let someone go (exploratory round 16A, F3): "my son in cambodia scam company,
they ask 3000 dollar to let him go", "កូនប្រុសខ្ញុំនៅក្រុមហ៊ុនបោកប្រាស់ គេទារលុយ 3000 ដុល្លារ
ទើបដោះលែងគាត់" (my son is in a scam company, they demand 3000 dollars to release him), and
"they say I must pay 5000 dollar to go" from inside got the fake jobs answer, an agency
problem ("keep receipts") or Agency fees ("ask the agency for the full cost in writing"):
none said anything about what was asked. Our sources say nothing on paying to free someone:
the answer now first says so, and to talk to a person before paying (ransom.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, read_as, run, said, settled, tr

from bot.dialogue import ransom

NOTE = (
    "Are they asking for money to let someone go? Our sources do not say whether paying "
    "frees them. Before you pay, talk to a person from a partner organisation: tap “{person}”."
)


def note(lang: str) -> str:
    _ = tr(lang).gettext
    return _(NOTE).format(person=_("Talk to a person"))


@pytest.mark.parametrize(
    ("words", "topic", "lang"),
    [
        (
            "my son in scam company, they ask 3000 dollar to let him go",
            "job_scams_trafficking",
            "en",
        ),
        ("company say i must pay 5000 usd to let me go home", "recruitment_fees", "en"),
        ("they want ransom for my daughter", "job_scams_trafficking", "en"),
        ("they ask money to release my brother", "agency_complaint", "en"),
        (
            "កូនប្រុសខ្ញុំនៅក្រុមហ៊ុនបោកប្រាស់ គេទារលុយ 3000 ដុល្លារ ទើបដោះលែងគាត់",
            "agency_complaint",
            "km",
        ),
        ("គេទារលុយលោះ", "recruitment_fees", "km"),  # they demand ransom money
        (  # my son is in a scam company, they demand 3000 dollars, only then let him back
            "កូនប្រុសខ្ញុំនៅក្រុមហ៊ុនបោកប្រាស់ គេទារលុយ 3000 ដុល្លារ ទើបឲ្យគាត់មកវិញ",
            "agency_complaint",
            "km",
        ),
        ("သားကို ပြန်လွှတ်ဖို့ ဒေါ်လာ ၃၀၀၀ တောင်းတယ်", "recruitment_fees", "my"),
        ("ရွေးငွေ တောင်းနေတယ်", "job_scams_trafficking", "my"),  # they demand ransom
        (  # round 21B: the note on an employer's release letter, nothing on the money
            "my son went thailand with broker, now no contact 2 weeks, broker say need pay "
            "20000 baht more or he not release him",
            "change_employer",
            "en",
        ),
    ],
)
def test_money_to_let_someone_go_is_told_what_is_not_known_first(real, words, topic, lang):
    got = run(real, settled(lang), read_as(words, topic, 0.95, lang))
    answer = run(real, settled(lang), read_as("help", topic, 0.95, lang))
    # Before the answer itself, unchanged (after the numbers, where danger words come too).
    assert f"{note(lang)}\n\n{said(answer)}" in said(got)


def test_danger_words_keep_the_numbers_first(real):
    words = "they lock me in, they want 5000 usd to let me go"
    got = run(real, settled(), read_as(words, "job_scams_trafficking", 0.95))
    assert got.replies[0].text.startswith("🆘")
    assert any(reply.text.startswith(note("en")) for reply in got.replies[1:])


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("agent ask 3000 dollar for job in korea", "recruitment_fees"),
        ("boss not let me go home, i want to go home", "return_home"),
        ("please let me go to the menu", None),
        ("pay 300 or my wife stay in thailand, which visa", "visa_work_permit"),
    ],
)
def test_other_money_and_going_are_answered_as_before(real, words, topic):
    got = run(real, settled(), read_as(words, topic, 0.95))
    assert note("en") not in said(got)


def test_money_asked_with_a_threat_is_money_to_let_someone_go(real):
    # Session 21: a mother, "they took my son ..., they want 5000 dollar or they sell him",
    # got "Are you asking for someone else?" and nothing on the money.
    words = "they took my son in cambodia, they want 5000 dollar or they sell him"
    got = run(real, settled(), read_as(words, None, 0.3))
    assert said(got).startswith(note("en"))
    assert "Are you asking for someone else" in said(got)
    assert got.tally is not None and got.tally.topic == "someone_else"


def test_should_i_pay_right_after_the_answer_for_someone_else_is_not_agency_fees(real):
    # It was read as Agency fees (0.9): Thailand's work-permit fees, to a mother whose son is
    # held. Right after the answer for someone else, it gets the line and a person.
    words = "they took my son in cambodia, they want 5000 dollar or they sell him"
    first = run(real, settled(), read_as(words, None, 0.3))
    assert first.shown == "someone_else"
    after = replace(real, last_answer=first.shown)
    for question in ("should i pay them?", "Should I pay?", "pay or not", "can we pay him"):
        got = run(after, first.state, read_as(question, "recruitment_fees", 0.9))
        assert said(got) == note("en"), question
        assert "person" in all_button_data(got)
        assert got.tally is not None and got.tally.topic == "ransom"


def test_should_i_pay_elsewhere_is_read_as_before(real):
    fees = run(real, settled(), read_as("agent ask 3000 dollar", "recruitment_fees", 0.95))
    after = replace(real, last_answer=fees.shown)
    got = run(after, fees.state, read_as("should i pay them?", "recruitment_fees", 0.9))
    assert note("en") not in said(got)
    assert not ransom.pay_asked("should i pay them and how much")  # more than whether


@pytest.mark.parametrize(
    "words",
    [
        # round 23A: the embassy-fear answer, nothing on the money nor the compound
        "they want 2000 dollar or my brother stay in the compound, i dont trust embassy",
        "agent say pay 3000 or they sell him, i dont want embassy",
    ],
)
def test_money_asked_with_the_embassy_refused_is_told_first_the_fear_under_it(real, words):
    got = run(real, settled(), read_as(words, "job_scams_trafficking", 0.9))
    fear = tr("en").gettext(
        "Afraid of the embassy, or you do not want to go there? Our sources do not say what "
        "an embassy does with what you tell it, or whom it tells."
    )
    assert said(got).startswith(note("en"))
    assert said(got).index(fear) > 0  # the fear kept, under the money's line
    assert "Fake jobs" in said(got)
    assert got.tally is not None and got.tally.topic == "job_scams_trafficking"
