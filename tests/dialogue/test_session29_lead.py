"""The lead's reading of session 29: the development set's mistakes and the merges."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, read_as, read_by_rule, said, settled

from bot.dialogue import engine, harm_said
from bot.dialogue.events import Text
from bot.dialogue.tally import Asked
from bot.values import NluResult, UserState


@pytest.mark.parametrize(
    ("words", "read", "kind", "reply"),
    [
        ("gud mrng", None, "greet", "Hello! How can I help you?"),
        ("nice to meet you", "goodbye", "greet", "Hello! How can I help you?"),
        ("cheers", "greet", "thanks", "You are welcome."),
        ("wah clear now tq", None, "thanks", "You are welcome."),
        ("ttyl", "thanks", "goodbye", "Goodbye. Stay safe."),
        ("cu tmrw", None, "goodbye", "Goodbye. Stay safe."),
        ("gn admin", None, "goodbye", "Goodbye. Stay safe."),
    ],
)
def test_chat_shorthand_alone_is_answered_as_its_kind(ctx, words, read, kind, reply):
    """The development set (session 29): "gud mrng", "gn", "cu tmrw" got "Sorry, I did not
    understand", "nice to meet you" a goodbye, "cheers" a hello, "ttyl" a thanks."""
    out = engine.handle(read_as(words, read, 0.8), settled("en", "TH"), ctx)
    assert reply in said(out)
    assert out.tally is not None and out.tally.asked == Asked.CONVERSATION
    assert out.tally.topic == kind


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("tq, where is the embassy", "embassy_contact"),
        ("morning shift boss no pay", "unpaid_wages"),
        ("see you at the police station, they said", "arrest_detention"),
    ],
)
def test_shorthand_inside_a_question_leaves_the_question_read(ctx, words, topic):
    out = engine.handle(read_as(words, topic, 0.9), settled("en", "TH"), ctx)
    assert out.shown is not None and topic in out.shown


def _sister(ranking: tuple[tuple[str, float], ...]) -> Text:
    words = "my sister in malaysia, agent take her passport and she sick, no money for doctor"
    return read_by_rule(words, "en", (), *ranking)


def test_a_relative_s_problem_under_the_line_is_offered_first(real):
    """Session 29: "my sister in malaysia, agent take her passport and she sick, no money for
    doctor" (the NLU: an injury at 0.57, under its line) got the embassy and the arrest answer,
    nothing on her illness. The guess comes first, for Malaysia, with her embassy."""
    out = engine.handle(
        _sister((("injury_health", 0.57), ("documents_needed", 0.1))), settled(), real
    )
    assert "Are you asking for someone else" in said(out)
    assert "What you wrote about and their embassy are below." in said(out)
    data = all_button_data(out)
    assert data[:2] == ["at:injury_health@:MY:", "at:embassy_contact@:MY:"]
    assert not any("arrest_detention" in d for d in data)


def test_no_guess_worth_offering_keeps_the_embassy_and_the_arrest(real):
    out = engine.handle(
        _sister((("injury_health", 0.3), ("documents_needed", 0.2))), settled(), real
    )
    assert "Their embassy and what to do after an arrest are below." in said(out)
    assert all_button_data(out)[:2] == ["at:embassy_contact@:MY:", "at:arrest_detention@:MY:"]


def test_someone_missing_gets_no_guess(real):
    """A daughter who stopped answering: her reply stays as it was, whatever the NLU guessed."""
    words = "my daughter in malaysia stopped answering her phone"
    event = read_by_rule(words, "en", (), ("job_scams_trafficking", 0.5))
    data = all_button_data(engine.handle(event, settled(), real))
    assert not any("job_scams" in d for d in data)


@pytest.mark.parametrize(
    "words",
    [
        "ကျွန်မ ဗိုက်ကြီးနေတယ် အလုပ်ရှင်က အလုပ်ထုတ်မယ်တဲ့",
        "ကၽြန္မ ဗိုက္ႀကီးေနတယ္ အလုပ္ရွင္က အလုပ္ထုတ္မယ္တဲ့",
        "kyama baik kyee nay tal, boss ka alote htote mal tae",
    ],
)
def test_pregnant_as_burmese_says_it_is_no_emergency_step(ctx, words):
    """Session 29: "ဗိုက်ကြီးနေတယ်" (big-bellied: pregnant) with a dismissal, read by the NLU as
    an emergency (0.93), got "call for help now"; now the pregnancy line, Emergency a tap away."""
    out = engine.handle(read_as(words, "emergency_help", 0.93, "my"), settled("my", "TH"), ctx)
    assert out.tally is not None and out.tally.topic == "pregnant"


