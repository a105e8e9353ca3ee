"""Round 48B: two problems in one message where one is urgent. The other problem named in
plain words (also_said.py) is offered one tap away, under the emergency numbers too; locked
in, a threat to kill, an arrest with the embassy, the permit when changing employer, and a
broker's sum, Khmer and romanised first. Sentences written for the test (not the
development set's), and near-misses that must offer nothing."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, read_as, run, settled

from bot.dialogue import also_said

LOCKED = "job_scams_trafficking"
DANGER = "emergency_help"
ARREST = "arrest_detention"
EMBASSY = "embassy_contact"
PERMIT = "visa_work_permit"
FEES = "recruitment_fees"
WAGES = "unpaid_wages"
CHANGE = "change_employer"
KEPT = "documents_confiscated"
LEGAL = "legal_channels"
CHECK = "check_agency"


@pytest.mark.parametrize(
    ("first", "words", "offered"),
    [
        # locked in: the trafficking answer
        (DANGER, "the boss locked me inside the factory, please help", LOCKED),
        (DANGER, "we are locked in a room at the casino", LOCKED),
        (DANGER, "boss lock me and my friend inside the house", LOCKED),
        (DANGER, "ke chak so khnhom nov knong bontob", LOCKED),
        (DANGER, "គេចាក់សោខ្ញុំក្នុងបន្ទប់ ជួយផង", LOCKED),
        (DANGER, "အခန်းထဲမှာပိတ်ထားတယ် ကူညီပါ", LOCKED),
        (DANGER, "a khan htal mhar pate htar tal, ku nyi par", LOCKED),
        # a threat to kill, the NLU reading the wages
        (WAGES, "no salary 3 month, boss say he will kill me if i go police", DANGER),
        (WAGES, "sa pyan ka that mal lo pyaw tal, la kha ma ya buu", DANGER),
        (WAGES, "ថៅកែគំរាមសម្លាប់ខ្ញុំ បើខ្ញុំទារប្រាក់ខែ", DANGER),
        # asking for the wages, the threat read first
        (DANGER, "supervisor threatened to beat me when i ask for my salary", WAGES),
        (DANGER, "ថៅកែវាយខ្ញុំ ពេលខ្ញុំទារប្រាក់ខែ", WAGES),
        (DANGER, "la kha taung tot boss ka yite tal", WAGES),
        # arrested, and the embassy
        (EMBASSY, "my husband got arrested in johor, can the embassy help", ARREST),
        (EMBASSY, "pdey khnhom trov police chab khluon, tak tong sthantout yang mech", ARREST),
        (EMBASSY, "ប្អូនខ្ញុំជាប់គុក ទាក់ទងស្ថានទូតយ៉ាងម៉េច", ARREST),
        (ARREST, "ညီလေး ရဲဖမ်းသွားတယ် သံရုံးကို ဘယ်လိုပြောရမလဲ", EMBASSY),
        (ARREST, "my son in jail, how i contact myanmar embassy", EMBASSY),
        (ARREST, "tha ka a chote htal yauk nay tal, than yone ko phone set lo ya lar", EMBASSY),
        # the permit when changing employer, or run out
        (CHANGE, "if i move to new boss what happens to my visa", PERMIT),
        (CHANGE, "sa pyan pyaung chin tal, permit ka bar phyit ma lae", PERMIT),
        (CHANGE, "ប្ដូរថៅកែ ប័ណ្ណការងារយ៉ាងម៉េច", PERMIT),
        (KEPT, "work permit expired last week and boss keep my passport", PERMIT),
        # a broker's sum
        (LEGAL, "agent ask 5000 dollars for korea, any legal way", FEES),
        (CHECK, "mekhyol nih tear 15000 baht, mean license te", FEES),
        (CHECK, "ភ្នាក់ងារទារ ៣០០០ ដុល្លារ តើមានអាជ្ញាប័ណ្ណទេ", FEES),
        (LEGAL, "ပွဲစားက ဒေါ်လာ ၃၀၀၀ တောင်းတယ် တရားဝင်လမ်းရှိလား", FEES),
        (CHECK, "kyay 5000 baht taung tal, license shi lar", FEES),
    ],
)  # fmt: skip
def test_the_other_problem_is_offered(first: str, words: str, offered: str) -> None:
    assert offered in also_said.also(first, (first,), words)


@pytest.mark.parametrize(
    "words",
    [
        "i locked my phone and forgot the code",
        "the shop pate htar tal today",
        "boss kill the chickens every morning",
        "how do i get a new passport at the embassy",
        "which officer at the embassy helps workers in kl",
        "ស្ថានទូតបើកម៉ោងប៉ុន្មាន",
        "what happens to my permit if i run away from my employer",
        "i have a work permit, can i open a bank account",
        "agent office is in yangon, is it real",
        "how much is the fee for a passport",
        "police check my work permit on the road",
        "ask the boss for a day off",
    ],
)
def test_near_misses_offer_nothing_new(words: str) -> None:
    new = {
        "job_scams_trafficking",
        "emergency_help",
        "arrest_detention",
        "embassy_contact",
        "visa_work_permit",
        "recruitment_fees",
    }
    assert not new & set(also_said.also(None, (), words))


def test_the_emergency_answer_offers_the_other_problem_under_the_numbers(real) -> None:
    """ "boss threaten to kill me if i ask wages", read as an emergency alone: the numbers
    first (as before), and the wages one tap away (before, nothing was offered)."""
    words = "the boss say he will kill me if i ask for my salary"
    alone = run(real, settled(), read_as("the boss say he will kill me", "emergency_help", 0.9))
    got = run(real, settled(), read_as(words, "emergency_help", 0.9))
    # the emergency steps stay first, the offer under them
    assert got.replies[0].text.startswith(alone.replies[0].text)
    assert "topic:unpaid_wages" in " ".join(all_button_data(got))
    assert "topic:unpaid_wages" not in " ".join(all_button_data(alone))


def test_locked_in_offers_the_trafficking_answer_under_the_numbers(real) -> None:
    words = "they lock us in the building and take our phones, help us please"
    got = run(real, settled(), read_as(words, "emergency_help", 0.95))
    assert "topic:job_scams_trafficking" in " ".join(all_button_data(got))
