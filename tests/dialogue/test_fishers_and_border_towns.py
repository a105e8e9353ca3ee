"""Fishers, their families, and the border towns people cross at (exploratory round 18C).

"i want off the boat at next port, how" and "boat captain say if i leave he not pay, i am in
port now songkhla" were not understood; a wife whose husband is on a Thai fishing boat with
no news got the someone-else answer (Khmer, English) or Myanmar's fake-jobs answer
(Burmese). Our sources have nothing on fishers' pay, papers or leaving a boat, and name one
centre for fishers (Stella Maris, Songkhla; no phone): the reply says so, with a person and
the emergency answer; a problem surely read keeps its answer with that line first.

"i work aranyaprathet market by day ... boss keep my border pass" got only Cambodia's 1297
(Aranyaprathet is in Thailand); "i am in poipet, boss take my border pass" with no place got
Myanmar's Department of Labour and Cambodia's 1297; the Burmese "arrested in Ranong" read
no place."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled, tr

from bot.content.localised import topic_title
from bot.dialogue import at_sea, border_pass
from bot.dialogue.places import home_named, mentioned, own_home_place
from bot.values import Asked, UserState

LINE = (
    "Work on a fishing boat, yours or a relative's? Our sources have no checked information "
    "on pay held until the boat returns, papers kept by the captain, leaving a boat at a port, "
    "or news of someone at sea. In Songkhla (Thailand), the Stella Maris Seafarers Centre "
    "supports and shelters fishers (information from before 2022; we found no phone number). "
    "A person from a partner organisation can help: tap “{person}”. In danger now? Tap "
    "“{emergency}”."
)
NOTE = (
    "On a fishing boat? Our sources have nothing checked on fishers' pay, papers or leaving a "
    "boat. In Songkhla (Thailand), the Stella Maris Seafarers Centre supports and shelters "
    "fishers (before 2022; no phone number found). Tap “{person}”."
)


@pytest.mark.parametrize(
    ("words", "lang", "topic", "country"),
    [
        ("i want off the boat at next port, how", "en", None, "TH"),
        ("boat captain say if i leave he not pay, i am in port now songkhla", "en", None, "TH"),
        ("my husband work in thai sea boat, phone no answer 3 month, what i do", "en", None,
         "KH"),
        ("ប្តីខ្ញុំធ្វើការលើទូកនេសាទនៅថៃ ៥ខែហើយ គ្មានដំណឹងសោះ", "km", None, "KH"),
        ("ယောက်ျား ထိုင်းငါးဖမ်းလှေပေါ်မှာ အလုပ်လုပ်တယ် သတင်းမကြားရတော့ဘူး", "my", None, "MM"),
        ("ကပၸတိန္ ေလွေပၚကေန ဆင္းခ်င္တယ္", "my", None, "TH"),  # Zawgyi: I want off the boat
    ],
)  # fmt: skip
def test_a_fisher_or_a_fishers_family_is_told_what_is_not_known(real, words, lang, topic, country):
    got = run(real, settled(lang, country), read_as(words, topic, 0.6, lang))
    t = tr(lang)
    emergency = topic_title(real.catalog, "emergency_help", lang)
    expected = in_language(lang, LINE).format(
        person=t.gettext("Talk to a person"), emergency=emergency
    )
    assert said(got).startswith(expected)
    data = all_button_data(got)
    assert data[:2] == ["person", "topic:emergency_help"] and data[-1] == "menu"
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, at_sea.NAME)


def test_a_problem_read_keeps_its_answer_with_the_line_first(real):
    words = "i am fisherman on thai boat, captain keep my passport, no pay until boat come back"
    got = run(real, settled("en", "TH"), read_as(words, "documents_confiscated", 0.8, "en"))
    text = said(got)
    note = NOTE.format(person="Talk to a person")
    assert note in text
    assert "1300" in text  # Thailand's Passport taken answer is kept
    assert text.index(note) < text.index("1300")


@pytest.mark.parametrize(
    "words",
    [
        "my boss not pay me",
        "i work in samut sakhon factory",
        "i cross mae sot every day for work",
        "ကျွန်တော် လှေကားက ပြုတ်ကျတယ်",  # I fell from the stairs (လှေကား, not a boat)
    ],
)
def test_no_boat_is_read_where_none_is_told(words):
    assert not at_sea.says(words)


@pytest.mark.parametrize(
    ("words", "country"),
    [
        ("i work aranyaprathet market by day, have border pass", "TH"),
        ("ខ្ញុំធ្វើការនៅអរញ្ញប្រទេស", "TH"),  # I work in Aranyaprathet
        ("ប៉ូលីសចាប់ខ្ញុំនៅស្រះកែវ", "TH"),  # the police arrested me in Sa Kaeo
        ("ရနောင်းမှာ ရဲဖမ်းသွားတယ်", "TH"),  # arrested in Ranong
        ("ရေနာင္းမွာ ရဲဖမ္းသြားတယ္", "TH"),  # the same in Zawgyi
    ],
)
def test_the_thai_border_towns_are_thailand(words, country):
    assert mentioned(words).country == country


@pytest.mark.parametrize(
    ("words", "home"),
    [
        ("i am in poipet, boss take my border pass", "KH"),
        ("ខ្ញុំនៅប៉ោយប៉ែត", "KH"),  # I am in Poipet
        ("i am in myawaddy now", "MM"),
        ("မြဝတီမှာ ရှိတယ်", "MM"),  # I am in Myawaddy
        ("they say come to poipet, someone pick me up", None),  # a place to go to
        # round 16A: the scam compounds' towns
        ("i am in sihanoukville, they force me to scam, help", "KH"),
        ("we are at bavet casino, cannot go out", "KH"),
        ("ខ្ញុំនៅក្រុងព្រះសីហនុ គេបង្ខំឲ្យបោកប្រាស់", "KH"),  # I am in Sihanoukville, forced to scam
        ("my son is in shwe kokko, company not let him go", "MM"),
        ("ရွှေကုက္ကိုမှာ ပိတ်မိနေတယ်", "MM"),  # trapped in Shwe Kokko
        ("agent say go to sihanoukville, good job", None),  # a place to go to
    ],
)
def test_the_home_side_border_towns_are_home(words, home):
    assert home_named(words) == home


def test_someone_in_aranyaprathet_gets_thailands_numbers(real):
    state = UserState(language="en", origin="KH", country=None, profile_asked=True)
    words = "i work aranyaprathet market by day, have border pass, boss keep my border pass, ok?"
    got = run(real, state, read_as(words, "documents_confiscated", 0.9, "en"))
    text = said(got)
    assert "1300" in text and "1800 010 181" in text
    assert "1297" not in text


def test_someone_in_poipet_with_no_place_gets_cambodias_numbers_not_myanmars(real):
    state = UserState(language="en", origin=None, country=None, profile_asked=True)
    words = "i am in poipet, boss take my border pass"
    got = run(real, state, read_as(words, "documents_confiscated", 0.9, "en"))
    text = said(got)
    assert "1297" in text
    assert "+95" not in text  # Myanmar's Department of Labour


BORDER = (
    "Border pass, or work by the day or the season? Our sources have nothing checked on what a "
    "border pass allows, how to get one, what happens if you are caught without one, or "
    "whether a boss may keep it. The little we know (2025) is in “{visa}”. Ask a person before "
    "you cross or pay anyone: tap “{person}”."
)


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("ខ្ញុំឆ្លងដែននៅប៉ោយប៉ែត ទៅធ្វើការនៅថៃម្តងមួយថ្ងៃ ត្រូវការឯកសារអ្វីខ្លះ?", "km",
         "documents_needed"),
        ("what is border pass, how to get", "en", "documents_needed"),
        ("seasonal work thailand cambodian, what paper", "en", "documents_needed"),
        ("ថៅកែយកប័ណ្ណឆ្លងដែនខ្ញុំទុក មិនឱ្យវិញ", "km", "documents_confiscated"),
    ],
)  # fmt: skip
def test_a_border_pass_gets_what_is_not_known_before_the_answer(real, words, lang, topic):
    got = run(real, settled(lang, "TH"), read_as(words, topic, 0.9, lang))
    t = tr(lang)
    visa = topic_title(real.catalog, "visa_work_permit", lang)
    note = in_language(lang, BORDER).format(visa=visa, person=t.gettext("Talk to a person"))
    assert said(got).startswith(note)
    assert topic_title(real.catalog, topic, lang) in said(got)  # the answer is kept below
    # The answer the line names is one tap away (round 25C: under Documents you need it
    # was not), once.
    assert all_button_data(got).count("topic:visa_work_permit") == 1


@pytest.mark.parametrize("words", ["ខ្ញុំបាត់លិខិតឆ្លងដែន", "boss hit me every day", "i lost my passport"])
def test_no_border_pass_is_read_in_a_passport_or_every_day(words):
    assert not border_pass.says(words)


@pytest.mark.parametrize(
    "words",
    ["i am in ranong, captain keep my pink card", "boss keep my border pass, he lock me in"],
)
def test_the_emergency_numbers_stay_first(real, words):
    got = run(real, settled("en", "TH"), read_as(words, "emergency_help", 0.9, "en"))
    assert said(got).startswith("🆘")


def test_someone_with_no_place_in_sihanoukville_gets_cambodias_numbers(real):
    """Round 16A: "in Sihanoukville" was no place: the numbers the profile's place gives, or
    none. With no place known, Cambodia's police line (117) now."""
    state = UserState(language="en", origin="MM", country=None, profile_asked=True)
    words = "i am in sihanoukville, they force me to scam, help"
    got = run(real, state, read_as(words, "job_scams_trafficking", 0.9, "en"))
    assert said(got).startswith("🆘") and "117" in said(got).split("Emergency help")[0]


