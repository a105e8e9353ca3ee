"""Round 49B: a long first message that begins with an introduction is read after it.

"sousdey bong, khnhom chmous ... tver kar ... nov Bangkok. <problem>": the introduction diluted
the whole reading towards another topic. The bot reads what follows it, and parses the whole
message as well only when that rest is small talk or an emergency (bot/reading.py)."""

from __future__ import annotations

import asyncio

import pytest

from bot.nlu import introduction
from bot.reading import read_text
from bot.values import NluResult

INTRODUCED = [
    "hello sir, my name is Thura, 31 years old, phone 0891112222. my boss keeps my passport "
    "since two months, what can i do",
    "sousdey bong, khnhom chmous Dara mok pi Kandal tver kar rongchakr nov Rayong. thaokae "
    "ot bae prak khnhom pi khae hoeuy",
    "mingalarpar, kyanaw Zaw Win par, Hpa-an ka, phone 0923334444. boss ka passport ko "
    "thein htar tal, bal lo lote ya ma lae",
    "မင်္ဂလာပါ ကျွန်မ နာမည် မြင့်မြင့် ပါ ဖုန်း 0945556666။ သူဌေးက လစာ သုံးလ မပေးသေးဘူး ဘာလုပ်ရမလဲ",
    "ជម្រាបសួរ ខ្ញុំឈ្មោះ សុភី មកពីតាកែវ ទូរស័ព្ទ 0817778888។ ថៅកែមិនទាន់បើកប្រាក់ខែខ្ញុំ ពីរខែហើយ",
]
NOT_INTRODUCED = [
    "my boss keeps my passport since two months and does not pay my salary. what can i do",
    "hello. my boss keeps my passport since two months and does not pay, what can i do now",
    "hello sir, i work in a factory in Rayong and the boss keeps my passport and does not pay",
    "hello, my name is Thura. help",  # too short to read apart
    "thaokae ot bae prak khnhom pi khae hoeuy, khnhom chmous Dara. tver avey ban? chuoy phong",
]


@pytest.mark.parametrize("text", INTRODUCED)
def test_rest_after_an_introduction(text: str) -> None:
    rest = introduction.remainder(text)
    assert rest is not None
    assert rest and rest in text and not text.startswith(rest)
    assert len(rest) < len(text) * 0.8


@pytest.mark.parametrize("text", NOT_INTRODUCED)
def test_no_introduction_read_whole(text: str) -> None:
    assert introduction.remainder(text) is None


def _result(topic: str | None, *, also: tuple[str, ...] = (), oos: bool = False) -> NluResult:
    topics = (topic, *also) if topic else ()
    return NluResult(topic, 0.9 if topic else 0.3, (), topics, (), oos)


class FakeNlu:
    """Answers by which text it is asked: the whole message or its rest."""

    def __init__(self, whole: NluResult, rest: NluResult) -> None:
        self.whole, self.rest, self.asked = whole, rest, 0

    async def parse(self, text: str) -> NluResult:
        self.asked += 1
        return self.whole if text.startswith("hello sir") else self.rest

    async def health(self) -> bool:
        return True

    async def aclose(self) -> None:
        return None


def _read(nlu: FakeNlu) -> NluResult | None:
    return asyncio.run(read_text(nlu, INTRODUCED[0])).nlu


def test_rest_answers_and_the_whole_problem_is_offered() -> None:
    """The lead (session 29): the opening sentence may hold a problem itself ("Hello, I am
    Min, my passport was taken by the agent. I also have no money for food."): the rest
    answers, the whole message's problem is offered beside it, never lost."""
    nlu = FakeNlu(_result("job_scams_trafficking"), _result("documents_confiscated"))
    read = _read(nlu)
    assert read is not None and read.topic == "documents_confiscated"
    assert read.topics == ("documents_confiscated", "job_scams_trafficking")
    assert nlu.asked == 2


def test_rest_and_whole_agreeing_read_as_the_rest() -> None:
    rest = _result("documents_confiscated", also=("unpaid_wages",))
    nlu = FakeNlu(_result("unpaid_wages"), rest)
    assert _read(nlu) == rest


def test_small_talk_rest_keeps_the_whole_problem() -> None:
    nlu = FakeNlu(_result("documents_confiscated"), _result(None, oos=True))
    assert _read(nlu) == nlu.whole


def test_small_talk_rest_reads_the_whole() -> None:
    nlu = FakeNlu(_result(None, oos=True), _result("thanks"))
    assert _read(nlu) == nlu.whole
    assert nlu.asked == 2


def test_plea_emergency_yields_to_the_whole_problem() -> None:
    rest = _result("emergency_help", also=("documents_confiscated",))
    nlu = FakeNlu(_result("documents_confiscated"), rest)
    assert _read(nlu) == nlu.whole


def test_emergency_kept_when_the_whole_says_otherwise_alone() -> None:
    rest = _result("emergency_help", also=("arrest_detention",))
    nlu = FakeNlu(_result("reintegration_jobs"), rest)
    assert _read(nlu) == rest
    nlu = FakeNlu(_result("emergency_help"), rest)
    assert _read(nlu) == rest
