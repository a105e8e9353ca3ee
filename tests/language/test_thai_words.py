"""Thai words inside a worker's Burmese, Khmer or English, and Thai in Latin letters, read as
English for the bot's readers (round 27C): "นายจ้าง not pay" was Thai, and got "I can read
Burmese, Khmer and English"; now it is English, "employer not pay"."""

from __future__ import annotations

import pytest

from bot.language import normalise, read_thai


def read(words: str):
    return read_thai(normalise(words))


@pytest.mark.parametrize(
    ("words", "language", "reads"),
    [
        ("นายจ้าง not pay", "en", "employer not pay"),
        ("ตม. come to factory", "en", "immigration police come to factory"),
        ("ပတ်စပို့ นายจ้าง ယူထား", "my", "ပတ်စပို့ employer ယူထား"),
        ("นายจ้าง មិនឲ្យលុយ ២ ខែ", "km", "employer មិនឲ្យលុយ ២ ខែ"),
        ("i am in แม่สอด, boss not pay", "en", "i am in Mae Sot , boss not pay"),
        ("bat chompoo expire", "en", "pink card expire"),
        ("Tor Mor come, we run", "en", "immigration police come, we run"),
    ],
)
def test_thai_words_are_read_in_the_writers_own_language(words, language, reads):
    read_as = read(words)
    assert read_as.language == language
    assert read_as.text == reads


def test_a_thai_address_in_an_english_story_leaves_it_english():
    read_as = read("boss not pay, call me 0891234567, I live 99/12 หมู่ 3 ต.ท่าทราย อ.เมือง")
    assert read_as.language == "en"


@pytest.mark.parametrize(
    ("words", "reads"),
    [
        ("ถูกขัง", "locked in"),
        ("ช่วยด้วย", "help me now"),
        ("ถูกทำร้าย", "hurt me"),
        ("บัตรชมพู หมดอายุ", "pink card expired"),
    ],
)
def test_a_message_all_in_thai_that_is_read_keeps_the_readers_language(words, reads):
    read_as = read(words)
    assert read_as.text == reads
    assert read_as.language is None  # the reader's language stays (flows._follow_language)


def test_thai_the_bot_cannot_read_is_still_thai():
    assert read("ผมอยากถามเรื่องวีซ่า").language == "th"


@pytest.mark.parametrize("words", ["boss not pay", "tor", "nai", "ပတ်စပို့ ယူထား", "batch tormentor"])
def test_words_without_thai_are_left_as_they_were(words):
    assert read(words) == normalise(words)