def test_a_stomach_ache_is_not_a_pregnancy(ctx):
    out = engine.handle(
        read_as("ဗိုက်နာတယ် ဆေးခန်း ဘယ်မှာလဲ", "injury_health", 0.9, "my"), settled("my"), ctx
    )
    assert out.shown is not None and "injury_health" in out.shown


@pytest.mark.parametrize(
    ("words", "read"),
    [
        ("hot weather my friend faint", None),
        ("too hot season, my friend cannot breathe", None),
        ("rainy season, my friend fainted at the farm", "out_of_scope"),
    ],
)
def test_harm_in_the_weather_is_an_injury_not_an_everyday_question(ctx, words, read):
    """Round 47C's everyday questions took "hot weather my friend faint" (the NLU: out of
    scope) from work_conditions.py's injury rule to "I cannot help with that"; "cannot
    breathe" was no harm to that rule."""
    event = read_as(words, None, 0.9)
    if read == "out_of_scope":
        event = Text(words, "en", None, NluResult(None, 0.95, (), (), out_of_scope=True))
    out = engine.handle(event, settled(), ctx)
    assert "I cannot help with that" not in said(out)
    assert out.shown is not None and "injury_health" in out.shown


def test_going_to_a_country_read_weakly_as_fake_jobs_gets_going_abroad_legally(real):
    """Session 29: "khnhom chong tov thai tver kar, trov kar ey klah" (I want to go to work in
    Thailand, what is needed), Fake jobs at 0.31, got the trafficking answer first."""
    words = "khnhom chong tov thai tver kar, trov kar ey klah"
    event = read_by_rule(
        words,
        "km",
        ("job_scams_trafficking", "legal_channels", "documents_needed"),
        ("job_scams_trafficking", 0.31),
        ("legal_channels", 0.2),
        ("documents_needed", 0.18),
    )
    state = UserState(language="km", origin="KH", country="KH", profile_asked=True)
    out = engine.handle(event, state, real)
    assert out.shown == "topic:legal_channels"
    assert "topic:job_scams_trafficking" in all_button_data(out)


def test_a_sure_fake_jobs_reading_stays(real):
    words = "agent say go thailand work, no passport needed, pay 500 dollar first"
    out = engine.handle(read_as(words, "job_scams_trafficking", 0.8), settled(), real)
    assert out.shown is not None and "job_scams_trafficking" in out.shown


def test_a_daughter_who_has_not_phoned_home_is_someone_missing(real):
    """Session 29: "kon srey khnhom tov malaysia 2 khae hoeuy ot tel mok" (my daughter went to
    Malaysia two months ago and has not phoned) got Fake jobs (0.56) from a mother at home."""
    words = "kon srey khnhom tov malaysia 2 khae hoeuy ot tel mok"
    state = UserState(language="km", origin="KH", country="KH", profile_asked=True)
    out = engine.handle(read_as(words, "job_scams_trafficking", 0.56, "km"), state, real)
    assert out.tally is not None and out.tally.topic == "someone_else"


def test_who_can_i_call_is_counted_as_the_answer_it_gets(real):
    """Round 48A answers "who can I call?" with Where to complain in flows._read; the
    anonymous count (tally.py) went on to the NLU's Talk to a person."""
    out = engine.handle(read_as("who can i call?", "talk_to_person", 0.93), settled(), real)
    assert out.shown is not None and "complaint_channels" in out.shown
    assert out.tally is not None
    assert (out.tally.asked, out.tally.topic) == (Asked.ANSWERED, "complaint_channels")


@pytest.mark.parametrize(
    "words", ["pa mit kone thwar pi, bal lo lote ya ma lae", "par mit thet tan kone pi"]
)
def test_romanised_burmese_permit_is_a_paper(ctx, words):
    """Session 29: "pa mit kone thwar pi, bal lo lote ya ma lae" (my permit ran out, what do I
    do), not read by the NLU (0.29), got "did not understand"."""
    out = engine.handle(read_as(words, None, 0.29, "my"), settled("my"), ctx)
    assert out.shown is not None and "visa_work_permit" in out.shown


