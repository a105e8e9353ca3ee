"""People who ask money, or a photo of the passport, to help (exploratory round 28B): a man
on Telegram "from FED" or "from this bot", a Facebook page that says it is the embassy, a
"lawyer" who gets the passport back for 5,000 baht, a police friend, a pink card in three
days for cash. They got "did not understand", Fake jobs, the arrest answer or the form. Now:
that the bot cannot tell whether that person or page is real, that it asks no money and no
photo and writes only in its own chat, a person first, and the answers near as buttons. And
"how do i know you are real", "who are you", "do you work with police", "will you sell my
data" get what the bot is, or who sees what."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled

from bot.dialogue import fake_helper, own_data
from bot.language import normalise
from bot.values import Asked

CANNOT_TELL = "I cannot tell you whether this person or page is real."
NO_MONEY = (
    "I never ask you for money or for a photo of your documents. I write to you only in this "
    "chat. Someone who writes to you in another chat and says they are from this bot is not "
    "from me."
)
NOT_YOUR_FAULT = "It is not your fault that someone lied to you."
A_BOT = (
    "I am a bot, not a person. My answers come from checked sources, and each one says when "
    "it was checked."
)
NOTHING_TO_POLICE = (
    "I send nothing about you to the police, immigration, an embassy or your employer."
)


def typed(words: str, topic: str | None, confidence: float):  # type: ignore[no-untyped-def]
    normalised = normalise(words)
    return read_as(normalised.text, topic, confidence, normalised.language or "en")


@pytest.mark.parametrize(
    ("words", "lang", "topic", "near"),
    [
        # (words, the replies' language, the NLU's reading before, the answer offered first)
        (
            "someone message me say he is from this bot, he ask money to help my case",
            "en",
            None,
            None,
        ),
        (
            "man on telegram say he is from FED, ask me 2000 baht and photo of my passport",
            "en",
            "job_scams_trafficking",
            "documents_confiscated",
        ),
        (
            "facebook page say it is myanmar embassy, they ask 3000 baht to renew passport online",
            "en",
            "job_scams_trafficking",
            "embassy_contact",
        ),
        (
            "a lawyer say he can get my passport back from boss for 5000 baht. should i pay?",
            "en",
            "documents_confiscated",
            "documents_confiscated",
        ),
        (
            "my friend know police, he say pay 20000 baht then my brother go free",
            "en",
            "arrest_detention",
            "arrest_detention",
        ),
        (
            "man offer pink card in 3 days, 8000 baht cash, no need employer. ok?",
            "en",
            "job_scams_trafficking",
            "visa_work_permit",
        ),
        (
            "FAR staff say i must pay fee for my case, is that normal?",
            "en",
            "recruitment_fees",
            None,
        ),
        # Burmese: a lawyer says he gets the passport back, 5,000 baht to pay
        (
            "ရှေ့နေတစ်ယောက်က ပတ်စပို့ ပြန်ယူပေးမယ်တဲ့ ငါးထောင် ဘတ် ပေးရမယ်တဲ့",
            "my",
            "documents_confiscated",
            "documents_confiscated",
        ),
        # Khmer: someone says he is from CWCC and asks me for money (it opened the form)
        ("មាននាក់ម្នាក់និយាយថាគាត់មកពី CWCC សុំលុយខ្ញុំ", "km", "talk_to_person", None),
        # Khmer: someone sells a work card fast, 8,000 baht, true?
        ("មាននាក់លក់បណ្ណការងារ ឆាប់ៗ 8000 បាត ពិតទេ", "km", None, "visa_work_permit"),
    ],
)
def test_money_asked_to_help_gets_the_bots_own_rule_and_a_person(real, words, lang, topic, near):
    got = run(real, settled(lang, "TH"), typed(words, topic, 0.8))
    assert said(got).startswith(in_language(lang, CANNOT_TELL)), said(got)
    assert in_language(lang, NO_MONEY) in said(got)
    data = all_button_data(got)
    assert data[0] == "person"
    if near is not None:
        assert data[1] == f"topic:{near}"
    assert got.state.step is None  # no form opened with these words
    assert got.tally is not None and got.tally.topic == fake_helper.NAME


def test_someone_who_paid_and_is_ashamed_reads_it_is_not_their_fault(real):
    words = "i already pay 5000 to man who say he help passport, now he block me. i am so stupid"
    got = run(real, settled("en", "TH"), typed(words, "job_scams_trafficking", 0.6))
    assert said(got).startswith(NOT_YOUR_FAULT)
    assert NO_MONEY in said(got)


@pytest.mark.parametrize(
    "words",
    [
        "the embassy staff ask 250 baht for OWIC card",  # a real fee, 2022
        "my boss say he will help, but he not pay my salary 3 month",
        "i want my passport back, boss ask 5000 baht",
        "how much pink card fee",
        "my friend come from Battambang, borrow money",
        "ខ្ញុំមកពីបាត់ដំបង ខ្ញុំគ្មានលុយ",  # I come from Battambang, I have no money
    ],
)
def test_no_fake_helper_read_where_none_is_told(words):
    assert not fake_helper.says(words)


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("how do i know you are real", "en", None),
        ("who are you", "en", "bot_help"),
        ("is this bot free", "en", "bot_help"),
        ("ဒီဘော့ သုံးရင် ပိုက်ဆံ ပေးရလား", "my", None),  # must I pay to use this bot?
        ("ဒီဘော့က အစစ်လား", "my", "check_agency"),  # is this bot real?
        ("តើអ្នកជានរណា", "km", "bot_help"),  # who are you?
        ("ប្រើបូតនេះត្រូវបង់លុយទេ", "km", None),  # must I pay to use this bot?
    ],
)
def test_asking_whether_the_bot_is_real_or_free_gets_what_it_is(real, words, lang, topic):
    got = run(real, settled(lang, "TH"), typed(words, topic, 0.6))
    assert said(got).startswith(in_language(lang, A_BOT)), said(got)
    assert in_language(lang, NO_MONEY) in said(got)
    assert got.tally is not None and (got.tally.asked, got.tally.topic) == (
        Asked.CONVERSATION,
        "about_bot",
    )


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("do you work with police", "arrest_detention"),
        ("will you sell my data", None),
        ("u sell my info to boss?", "change_employer"),
    ],
)
def test_police_or_selling_data_gets_who_sees_what(real, words, topic):
    got = run(real, settled("en", "TH"), typed(words, topic, 0.6))
    assert said(got).startswith(NOTHING_TO_POLICE), said(got)
    assert "mine:privacy" in all_button_data(got)


@pytest.mark.parametrize(
    ("words", "lang", "topic"),
    [
        ("is this free", "en", "bot_help"),  # the NLU's reading, Dec 2026: the help page
        ("is it free?", "en", "bot_help"),
        ("free or not bro", "en", None),
        ("ဒီဘော့တ် အခမဲ့လား", "my", None),
        ("ឥតគិតថ្លៃទេ", "km", None),
        ("kit luy te bong", "km", None),
    ],
)
def test_is_it_free_with_no_answer_above_gets_what_the_bot_is(ctx, words, lang, topic):
    """Round 28B left it open: "is this free" as a first message got the help page, which says
    nothing of money."""
    got = run(ctx, settled(lang), typed(words, topic, 0.9))
    assert in_language(lang, NO_MONEY) in said(got)
    assert got.tally is not None and got.tally.topic == "about_bot"


def test_is_it_free_right_after_an_answer_asks_about_that_answer(ctx):
    after = replace(ctx, last_answer="topic:legal_channels")
    got = run(after, settled(), typed("is it free", "bot_help", 0.9))
    assert NO_MONEY not in said(got)


def test_every_free_word_passes_the_quick_look():
    """own_data._FREE_HINT skips the full reading for most messages: each entry must hold it."""
    missed = [entry for entry in own_data._FREE if not own_data._FREE_HINT.search(entry)]
    assert not missed


@pytest.mark.parametrize(
    "words",
    [
        "i want lawyer, boss not pay 2 month",
        "my lawyer say court case take 6 month",
        "is there free lawyer? boss cut my pay",
        "ရှေ့နေ လိုချင်တယ် ပိုက်ဆံ မပေးဘူး",  # I want a lawyer, (the boss) does not pay money
        "មេធាវី ខ្ញុំចង់បាន ថៅកែមិនឲ្យលុយ",  # a lawyer, I want one; the boss gives no money
    ],
)
def test_a_worker_who_wants_a_lawyer_is_not_told_of_fake_helpers(words):
    """The lead's last read: "lawyer" with any number or "pay" was a fake helper's claim, so
    "i want lawyer, boss not pay 2 month" got "I cannot tell you whether this person or page
    is real"."""
    assert not fake_helper.says(words)


@pytest.mark.parametrize(
    "words", ["lawyer want 5000 baht first to get my passport", "lawyer ask me 3000 baht to help"]
)
def test_a_lawyer_who_asks_money_still_is(words):
    assert fake_helper.says(words)
