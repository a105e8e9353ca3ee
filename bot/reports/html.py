"""The self-contained HTML report: charts as inline PNG, tables beside them, one file a
partner can open, print or attach to an email. Every count goes through `shown`."""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape

from bot.reports import charts, deliveries
from bot.reports.numbers import ENDINGS, CaseNumbers
from bot.reports.questions import OUTCOMES, QuestionNumbers, Table
from bot.reports.small import MIN_SHOWN, shown, total
from bot.reports.summary import summary

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
    weeks = len(numbers.weeks)
    last = generated.date()
    parts = [
        f"<h1>Cases and questions: {escape(scope)}</h1>",
        f'<p class="meta">The last {weeks} weeks, {_day(numbers.weeks[0])} to {_day(last)}. '
        f"Made {_day(generated.date())} {generated:%H:%M} UTC by the migrant help bot.</p>",
        '<p class="note">Counts from 1 to 4 are shown as "&lt;5", and no median is shown for '
        f"fewer than {MIN_SHOWN} cases, so that no person can be singled out. A total beside "
        'such a count is shown as "≥N" (at least N), as its exact value would give the '
        "count back. Nothing here "
        "holds anyone's words, name or account.</p>",
        '<div class="summary">'
        + "".join(f"<p>{escape(s)}</p>" for s in summary(numbers, per_org=per_org)),
        "</div>",
        *_case_sections(numbers),
    ]
    if per_org:
        parts += _org_section(per_org, names)
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


def _case_sections(n: CaseNumbers) -> list[str]:
    weeks = range(len(n.weeks))
    ended = [sum(n.ended[e][i] for e in ENDINGS) for i in weeks]
    weekly = _table(
        ["Week starting", "Received", "First responses given", "Ended", "Median first response"],
        [
            [charts.week_label(n, i), shown(n.received[i]), shown(n.accepted[i]),
             shown(ended[i]), _hours(n.median_hours[i])]
            for i in weeks
        ],
    )  # fmt: skip
    target = n.target_hours
    target_text = f"The target is {target:g} hours." if target is not None else ""
    return [
        "<h2>Cases each week</h2>",
        _img(charts.single("activity", n), "Cases received, answered and ended each week"),
        weekly,
        "<h2>Time to first response</h2>",
        f"<p>Hours from the case reaching the organisation to its first Accept or Reply, "
        f"by the week the case arrived. {escape(target_text)}</p>",
        _img(charts.single("response", n), "Median hours to first response, and the target"),
        "<h2>How cases ended</h2>",
        _img(charts.single("endings", n), "How cases ended"),
        _table(
            ["Ending", "Cases"],
            [[charts.ENDING_NAMES[e], shown(sum(n.ended[e]))] for e in ENDINGS],
        ),
        "<h2>Open cases by age</h2>",
        _img(charts.single("open", n), "Open cases by how long they have waited"),
        _table(["Waiting", "Open cases"], [[label, shown(c)] for label, c in n.open_by_age]),
    ]


def _org_section(per_org: Sequence[CaseNumbers], names: Names) -> list[str]:
    rows = []
    for n in per_org:
        within, total = n.within_target
        rows.append(
            [
                names.org(n.scope),
                shown(sum(n.received)),
                shown(total),
                _hours(n.overall_median),
                f"{n.targets.get(n.scope, 24.0):g} h",
                shown(within),
            ]
        )
    head = ["Organisation", "Received", "First responses", "Median", "Target", "Within target"]
    return ["<h2>Each organisation</h2>", _table(head, rows)]


def _question_sections(q: QuestionNumbers, names: Names) -> list[str]:
    # Each outcome's count is the total of its column in the three tables below.
    tables = (q.by_topic, q.by_language, q.by_corridor)
    totals = {
        o: total(c, [[row[OUTCOMES.index(o)] for _, row in t.rows] for t in tables])
        for o, c in q.outcomes
    }
    outcome_rows = [(ASKED_NAMES.get(o, o), c) for o, c in q.outcomes]
    outcome_texts = [totals[o] for o, _ in q.outcomes]
    guesses = [(names.topic(g), c) for g, c in q.guesses[:15]]
    return [
        "<h2>What people asked, and how it ended</h2>",
        f"<p>Anonymous counts since {_day(q.since)}: each message or menu answer once, "
        "with no user id. A person who asks twice is counted twice.</p>",
        _img(
            charts.bar_chart("How questions ended", outcome_rows, "Questions", outcome_texts),
            "Outcomes",
        ),
        _table(
            ["Outcome", "Questions"],
            [[label, text] for (label, _), text in zip(outcome_rows, outcome_texts, strict=True)],
        ),
        _outcome_table(q.by_topic, names.topic),
        _outcome_table(q.by_language, lambda code: LANGUAGE_NAMES.get(code, code)),
        _outcome_table(q.by_corridor, _corridor),
        "<h2>Questions the bot could not answer</h2>",
        "<p>The NLU's best guess for each (a topic name, never the words), and how sure it was."
        " Guesses that come up often are topics whose examples or content need work.</p>",
        _img(charts.bar_chart("Best guess", guesses, "Questions"), "Best guesses"),
        _table(["Best guess", "Questions"], [[label, shown(c)] for label, c in guesses]),
        _table(
            ["How sure the NLU was", "Questions"],
            [[CONFIDENCE_NAMES.get(b, b), shown(c)] for b, c in q.confidence],
        ),
    ]


def _alert_section(alerts: Mapping[str, Mapping[str, int]]) -> list[str]:
    if not alerts:
        return ["<h2>Alerts sent</h2>", "<p>No alert was queued in these weeks.</p>"]
    table = _table(deliveries.HEAD, deliveries.rows(alerts))
    return ["<h2>Alerts sent</h2>", f"<p>{escape(deliveries.NOTE)}</p>", table]


def _corridor(label: str) -> str:
    """ "MM -> TH" as "Myanmar → Thailand"."""
    origin, _, country = label.partition(" -> ")
    return f"{PLACE_NAMES.get(origin, origin)} → {PLACE_NAMES.get(country, country)}"


def _outcome_table(table: Table, name: Callable[[str], str]) -> str:
    used = [i for i, _ in enumerate(OUTCOMES) if any(counts[i] for _, counts in table.rows)]
    head = [table.title.split(" (")[0].replace("Questions per ", "").capitalize()]
    head += [ASKED_NAMES[OUTCOMES[i]] for i in used]
    rows = [[name(label), *(shown(counts[i]) for i in used)] for label, counts in table.rows]
    return f"<h3>{escape(table.title)}</h3>" + _table(head, rows)
