"""The self-contained HTML report: charts as inline PNG, tables beside them, one file a
partner can open, print or attach to an email. Every count is a text of bot/reports/texts.py
(small-count suppression, bot/reports/small.py)."""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape

from bot.reports import charts, deliveries
from bot.reports.numbers import DEFAULT_TARGET, ENDINGS, FATES, TIMING, CaseNumbers
from bot.reports.questions import QuestionNumbers
from bot.reports.small import MIN_SHOWN, WITHHELD
from bot.reports.summary import summary
from bot.reports.texts import CaseTexts, TableTexts, case_texts, question_texts

ASKED_NAMES = {
    "answered": "Answered from content",
    "fallback": "Not understood",
    "out_of_scope": "Out of scope",
    "conversation": "Conversation (hello, thanks, help)",
    "unavailable": "NLU down: menus offered",
    "other_language": "A language the bot cannot read",
    "menu": "Answered through the menus",
    "referral": "Sent to an organisation",
    "emergency": "Emergency numbers shown",
    "organisation": "An organisation named: its card shown",
}
LANGUAGE_NAMES = {"my": "Burmese", "km": "Khmer", "en": "English", "(unknown)": "Not known"}
PLACE_NAMES = {"MM": "Myanmar", "KH": "Cambodia", "TH": "Thailand", "MY": "Malaysia",
               "KR": "South Korea", "JP": "Japan", "SG": "Singapore", "other": "elsewhere",
               "?": "not given"}  # fmt: skip
CONFIDENCE_NAMES = {"0-0.3": "under 30 %", "0.3-0.5": "30-50 %", "0.5-0.7": "50-70 %",
                    "0.7-0.9": "70-90 %", "0.9-1": "90 % or more"}  # fmt: skip
STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 960px;
       margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.45; }
