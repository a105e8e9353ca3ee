"""Afraid of one's own embassy, or not wanting it (exploratory round 22A): "will embassy send
me back?", "embassy report me to army?", "i cannot go embassy", their Burmese (also Zawgyi),
Khmer and romanised forms, a relative who wants no embassy, and "is it safe to call them?"
right after the embassy answer, got the embassy's addresses with the question unanswered,
Passport taken, the emergency numbers or "did not understand". Our sources do not say what an
embassy does with what it is told: the reply says so, that the bot sends nothing to an
embassy, the police or the army, and that a support organisation is another way, a person
first and the embassy one tap away."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled, tr

from bot.dialogue import embassy_fears
from bot.dialogue.events import ButtonPress

SOURCES = (
    "Afraid of the embassy, or you do not want to go there? Our sources do not say what an "
    "embassy does with what you tell it, or whom it tells."
)
NOTHING_SENT = (
    "I send nothing you write here to an embassy, the police or the army. A support "
    "organisation is another way: tap “{person}”. Its caseworkers see only what you choose "
    "to send."
)
SOMEONE = (
    "If it is about someone else, say who it is, where they are and since when you have had "
    "no news."
)


def lines(lang: str) -> tuple[str, str]:
    t = tr(lang)
    return t.gettext(SOURCES), t.gettext(NOTHING_SENT).format(person=t.gettext("Talk to a person"))


def is_the_reply(got, lang: str) -> None:
    first, second = lines(lang)
    assert said(got).startswith(f"{first}\n\n{second}")
    data = all_button_data(got)
    assert data[0].startswith("person")  # a person first
    assert "topic:embassy_contact" in data  # the embassy one tap away, for who wants it
    assert got.tally is not None and got.tally.topic == "embassy_fear"


@pytest.mark.parametrize(
    ("words", "lang", "topic", "origin", "country"),
    [
        ("will embassy send me back?", "en", "embassy_contact", "MM", "TH"),
        (
            "i run from military service, no passport. embassy report me to army?",
            "en",
            "embassy_contact",
            "MM",
            "MY",
        ),
        (
            "my passport expired, boss say go embassy. i cannot go embassy",
            "en",
            "embassy_contact",
            "MM",
            "TH",
        ),
        ("do embassy share with police?", "en", "embassy_contact", "MM", "MY"),
        (
            "passport expire next month, other way than embassy?",
            "en",
            "embassy_contact",
            "MM",
            "MY",
        ),
        ("contact embassy? no way bro, they work for junta", "en", "embassy_contact", "MM", "TH"),
        (
            "i have no papers at all, never registered, who can help if not embassy",
            "en",
            None,
            "MM",
            "TH",
        ),
        (
            "broker keep my passport, if i go embassy broker will know?",
            "en",
            "documents_confiscated",
            "KH",
            "TH",
        ),
        (
            "have case in cambodia court, embassy will arrest me?",
            "en",
            "arrest_detention",
            "KH",
            "MY",
        ),
        (
            "i have debt in cambodia, if i go embassy they tell bank?",
            "en",
            "embassy_contact",
            "KH",
            "TH",
        ),
        (
            "than yone ko kyauk tal. than yone thwar yin phan ma lar",
            "my",
            "embassy_contact",
            "MM",
            "TH",
        ),
        ("သံရုံးသွားရင် စစ်မှုထမ်းဖို့ ပြန်ပို့မလား", "my", "embassy_contact", "MM", "TH"),
        ("ပတ်စပို့ သက်တမ်းကုန်ပြီ။ သံရုံးမှာ သက်တမ်းတိုးရင် လုံခြုံလား", "my", "embassy_contact", "MM", "MY"),
        ("သံ႐ုံး ေၾကာက္တယ္။ ပတ္စပို႔ မရွိဘူး", "my", "documents_confiscated", "MM", "TH"),  # Zawgyi
        ("ខ្ញុំខ្លាចទៅស្ថានទូត ព្រោះមានបំណុល", "km", "embassy_contact", "KH", "TH"),
        (
            "khnhom khlach tov stanotut, broker yok passport",
            "km",
            "job_scams_trafficking",
            "KH",
            "MY",
        ),
    ],
)
def test_a_fear_of_the_embassy_is_answered(real, words, lang, topic, origin, country):
    state = replace(settled(lang, country), origin=origin)
    got = run(real, state, read_as(words, topic, 0.9, lang))
    is_the_reply(got, lang)
    assert tr(lang).gettext(SOMEONE) not in said(got)


@pytest.mark.parametrize(
    ("words", "lang", "origin", "country"),
    [
        (
            "my son went to thailand and stop calling 4 month, please find him, dont want embassy",
            "en",
            "MM",
            "MM",
        ),
        ("သားက မလေးရှားမှာ ဖုန်းမဆက်တော့ဘူး ရှာပေးပါ။ သံရုံးကို မပြောချင်ဘူး", "my", "MM", "MM"),
        ("កូនប្រុសខ្ញុំទៅថៃ បាត់ទំនាក់ទំនង ជួយរកផង មិនចង់ឲ្យស្ថានទូតដឹង", "km", "KH", "KH"),
    ],
)
def test_a_relative_who_wants_no_embassy_is_told_what_to_say_to_a_person(
    real, words, lang, origin, country
):
    state = replace(settled(lang, country), origin=origin)
    got = run(real, state, read_as(words, "embassy_contact", 0.9, lang))
    is_the_reply(got, lang)
    assert said(got).split("\n\n")[2] == tr(lang).gettext(SOMEONE)


@pytest.mark.parametrize(
    "words",
    ["is it safe to call them?", "will they know where i am?", "will they report me to army?"],
)
def test_a_fear_right_after_the_embassy_answer_is_answered(real, words):
    shown = run(real, settled(), ButtonPress("topic:embassy_contact"))
    after = replace(real, last_answer=shown.shown)
    got = run(after, shown.state, read_as(words, "emergency_help", 0.6))
    is_the_reply(got, "en")


def test_the_same_words_after_another_answer_are_not_about_the_embassy(real):
    shown = run(real, settled(), ButtonPress("topic:injury_health"))
    after = replace(real, last_answer=shown.shown)
    got = run(after, shown.state, read_as("is it safe to go?", "injury_health", 0.9))
    assert not said(got).startswith(lines("en")[0])


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("embassy phone number", "embassy_contact"),
        ("where is myanmar embassy in bangkok", "embassy_contact"),
        ("how to renew passport at embassy", "embassy_contact"),
        ("police arrest my husband, how to contact embassy", "arrest_detention"),
        ("my brother arrested, can embassy help?", "arrest_detention"),
        ("သံရုံး ဖုန်းနံပါတ်", "embassy_contact"),
        ("ស្ថានទូតនៅឯណា", "embassy_contact"),
    ],
)
def test_asking_for_the_embassy_or_telling_an_arrest_keeps_its_answer(real, words, topic):
    lang = "my" if "သံ" in words else "km" if "ស្ថាន" in words else "en"
    got = run(real, settled(lang), read_as(words, topic, 0.9, lang))
    assert lines(lang)[0] not in said(got)
    plain = run(real, settled(lang), ButtonPress(f"topic:{topic}"))
    assert said(plain).split("\n")[0] in said(got)  # the answer's title


ORGANISATION = (
    "What an organisation does with what you tell it, our sources do not say either: ask the "
    "caseworker first, and tell only what you choose."
)


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("if i talk to organisation, will they tell embassy or police?", "en", None),
        ("do ngo share with embassy?", "en", "embassy_contact"),
    ],
)
def test_asked_whether_an_organisation_tells_the_embassy_the_sources_say_nothing(
    real, words, lang, topic
):
    got = run(real, settled(lang), read_as(words, topic, 0.5, lang))
    is_the_reply(got, lang)
    assert tr(lang).gettext(ORGANISATION) in said(got)
    alone = run(real, settled(), read_as("will embassy send me back?", "embassy_contact", 0.9))
    assert tr("en").gettext(ORGANISATION) not in said(alone)


def test_sent_back_to_the_army_in_romanised_burmese_is_told_what_the_sources_lack(real):
    # "will they send me back to the army?", read as Going home (round 22A)
    got = run(real, settled("my"), read_as("sit tat ko pyan po ma lar", "return_home", 0.9, "my"))
    # Since round 24A the reply to the army's call-up (called_up.py), Going home one tap away.
    called_up = (
        "Left to escape the army's call-up, or afraid of being sent back? Our sources have no "
        "checked information on what happens to people who left to avoid military service, or "
        "on being sent back."
    )
    assert said(got).startswith(tr("my").gettext(called_up))
    assert "topic:return_home" in all_button_data(got)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        # my husband was arrested by the police in Malaysia yesterday, he has no passport: how
        # to contact the embassy?
        ("ប្តីខ្ញុំត្រូវប៉ូលិសចាប់នៅម៉ាឡេស៊ីម្សិលមិញ គាត់គ្មានលិខិតឆ្លងដែន។ ទាក់ទងស្ថានទូតយ៉ាងម៉េច?", "km"),
        # my brother was arrested, I am afraid: how to call the embassy?
        ("အစ်ကို ဖမ်းခံရတယ်၊ ကြောက်တယ်၊ သံရုံးကို ဘယ်လို ဆက်ရမလဲ", "my"),
    ],
)
def test_an_arrest_told_in_script_keeps_the_arrest_answer(real, words, lang):
    got = run(real, settled(lang), read_as(words, "arrest_detention", 0.9, lang))
    assert lines(lang)[0] not in said(got)


def test_a_debt_with_a_fear_of_the_embassy_is_answered_on_the_embassy(real):
    # "I have debts: can I go to the embassy? will they arrest me?" got the debt reply alone
    words = "khnhom mean bamnol, tov stanotut ban te? ke chab khnhom te?"
    state = replace(settled("km"), origin="KH")
    got = run(real, state, read_as(words, None, 0.3, "km"))
    is_the_reply(got, "km")


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("my passport expire", "en"),
        ("passport expired last month what i do", "en"),
        ("ပတ်စပို့ သက်တမ်းကုန်ပြီ", "my"),  # my passport has run out
    ],
)
def test_a_passport_running_out_read_as_taken_gets_the_embassy_answer(real, words, lang):
    # round 22A: "my passport expire" got Passport taken; no one took it
    got = run(real, settled(lang, "MY"), read_as(words, "documents_confiscated", 0.9, lang))
    embassy = run(real, settled(lang, "MY"), ButtonPress("topic:embassy_contact"))
    assert said(got).split("\n")[0] == said(embassy).split("\n")[0]  # the answer's title
    assert "topic:documents_confiscated" in all_button_data(got)  # Passport taken a tap away


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("boss keep my passport, it expire next month", "en"),
        ("agent took my passport and now it expired", "en"),
        ("သူဌေးက ပတ်စပို့ သိမ်းထားတယ်၊ သက်တမ်းကုန်တော့မယ်", "my"),  # the boss keeps it
    ],
)
def test_a_passport_kept_and_running_out_stays_passport_taken(real, words, lang):
    got = run(real, settled(lang, "MY"), read_as(words, "documents_confiscated", 0.9, lang))
    kept = run(real, settled(lang, "MY"), ButtonPress("topic:documents_confiscated"))
    assert said(got).split("\n")[0] == said(kept).split("\n")[0]


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("stateless no any ID who help me", "en", "reintegration_id"),
        ("i never registered, no nationality", "en", None),
        ("ខ្ញុំគ្មានសញ្ជាតិ គ្មានឯកសារ", "km", "lost_documents"),  # I have no nationality, no papers
    ],
)
def test_no_nationality_is_told_the_sources_have_nothing_on_it(real, words, lang, topic):
    # round 22A: "stateless no any ID who help me" got Lost ID after return (Myanmar's CSC)
    got = run(real, settled(lang), read_as(words, topic, 0.9, lang))
    label = tr(lang).gettext("having no nationality, or never being registered anywhere")
    assert label in said(got)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("အဖွဲ့အစည်းက သံရုံး ဒါမှမဟုတ် ရဲကို ပြောမလား", "my"),  # will the organisation tell...
        ("will you tell police about me", "en"),
    ],
)
def test_who_sees_what_names_the_embassy_among_those_told_nothing(real, words, lang):
    # round 22A: who sees what said nothing is sent to the police, immigration or the
    # employer, and nothing of the embassy the person asked about
    got = run(real, settled(lang), read_as(words, None, 0.3, lang))
    nothing = "I send nothing about you to the police, immigration, an embassy or your employer."
    assert said(got).startswith(in_language(lang, nothing))


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        # round 23A: the arrest answer alone, whose second step is to ask for the embassy
        ("police took my son, will embassy send him to army?", "arrest_detention"),
        ("i heard embassy report everyone to junta, true? my passport expire", "embassy_contact"),
        # round 25C: the fear said of the embassy itself, beside a friend's arrest
        ("i am afraid of embassy, my friend arrested", "arrest_detention"),
        ("scared to go to the embassy, police took my husband", "arrest_detention"),
    ],
)
def test_a_fear_of_the_embassy_told_with_an_arrest_or_a_rumour_is_above_its_answer(
    real, words, topic
):
    got = run(real, settled("en"), read_as(words, topic, 0.9, "en"))
    first, second = lines("en")
    plain = run(real, settled("en"), ButtonPress(f"topic:{topic}"))
    title = said(plain).split("\n")[0]
    assert f"{first}\n\n{second}" in said(got)
    assert said(got).index(second) < said(got).index(title)  # above the answer


@pytest.mark.parametrize(
    "words",
    [
        "ကျွန်တော့်သူငယ်ချင်း ဖမ်းခံရတယ်၊ သံရုံးကို ကြောက်တယ်",  # my friend was arrested, afraid of the embassy
        "មិត្តខ្ញុំត្រូវប៉ូលិសចាប់ ខ្ញុំខ្លាចស្ថានទូត",  # my friend was arrested, I am afraid of the embassy
    ],
)
def test_a_fear_of_the_embassy_itself_is_read_beside_an_arrest(words):
    assert embassy_fears.feared(words)
    assert not embassy_fears.feared(
        "my brother was arrested, I am afraid: how to call the embassy?"
    )


def test_a_fear_of_the_embassy_told_with_danger_words_follows_the_numbers(real):
    words = "agent say pay 3000 or they sell my daughter, i dont want embassy"
    got = run(real, settled("en"), read_as(words, "job_scams_trafficking", 0.9, "en"))
    first, second = lines("en")
    texts = "\n\n".join(reply.text for reply in got.replies)
    assert "1300" in said(got)  # the numbers first
    assert f"{first}\n\n{second}" in texts  # then the fear, above the answer


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("boss beat me and take my phone, i afraid embassy send me back", "en"),
        ("help they lock us in room, i dont want embassy", "en"),
    ],
)
def test_a_fear_of_the_embassy_under_the_numbers_with_no_problem_read_is_kept(real, words, lang):
    """Round 23A (T07): danger words with no problem read gave the numbers and the Embassy
    button, and the fear of the embassy was dropped: the lines went on an answer's first
    line, and there was none. They now come after the numbers."""
    got = run(real, settled(lang), read_as(words, "emergency_help", 0.9, lang))
    first, second = lines(lang)
    text = said(got)
    assert text.startswith("🆘")
    assert f"{first}\n\n{second}" in text
    assert text.index("1300") < text.index(first)  # after the numbers
    plain = run(real, settled(lang), read_as("help they lock us in room", "emergency_help", 0.9))
    assert first not in said(plain)  # no fear, no lines
