"""Round 52B: fresh first messages in Burmese (Unicode and Zawgyi) and Khmer.

A kin word that only addresses the reader ("hello brother") is no relative; a boss who hits,
with words between, is danger; not wanting to live, as people say it, gets the line for it.
Sentences written after the fix, and near-misses that must stay as they were.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content import load_catalog
from bot.dialogue.boss_hits import boss_hits
from bot.dialogue.someone_else import names_someone
from bot.dialogue.triage import danger_in
from bot.dialogue.upset import own_life
from bot.language.zawgyi_output import unicode_to_zawgyi

ROOT = Path(__file__).resolve().parents[2]
CATALOG = load_catalog(ROOT / "content")


@pytest.mark.parametrize(
    "words",
    [
        "ဟယ်လို အစ်ကို ကျွန်တော် ကိုအောင်ပါ ကုမ္ပဏီက permit မလုပ်ပေးသေးဘူး",  # hello brother, I am ...
        "မင်္ဂလာပါ အစ်မ ဗီဇာ ဘယ်လို သက်တမ်းတိုးရမလဲ",  # hello sister, how to renew a visa
        "hi ညီမ လစာ မရဘူး",  # hi younger sister, no wages
        "အစ်ကိုရေ ပတ်စပို့ ပျောက်သွားတယ်",  # brother!, the passport is lost
    ],
)
def test_a_kin_word_that_addresses_the_reader_names_no_one(words: str) -> None:
    assert not names_someone(words)


@pytest.mark.parametrize(
    "words",
    [
        "ကျွန်တော့်အစ်ကို ရဲဖမ်းသွားတယ်",  # my brother was arrested
        "ဟလို အစ်မ ကျွန်မ ညီမ မလေးရှားမှာ ဖုန်းဆက်မရတော့ဘူး",  # hello sister, my sister ...
        "အစ်မ ထိုင်းမှာ ပျောက်နေတယ်",  # (my) sister is missing in Thailand
        "hello brother my sister is missing",
    ],
)
def test_a_relative_still_named(words: str) -> None:
    assert names_someone(words)


BOSS_HITS = [
    "ခြံပိုင်ရှင်က နေ့တိုင်း ရိုက်နေတယ်",  # the farm owner hits me every day
    "ဘော့စ်က ခေါင်းကို ရိုက်လိုက်တယ် သွေးထွက်တယ်",  # the boss hit me on the head, bleeding
    "ဆိုင်ပိုင်ရှင်က ရိုက်တယ် နာတယ်",  # the shop owner hits me, it hurts
    "មេការ តែងតែ វាយ កម្មករ",  # the foreman always hits the workers
    "ថៅកែទះមុខខ្ញុំ ខ្ញុំចង់ទៅផ្ទះ",  # the boss slapped my face, I want to go home
]


@pytest.mark.parametrize("words", BOSS_HITS)
def test_a_boss_who_hits_is_danger(words: str) -> None:
    assert boss_hits(words)
    assert danger_in(words, CATALOG)


def test_a_boss_who_hits_is_danger_in_zawgyi() -> None:
    assert danger_in(unicode_to_zawgyi("ခြံပိုင်ရှင်က နေ့တိုင်း ရိုက်နေတယ်"), CATALOG)


@pytest.mark.parametrize(
    "words",
    [
        "ပိုင်ရှင်က ဓာတ်ပုံရိုက်ခိုင်းတယ်",  # the owner asks me to take a photo
        "အလုပ်ရှင်နဲ့ တိုက်ရိုက် ပြောချင်တယ်",  # I want to talk to the employer directly
        "သူဌေးက payslip ရိုက်ထုတ်ပေးတယ်",  # the boss prints the payslip
        "ဆိုင်ပိုင်ရှင်က လစာ မပေးဘူး",  # the shop owner does not pay
        "ថៅកែវាយតម្លៃការងារខ្ញុំ",  # the boss evaluates my work
        "ថៅកែឲ្យខ្ញុំវាយលេខ",  # the boss has me type numbers
        "ថៅកែចង់ឲ្យខ្ញុំទៅផ្ទះវិញ",  # the boss wants me to go home (ទះ, slap, inside ផ្ទះ)
    ],
)
def test_near_misses_are_no_blow(words: str) -> None:
    assert not boss_hits(words)
    assert not danger_in(words, CATALOG)


@pytest.mark.parametrize(
    "words",
    [
        "မနေချင်တော့ဘူး အရာအားလုံး ပြီးဆုံးချင်ပြီ",  # don't want to live, want everything to end
        "ပင်ပန်းလွန်းလို့ သေလိုက်ချင်တယ်",  # so tired I just want to die
        "ဘဝကို အဆုံးသတ်ချင်တယ် ဘယ်သူမှ မကူညီဘူး",  # want to end my life, nobody helps
        "ဒီလောကကြီးမှာ မနေချင်တော့ဘူး",  # don't want to be in this world anymore
        "ខ្ញុំចង់បញ្ចប់ជីវិតខ្លួនឯង",  # I want to end my own life
        "អស់ចិត្តរស់ទៀតហើយ",  # no heart left to live
    ],
)
def test_not_wanting_to_live_as_people_say_it(words: str) -> None:
    assert own_life(words)
    assert danger_in(words, CATALOG)


@pytest.mark.parametrize(
    "words",
    [
        "ဒီအလုပ်မှာ မနေချင်တော့ဘူး အလုပ်ရှင်ပြောင်းချင်တယ်",  # don't want to stay at this job
        "contract အရာအားလုံး မြန်မြန် ပြီးဆုံးချင်တယ်",  # want the contract all done quickly
        "កិច្ចសន្យាបញ្ចប់ហើយ ចង់ទៅផ្ទះ",  # the contract ended, I want to go home
    ],
)
def test_near_misses_are_not_about_ones_life(words: str) -> None:
    assert not own_life(words)
    assert not danger_in(words, CATALOG)
