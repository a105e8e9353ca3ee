"""Threats and cheating by phone or online (exploratory round 30A).

"loan app call all my contacts, say i am thief" got the debt line (land and house papers),
"my facebook hacked, someone ask my friends for money" and "boyfriend i meet on facebook now
ask money, he has my private photos" "I cannot help with that", "man on video call say he is
police, i must pay 20000 baht" and a mother told by phone that her son was arrested the
arrest answer as if the arrest were real, the Khmer loan app Agency problems, the Burmese one
Fake jobs. Our sources hold nothing on any of it: the reply says so, what is safe (send no
more money, photos or documents; keep the messages), a person, Emergency help."""

from __future__ import annotations

from dataclasses import replace

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled

from bot.dialogue import follow_up, online_threats
from bot.language import to_zawgyi
from bot.values import Asked

LOAN = (
    "A loan app or a lender calls your contacts or sends your photo? Tell your family and "
    "friends yourself what is happening, so that they do not believe it or pay."
)
PHOTOS = "Someone threatens to share your photos or a video unless you pay? It is not your fault."
HACKED = (
    "Your account was hacked? Tell your friends and family, by phone or from another account, "
    "that messages asking for money are not from you. If you can still open the account, "
    "change the password."
)
IDENTITY = (
    "A photo of your passport or card used by someone else, or a SIM card in your name? Write "
    "down when and to whom you sent it."
)
WATCHED = (
    "Anyone who holds your phone can read this chat. /clear deletes our messages from the "
    "last 48 hours."
)
CALL = (
    "Someone on the phone says they are the police, or that one of your family was arrested, "
    "and asks money now? We cannot tell you whether the call is real. Before you pay, call "
    "your family member yourself on the number you know."
)
REST = "Our sources have no checked information on threats or cheating by phone or online"
PAY = (
    "Our sources do not say whether paying makes them stop. Do not pay or send anything more "
    "before you talk to a person from a partner organisation: tap “{person}”."
)


@pytest.mark.parametrize(
    ("words", "lang", "country", "topic", "first"),
    [
        ("loan app call all my contacts, say i am thief, send my photo to everyone", "en", "TH",
         "agency_problems", LOAN),
        ("i borrow 3000 baht from app, now they call my boss and my family every day, they say "
         "they will post my face on facebook", "en", "TH", "job_scams_trafficking", LOAN),
        ("the loan app add 5000 baht interest in one week and send message to my boss", "en",
         "TH", "agency_fees_debt", LOAN),
        ("ချေးငွေ app က ကျွန်တော့ ဖုန်းထဲက လူတွေကို ဖုန်းဆက်ပြီး သူခိုးလို့ ပြောနေတယ်", "my", "TH",
         "job_scams_trafficking", LOAN),
        ("កម្មវិធីខ្ចីលុយ ទូរស័ព្ទទៅគ្រួសារខ្ញុំ ហើយថាខ្ញុំជាចោរ", "km", "TH", "agency_problems", LOAN),
        ("loan app ka nga ko thoukhoe lo pyaw pee, photo twe share nay tal", "my", "TH", None,
         LOAN),
        ("boyfriend i meet on facebook now ask money, he has my private photos", "en", "TH",
         None, PHOTOS),
        ("i already pay 2 times but they still ask more money for the video", "en", "MY",
         "unpaid_wages", PHOTOS),
        ("my facebook hacked, someone ask my friends for money", "en", "TH", None, HACKED),
        ("my telegram account hacked, they send message to my friends ask borrow money", "en",
         "KR", "agency_fees_debt", HACKED),
        ("ကျွန်တော့် facebook အကောင့် hack ခံရတယ်။ သူငယ်ချင်းတွေဆီ ပိုက်ဆံချေးခိုင်းနေတယ်", "my",
         "MY", None, HACKED),
        ("facebook ខ្ញុំត្រូវគេ hack ហើយគេសុំលុយពីមិត្តភក្តិខ្ញុំ", "km", "MY",
         "job_scams_trafficking", HACKED),
        ("ke hack facebook khnhom, ke sum luy pi mit khnhom", "km", "TH", None, HACKED),
        ("i sent photo of my passport and pink card to agent on facebook, now someone use my "
         "name", "en", "TH", "documents_confiscated", IDENTITY),
        ("someone register sim card in my name, police call me", "en", "MY", None, IDENTITY),
        ("someone use my residence card photo to open bank account", "en", "JP", None,
         IDENTITY),
        ("my employer put app on my phone, she track where i go", "en", "SG", None, WATCHED),
        ("my agent check my location on phone all the time, he call me when i go out", "en",
         "TH", None, WATCHED),
        ("man on video call say he is police, i must pay 20000 baht or they arrest me", "en",
         "TH", "arrest_detention", CALL),
        ("someone call my mother say my son is arrested in thailand, need money now", "en",
         "MM", "arrest_detention", CALL),
        ("មាននរណាម្នាក់ទូរស័ព្ទមកម្ដាយខ្ញុំ ថាកូនប្រុសគាត់ត្រូវប៉ូលិសចាប់នៅថៃ ត្រូវការលុយឥឡូវ", "km",
         "KH", "arrest_detention", CALL),
    ],
)  # fmt: skip
def test_the_reply_says_what_to_do_first_and_what_is_not_known(
    real, words, lang, country, topic, first
):
    got = run(real, settled(lang, country), read_as(words, topic, 0.6, lang))
    text = said(got)
    assert text.startswith(in_language(lang, first))
    data = all_button_data(got)
    assert data[:2] == ["person", "topic:emergency_help"]
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, online_threats.NAME)