h1 { font-size: 1.7em; margin-bottom: 0.2em; } h2 { margin-top: 2em; border-bottom: 2px solid
#0072B2; padding-bottom: 0.2em; } .meta { color: #555; }
.note { background: #f3f7fb; border-left: 4px solid #0072B2; padding: 0.6em 1em; }
.summary { font-size: 1.15em; } .summary p { margin: 0.2em 0; }
img { max-width: 100%; height: auto; display: block; margin: 1em 0; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.95em; }
th, td { border: 1px solid #ccc; padding: 0.3em 0.7em; text-align: right; }
th:first-child, td:first-child { text-align: left; } th { background: #eef2f5; }
"""


# What the texts that are no count mean: one line, at the top, for whoever reads the report.
LEGEND = (
    '<b>Reading the numbers:</b> "&lt;5" is 1 to 4; "≥N" is at least N (a hatched bar stops '
    'at N), shown where the exact number would let a reader work out a "&lt;5"; '
    '"–" is too few to show. So no one can be singled out.'
)


@dataclass(frozen=True)
class Names:
    """Readable names for ids: organisations and topics (English)."""

    orgs: Mapping[str, str]
    topics: Mapping[str, str]

    def org(self, org_id: str) -> str:
        return self.orgs.get(org_id, org_id)

    def topic(self, topic_id: str) -> str:
        if topic_id in ("(none)", ""):
            return "No topic (not understood, out of scope)"
        return self.topics.get(topic_id, topic_id)


def report_html(
    numbers: CaseNumbers,
    names: Names,
    generated: dt.datetime,
    per_org: Sequence[CaseNumbers] = (),
    questions: QuestionNumbers | None = None,
    alerts: Mapping[str, Mapping[str, int]] | None = None,
) -> str:
    scope = "the whole service" if numbers.scope == "all" else names.org(numbers.scope)
    texts = case_texts(numbers, per_org)
    weeks = len(numbers.weeks)
    last = generated.date()
    parts = [
        f"<h1>Cases and questions: {escape(scope)}</h1>",
        f'<p class="meta">The last {weeks} weeks, {_day(numbers.weeks[0])} to {_day(last)}. '
        f"Made {_day(generated.date())} {generated:%H:%M} UTC by the migrant help bot.</p>",
        f'<p class="note">{LEGEND} No median is shown for fewer than {MIN_SHOWN} cases. '
        "Nothing here holds anyone's words, name or account.</p>",
        '<div class="summary">'
        + "".join(f"<p>{escape(s)}</p>" for s in summary(numbers, texts=texts)),
        "</div>",
        *_case_sections(numbers, texts),
        *_arrival_section(numbers, texts),
    ]
    if per_org:
        parts += _org_section(per_org, names, texts)
    if questions is not None:
        parts += _question_sections(questions, names)
    if alerts is not None:
        parts += _alert_section(alerts)
    body = "\n".join(parts)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(scope)}: cases and questions</title><style>{STYLE}</style></head>"
        f"<body>\n{body}\n</body></html>\n"
    )


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def _img(png: bytes, alt: str) -> str:
    data = base64.b64encode(png).decode()
    return f'<img src="data:image/png;base64,{data}" alt="{escape(alt)}">'


def _table(head: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    header = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def _hours(value: float | None) -> str:
    return "too few" if value is None else f"{value:.1f} h"


def _case_sections(n: CaseNumbers, t: CaseTexts) -> list[str]:
    weeks = range(len(n.weeks))
    weekly = _table(
        ["Week starting", "Received", "First responses given", "Ended", "Median first response"],
        [
            [charts.week_label(n, i), t.received[i], t.accepted[i], t.ended[i],
             _hours(n.median_hours[i])]
            for i in weeks
        ],
    )  # fmt: skip
    target = n.target_hours
    target_text = f"The target is {target:g} hours." if target is not None else ""
    return [
        "<h2>Cases each week</h2>",
        _img(charts.single("activity", n, t), "Cases received, answered and ended each week"),
        weekly,
        "<h2>Time to first response</h2>",
        f"<p>Hours from the case reaching the organisation to its first Accept or Reply, "
        f"by the week the case arrived. {escape(target_text)}</p>",
        _img(charts.single("response", n, t), "Median hours to first response, and the target"),
        "<h2>How cases ended</h2>",
        _img(charts.single("endings", n, t), "How cases ended"),
        _table(
            ["Ending", "Cases"],
            [[charts.ENDING_NAMES[e], text] for e, text in zip(ENDINGS, t.endings, strict=True)],
        ),
        "<h2>Open cases by age</h2>",
        _img(charts.single("open", n, t), "Open cases by how long they have waited"),
        _table(
            ["Waiting", "Open cases"],
            [[label, text] for (label, _), text in zip(n.open_by_age, t.open_ages, strict=True)],
        ),
    ]


FATE_NAMES = {
    "answered": "Answered there",
    "passed_on": "Passed on (declined, or not answered in time)",
    "waiting": "Still waiting for an answer",
    "ended": "Withdrawn or closed before an answer",
}
TIMING_NAMES = {
    "within": "Answered within the target",
    "missed": "Missed the target (answered late, passed on, or unanswered past it)",
    "not_due": "Not due yet (its target time has not passed)",
}


def _arrival_section(n: CaseNumbers, t: CaseTexts) -> list[str]:
    who = "an organisation" if n.scope == "all" else "it"
    return [
        "<h2>What happened to the cases that reached it</h2>"
        if n.scope != "all"
        else "<h2>What happened to the cases at each organisation</h2>",
        f"<p>Every case that reached {who} in these weeks, where it is now: a case passed on "
        "counts for each organisation it reached. An organisation answers a case with its "
        "first Accept or Reply. Within the target counts the cases answered in time out of "
        "those answered, passed on, or left unanswered past the target.</p>",
        _table(
            ["What happened", "Cases"],
            [
                ["Received", t.arrivals.received],
                *([FATE_NAMES[f], text] for f, text in zip(FATES, t.arrivals.fates, strict=True)),
            ],
        ),
        _table(
            ["Against the response target", "Cases"],
            [[TIMING_NAMES[k], text] for k, text in zip(TIMING, t.arrivals.timing, strict=True)],
        ),
    ]


def _org_section(per_org: Sequence[CaseNumbers], names: Names, t: CaseTexts) -> list[str]:
    rows = [
        [names.org(n.scope), a.received, *a.fates, a.timing[0], a.timing[1],
         _hours(n.overall_median), f"{n.targets.get(n.scope, DEFAULT_TARGET):g} h"]
        for n, a in zip(per_org, t.orgs, strict=False)
    ]  # fmt: skip
    rest = t.orgs[-1]
    if rest.received != "0":  # cases that reached no organisation listed
        rows.append(["No organisation", rest.received, *rest.fates, *rest.timing[:2], "", ""])
    head = ["Organisation", "Received", "Answered", "Passed on", "Still waiting",
            "Withdrawn or closed unanswered", "Within target", "Missed target",
            "Median first response", "Target"]  # fmt: skip
    return [
        "<h2>Each organisation</h2>",
        "<p>Each case counts for every organisation it reached, so the organisations' "
        "cases add up to more than the service's. Missed target: answered late, passed on, "
        "or unanswered past the target.</p>",
        _table(head, rows),
    ]


def _question_sections(q: QuestionNumbers, names: Names) -> list[str]:
    t = question_texts(q)
    outcome_rows = [(ASKED_NAMES.get(o, o), text) for o, text in t.outcomes]
    guesses = [(names.topic(label), total) for label, _, total in t.guesses.rows[:15]]
    return [
        "<h2>What people asked, and how it ended</h2>",
        f"<p>Anonymous counts since {_day(q.since)}: each message or menu answer once, "
        "with no user id. A person who asks twice is counted twice.</p>",
        _img(charts.bar_chart("How questions ended", outcome_rows, "Questions"), "Outcomes"),
        _table(["Outcome", "Questions"], [list(row) for row in outcome_rows]),
        _outcome_table(t.by_topic, names.topic),
        _outcome_table(t.by_language, lambda code: LANGUAGE_NAMES.get(code, code)),
        _outcome_table(t.by_corridor, _corridor),
        "<h2>Questions the bot could not answer</h2>",
        "<p>The NLU's best guess for each (a topic name, never the words), and how sure it was."
        " Guesses that come up often are topics whose examples or content need work.</p>",
        *(
            [
                _img(charts.bar_chart("Best guess", guesses, "Questions"), "Best guesses"),
                _outcome_table(t.guesses, names.topic, total=True),
                _outcome_table(t.confidence, lambda b: CONFIDENCE_NAMES.get(b, b), total=True),
            ]
            if _readable(t.guesses, t.confidence)
            else [f"<p>{_unanswered_line(guesses)}</p>"]
        ),
    ]


def _readable(*tables: TableTexts) -> bool:
    """Whether any cell says something: a table of "–" (too few to break down) says no more
    than one line would."""
    return any(
        text not in (WITHHELD, "0") for table in tables for _, texts, _ in table.rows
        for text in texts
    )  # fmt: skip


def _unanswered_line(guesses: Sequence[tuple[str, str]]) -> str:
    if not guesses:
        return "None in these weeks."
    return "Too few in these weeks to show by best guess or confidence."


def _alert_section(alerts: Mapping[str, Mapping[str, int]]) -> list[str]:
    if not alerts:
        return ["<h2>Alerts sent</h2>", "<p>No alert was queued in these weeks.</p>"]
    table = _table(deliveries.HEAD, deliveries.rows(alerts))
    return ["<h2>Alerts sent</h2>", f"<p>{escape(deliveries.NOTE)}</p>", table]


def _corridor(label: str) -> str:
    """ "MM -> TH" as "Myanmar → Thailand"."""
    origin, _, country = label.partition(" -> ")
    return f"{PLACE_NAMES.get(origin, origin)} → {PLACE_NAMES.get(country, country)}"


def _outcome_table(table: TableTexts, name: Callable[[str], str], total: bool = False) -> str:
    label = table.title.split(" (")[0].replace("Questions per ", "")
    head = [label[0].upper() + label[1:]]
    head += [ASKED_NAMES[o] for o in table.outcomes] + (["Together"] if total else [])
    rows = [
        [name(label), *texts, *([together] if total else [])]
        for label, texts, together in table.rows
    ]
    return f"<h3>{escape(table.title)}</h3>" + _table(head, rows)
