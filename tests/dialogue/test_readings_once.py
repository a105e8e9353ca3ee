"""A Burmese message is converted from Zawgyi once per reading while it is handled, not 27
times (bot/once.py; issue 11, CPU per message)."""

from __future__ import annotations

from dialogue_helpers import settled
from myanmar import converter

from bot.dialogue import engine
from bot.dialogue.events import Text
from bot.values import NluResult


def test_a_burmese_message_is_converted_from_zawgyi_a_few_times_not_dozens(real, monkeypatch):
    words = "ကျွန်တော့် အလုပ်ရှင်က လစာ နှစ်လ မပေးဘူး ပတ်စပို့လည်း သိမ်းထားတယ် ဘာလုပ်ရမလဲ"
    nlu = NluResult(
        topic="unpaid_wages",
        confidence=0.9,
        ranking=(("unpaid_wages", 0.9),),
        topics=("unpaid_wages", "documents_confiscated"),
    )
    converted: list[str] = []
    convert = converter.convert

    def counted(text: str, *args: str) -> str:
        converted.append(text)
        return convert(text, *args)

    monkeypatch.setattr(converter, "convert", counted)
    outcome = engine.handle(Text(words, "my", None, nlu), settled("my"), real)
    assert outcome.replies
    assert len(converted) == len(set(converted)), "each reading once"
    assert len(converted) <= 10, converted
