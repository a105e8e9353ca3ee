"""A regular scheme's own rules, which our sources do not hold (exploratory round 19C).

"i am ginou jisshu, kanri dantai not answer my phone", "i ran from the farm, now what" and
"army will take me for military service, can i stay in japan?" were not understood; "sleep
in container house" got the visa answer; "E9 contract end, how get severance pay and
departure insurance" with no place got Cambodia's Work contract, and "can i come back korea
again? re-entry" Going home, both silent on what was asked. The reference has nothing on
re-entry, severance or departure insurance, the employer's release, supervising
organisations, recalibration, workers' housing, staying for fear of going home, or leaving
a workplace without papers: the reply says so and offers a person, before an answer the NLU
read surely, or alone with the nearest answers."""

from __future__ import annotations

import pytest
from dialogue_helpers import all_button_data, in_language, read_as, run, said, settled, tr

from bot.dialogue import scheme_rules
from bot.values import Asked

LINE = (
    "Our sources have no checked information on {items}. The rules differ by country and "
    "change often. Ask a person before you sign, leave or pay anyone: tap “{person}”."
)


def _line(lang: str, *labels: str) -> str:
    t = tr(lang)
    items = ", ".join(t.gettext(label) for label in labels)
    return (
        in_language(lang, LINE)
        .replace("{items}", items)
        .replace("{person}", t.gettext("Talk to a person"))
    )


@pytest.mark.parametrize(
    ("words", "lang", "country", "label", "first"),
    [
        ("i am ginou jisshu, kanri dantai not answer my phone, what to do", "en", "JP",
         "supervising organisations in Japan", "topic:change_employer"),
        ("i ran from the farm, now what", "en", "KR",
         "what happens after you leave a workplace without papers", "topic:visa_work_permit"),
        ("i work farm in korea E9, sleep in container house, very cold, is it allowed?", "en",
         "KR", "workers' housing, such as a container or a greenhouse",
         "topic:complaint_channels"),
        ("ကြီးကြပ်ရေးအဖွဲ့က ဖုန်းမကိုင်ဘူး", "my", "JP", "supervising organisations in Japan",
         "topic:change_employer"),
        ("ႀကီးၾကပ္ေရးအဖြဲ႕က ဖုန္းမကိုင္ဘူး", "my", "JP", "supervising organisations in Japan",
         "topic:change_employer"),  # the same in Zawgyi
        ("ខ្ញុំរស់នៅក្នុងផ្ទះកញ្ចក់", "km", "KR",
         "workers' housing, such as a container or a greenhouse", "topic:complaint_channels"),
    ],
)  # fmt: skip
def test_said_alone_the_reply_says_what_is_not_known(real, words, lang, country, label, first):
    got = run(real, settled(lang, country), read_as(words, None, 0.5, lang))
    assert said(got).startswith(_line(lang, label))
    data = all_button_data(got)
    assert data[0] == "person" and data[1] == first and data[-1] == "menu"
    assert got.tally is not None
    assert (got.tally.asked, got.tally.topic) == (Asked.CONVERSATION, scheme_rules.NAME)


@pytest.mark.parametrize(
    ("words", "topic", "country", "label", "kept"),
    [
        ("my contract finish next month, can i come back korea again? re-entry", "return_home",
         "KR", "coming back to work again (re-entry, rehiring)", "1577-0071"),
        ("E9 contract end, how get severance pay and departure insurance",
         "employment_contract", None, "severance pay or departure insurance", "1297"),
        ("what is recalibration, can i join, my permit expire", "visa_work_permit", "MY",
         "Malaysia's recalibration programme", "8000 8000"),
        ("i want change workplace but sajang not sign release paper", "change_employer", "KR",
         "the employer's release to change workplace", "1577-0071"),
    ],
)  # fmt: skip
def test_a_problem_read_keeps_its_answer_with_the_line_first(
    real, words, topic, country, label, kept
):
    state = settled("en", country)
    state = state.with_(origin="KH") if country is None else state
    got = run(real, state, read_as(words, topic, 0.9, "en"))
    text = said(got)
    line = _line("en", label)
    assert text.startswith(line)
    assert kept in text and text.index(line) < text.index(kept)


def test_the_khmer_departure_insurance_question_is_read(real):
    words = "កិច្ចសន្យាខ្ញុំចប់ហើយ តើយកប្រាក់ធានារ៉ាប់រងចាកចេញ និងប្រាក់បំណាច់យ៉ាងដូចម្តេច?"
    got = run(real, settled("km", "KR"), read_as(words, "social_security", 0.9, "km"))
    assert said(got).startswith(_line("km", "severance pay or departure insurance"))


def test_never_above_the_emergency_numbers(real):
    words = "i ran from the farm, boss beat me, help"
    got = run(real, settled("en", "KR"), read_as(words, "emergency_help", 0.95, "en"))
    assert not said(got).startswith("Our sources have no checked information on")


@pytest.mark.parametrize(
    "words",
    [
        "my boss not pay me",
        "i load container at port",  # a container, not a home
        "my son go home next month",
        "i want to go home",
        "i run to the shop",
        "please release my passport",
        "broker say need pay 20000 baht more or he not release him",  # a person (21B)
        "they wont release my son",
    ],
)
def test_no_scheme_rule_is_read_where_none_is_asked(words):
    assert not scheme_rules.says(words)