@pytest.mark.parametrize(
    ("words", "harm"),
    [
        ("តាមខ្ញុំគិត ថៅកែមិនល្អ", None),  # as I think, the boss is not good
        ("មកតាមខ្ញុំ", None),  # come with me
        ("មានប្រុសម្នាក់ដើរតាមខ្ញុំ", "emergency_help"),  # a man walks after me
        ("គេតាមដានខ្ញុំ", "emergency_help"),  # they track me
    ],
)
def test_khmer_follow_me_is_harm_only_as_someone_following(words, harm):
    """Round 48C read តាមខ្ញុំ alone as someone following: it is also "as I think" and "come
    with me"; with the NLU finding no topic they got the emergency answer."""
    assert harm_said.topic(words) == harm


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("ကျွန်တော် မနေ့က ထိုင်းရောက်တယ် ဘာလုပ်ရမလဲ", "my"),
        ("ကၽြန္ေတာ္ မေန႔က ထိုင္းေရာက္တယ္ ဘာလုပ္ရမလဲ", "my"),
        ("i arrive thailand yesterday, what i should do", "en"),
        ("ខ្ញុំទើបមកដល់ថៃម្សិលមិញ ត្រូវធ្វើអ្វី", "km"),
    ],
)
def test_arrived_and_asking_what_to_do_gets_the_arrival_line(ctx, words, lang):
    """Session 29: "I arrived in Thailand yesterday, what should I do?" read as out of scope
    (Burmese, 0.64) got "I cannot help with that"; in English, "did not understand"."""
    out = engine.handle(read_as(words, None, 0.6, lang), settled(lang), ctx)
    assert out.tally is not None and out.tally.topic == "arrived"
    if lang == "en":
        assert said(out).startswith("Just arrived? Our sources have no checked information")


@pytest.mark.parametrize(
    ("words", "topic"),
    [
        ("i arrived yesterday, boss take my passport, what i do", "documents_confiscated"),
        ("we arrived today, police check us what to do", "arrest_detention"),
        ("i arrived yesterday, what documents i need for work permit", "visa_work_permit"),
    ],
)
def test_arrival_beside_a_problem_read_keeps_that_answer(ctx, words, topic):
    out = engine.handle(read_as(words, topic, 0.9), settled(), ctx)
    assert out.shown is not None and topic in out.shown


def test_changing_boss_read_weakly_as_an_emergency_gets_change_employer(real):
    """Session 29: "ខ្ញុំចង់ប្តូរថៅកែ តែថៅកែមិនឲ្យ" (I want to change boss, but the boss does not
    let me), an emergency to the NLU at 0.40 with no danger word, got "call for help now"."""
    event = read_by_rule(
        "ខ្ញុំចង់ប្តូរថៅកែ តែថៅកែមិនឲ្យ",
        "km",
        ("emergency_help", "change_employer"),
        ("emergency_help", 0.40),
        ("change_employer", 0.3),
    )
    state = UserState(language="km", origin="KH", country="TH", profile_asked=True)
    out = engine.handle(event, state, real)
    assert out.shown == "topic:change_employer"
    assert "topic:emergency_help" in all_button_data(out)


@pytest.mark.parametrize(
    "words",
    [
        "i want change boss but boss not let me, he lock me in room",
        "ខ្ញុំចង់ប្តូរថៅកែ តែថៅកែវាយខ្ញុំ",  # ... but the boss beats me
    ],
)
def test_changing_boss_with_danger_keeps_the_emergency_first(real, words):
    out = engine.handle(read_as(words, "emergency_help", 0.4), settled(), real)
    assert said(out).startswith("🆘") or "emergency_help" in (out.shown or "")


@pytest.mark.parametrize(
    "words",
    [
        "the agent told me to send 1500 dollars to Phnom Penh before Korea",
        "ភ្នាក់ងារប្រាប់ឲ្យផ្ញើលុយ ១៥០០ ដុល្លារ ទៅភ្នំពេញ មុនទៅកូរ៉េ",
    ],
)
def test_an_agent_asking_to_send_money_keeps_the_agency_answer(ctx, words):
    """Round 51A found it: an agent asking for money sent home was read by money_home's older
    rule (an agency problem, not surely) as sending money home: "I cannot help with that"."""
    out = engine.handle(read_as(words, "agency_complaint", 0.6), settled(), ctx)
    assert out.shown is not None and "agency_complaint" in out.shown


@pytest.mark.parametrize(
    "words",
    ["I sent money by agent 2 weeks ago, family not received yet", "ផ្ញើលុយតាមភ្នាក់ងារ គ្រួសារមិនទាន់ទទួល"],
)
def test_money_sent_through_an_agent_is_still_a_transfer(ctx, words):
    """Money that did not arrive through a transfer agent keeps round 20's money_taken line
    (read before money_home), not the agency answer."""
    out = engine.handle(read_as(words, "agency_complaint", 0.6), settled(), ctx)
    assert out.tally is not None and out.tally.topic == "money_taken"


@pytest.mark.parametrize(
    "words",
    [
        "boss took my passport, he is a thief",
        "ថៅកែជាចោរ យកលិខិតឆ្លងដែនខ្ញុំ",  # the boss is a thief, took my passport
        "agent robbed us, keep all our passports",
    ],
)
def test_an_employer_called_a_thief_still_keeps_the_passport(ctx, words):
    """Round 50C's robbed passport (Lost documents) took "boss took my passport, he is a
    thief" from Passport taken: what a person calls the boss who keeps it."""
    out = engine.handle(read_as(words, "documents_confiscated", 0.99), settled(), ctx)
    assert out.shown is not None and "documents_confiscated" in out.shown