def test_the_rest_says_send_nothing_more_and_keep_the_messages(real):
    got = run(real, settled(), read_as("my facebook hacked, someone ask my friends", None, 0.3))
    assert REST in said(got)
    assert "do not send more money, photos or documents" in said(got)
    assert "Keep the messages" in said(got)


def test_a_police_call_in_zawgyi_is_read_and_the_arrest_answer_is_a_tap_away(real):
    words = to_zawgyi("ရဲလို့ပြောပြီး video call နဲ့ ပိုက်ဆံတောင်းတယ်။ မပေးရင် ဖမ်းမယ်တဲ့")
    got = run(real, settled("my", "TH"), read_as(words, "arrest_detention", 0.8, "my"))
    assert online_threats.kind(words) == online_threats.CALL
    assert "topic:arrest_detention" in all_button_data(got)
    assert "132 Sathorn" not in said(got)  # not the arrest answer as if it were real


def test_an_emergency_read_keeps_its_numbers_first_and_the_line_after(real):
    words = "they have my nude photo, what i do, i am so scared"
    got = run(real, settled(), read_as(words, "emergency_help", 0.5))
    text = said(got)
    assert "1300" in text
    assert PHOTOS in text
    assert text.index("1300") < text.index(PHOTOS)


def test_danger_words_keep_the_numbers_and_the_line_comes_after_them(real):
    words = "a man threaten to post my naked video on facebook if i not pay 500 ringgit"
    got = run(real, settled("en", "MY"), read_as(words, "emergency_help", 0.9))
    text = said(got)
    assert "999" in text and PHOTOS in text
    assert text.index("999") < text.index(PHOTOS)


def test_should_i_pay_right_after_the_line_gets_a_person_not_agency_fees(real):
    told = run(real, settled(), read_as("loan app call all my contacts, say i am thief", None, 0.3))
    assert told.shown == online_threats.NAME
    after = replace(real, last_answer=told.shown)
    got = run(after, told.state, read_as("should i pay them?", "agency_fees_debt", 0.7))
    assert said(got) == PAY.replace("{person}", "Talk to a person")
    assert all_button_data(got)[0] == "person"
    assert got.tally is not None and got.tally.topic == online_threats.NAME


def test_should_i_pay_with_no_line_above_is_read_as_before(real):
    got = run(real, settled(), read_as("should i pay them?", "agency_fees_debt", 0.7))
    assert said(got) != PAY.replace("{person}", "Talk to a person")