@pytest.mark.parametrize(
    "words",
    [
        "i am in sihanoukville, help",
        "im now in bavet, boss lock us, help",
        "ខ្ញុំនៅក្រុងព្រះសីហនុ គេចាក់សោរខ្ញុំ ជួយផង",  # I am in Sihanoukville, they lock me in, help
    ],
)
def test_a_profile_in_thailand_who_says_i_am_in_a_scam_town_gets_cambodias_numbers(real, words):
    """Session 23 left it open: with a profile in Thailand, "i am in sihanoukville, help" got
    Thailand's numbers; a home place said in the first person is where the writer is now."""
    lang = "km" if not words.isascii() else "en"
    got = run(real, settled(lang, "TH"), read_as(words, "emergency_help", 0.9, lang))
    assert said(got).startswith("🆘") and "117" in said(got)[:160]
    assert "1300" not in said(got)  # Thailand's hotline


@pytest.mark.parametrize(
    "words",
    ["my family in myanmar, boss lock me", "boss lock me, my mother in cambodia crying"],
)
def test_a_home_place_of_someone_else_does_not_move_the_numbers(real, words):
    got = run(real, settled("en", "TH"), read_as(words, "emergency_help", 0.9, "en"))
    assert said(got).startswith("🆘") and "1300" in said(got)[:160]


def test_a_profile_in_thailand_who_says_i_am_in_poipet_gets_cambodias_answer(real):
    words = "i am in poipet now, boss not pay me"
    state = UserState(language="en", origin="KH", country="TH", profile_asked=True)
    got = run(real, state, read_as(words, "unpaid_wages", 0.9, "en"))
    text = said(got)
    assert "1297" in text  # Cambodia's labour ministry hotline
    assert "1506" not in text  # Thailand's


@pytest.mark.parametrize(
    ("words", "home"),
    [
        ("i am in sihanoukville, help", "KH"),
        ("i in cambodia now help", "KH"),
        ("ကျွန်တော် မြဝတီမှာ ပိတ်မိနေတယ်", "MM"),  # I am trapped in Myawaddy
        ("my family in myanmar, boss lock me", None),  # someone else's place
        ("i was in myanmar before", None),  # the past
        ("can I get it after I am in Myanmar?", None),  # a time to come
        ("answer in myanmar please", None),  # a language
    ],
)  # fmt: skip
def test_only_a_home_place_said_in_the_first_person_is_the_writers(words, home):
    assert own_home_place(words) == home