def test_follow_up_knows_the_name():
    assert follow_up.ONLINE_THREATS == online_threats.NAME


def test_a_phone_taken_keeps_its_own_line(real):
    got = run(real, settled(), read_as("boss take my phone and read all my messages", None, 0.3))
    assert said(got).startswith("Someone took or keeps your phone?")


@pytest.mark.parametrize(
    "words",
    [
        "how to send money home by phone app",
        "can i take loan from bank to pay agent",
        "i post photo on facebook of my payslip, boss angry",
        "my phone broken, how can i contact my family",
        "how to share my location with you",
        "can i register sim card in my name",
        "i want send photo of my passport to embassy",
        "can i open bank account with my passport",
        "my lender call my mother every day",
        "video call with my family every night",
        "my son call me, he say police arrest him, need money",
        "man on telegram say he is from FED, ask 2000 baht and photo of my passport",
        "I paid money for the photo studio",
        "how much money for the photo for visa",
    ],
)
def test_near_misses_are_not_read_as_a_threat_online(words):
    assert not online_threats.says(words)


FOUND = (
    "Someone found where you live, or says they will come to you? If you are in danger now, "
    "tap “Emergency help”."
)


def test_a_stranger_who_found_the_address_gets_its_own_line_after_the_numbers(real):
    """The first pass gave "anyone who holds your phone can read this chat" here."""
    words = "a stranger find my address, he send message he will come to my room"
    got = run(real, settled("en", "TH"), read_as(words, "emergency_help", 0.9))
    text = said(got)
    assert FOUND in text
    assert text.index("1300") < text.index(FOUND)
    assert WATCHED not in text


def test_the_address_alone_gets_the_line_and_emergency_help_once(real):
    got = run(real, settled(), read_as("my ex boyfriend know my address now", None, 0.3))
    text = said(got)
    assert text.startswith(FOUND)
    assert text.count("Emergency help") == 1
    assert all_button_data(got)[:2] == ["person", "topic:emergency_help"]


def test_romanised_khmer_blackmail_gets_the_numbers_then_the_line_in_khmer(real):
    """ "ke kom ream bong hos rub khnhom" (they threaten to post my photo): kom ream is a danger
    word, so the numbers first; the photos line after them."""
    words = "ke kom ream bong hos rub khnhom, ke sum luy"
    got = run(real, settled("km", "TH"), read_as(words, None, 0.3, "km"))
    text = said(got)
    line = in_language("km", PHOTOS)
    assert "1300" in text and line in text
    assert text.index("1300") < text.index(line)


@pytest.mark.parametrize(
    "words",
    [
        "i cannot find my room, the dorm is big",  # the lead's read: nobody found the person
        "i got my room from the agent, is it ok",
        "how i know my address in thai language",
    ],
)
def test_finding_ones_own_room_is_no_threat(words):
    assert online_threats.kind(words) is None


@pytest.mark.parametrize(
    "words",
    ["a stranger find my address", "my ex boyfriend know my address now", "boss found our house"],
)
def test_someone_else_finding_the_address_still_is(words):
    assert online_threats.kind(words) == online_threats.FOUND


@pytest.mark.parametrize(
    "words",
    [
        "သံရုံး email လိပ်စာ သိချင်တယ်",  # I want to know the embassy's email address
        "ខ្ញុំចង់ដឹងអាសយដ្ឋានស្ថានទូត",  # I want to know the embassy's address
    ],
)
def test_asking_for_an_address_is_no_one_finding_the_persons(words):
    assert online_threats.kind(words) is None


@pytest.mark.parametrize(
    "words",
    ["သူ ငါ့လိပ်စာ သိသွားပြီ", "គាត់ដឹងអាសយដ្ឋានខ្ញុំហើយ"],  # he found out my address
)
def test_someone_who_found_out_the_address_in_burmese_and_khmer_still_is(words):
    assert online_threats.kind(words) == online_threats.FOUND
