"""A typed answer to a caseworker, without the "Answer" button (finding 5).

After "Message from <org> about your case <ref>: ...", most people simply type their answer,
as in any chat. While a case's last message came from its caseworker and the person has not
written back, their free text is not lost to the NLU: the bot asks "Send this to <org>?",
with Send and No. Nothing goes to the organisation without a press of Send; No answers the
text as the bot would have (what the NLU read is kept with the words until then). The words
wait in the person's form, which is stored encrypted, and are forgotten as soon as the
person does anything else; but a press of a way to write to that caseworker ([Write to
<org>], Answer) asks about them first (write_to).

Words the NLU surely reads as an emergency or an arrest are answered at once (what to do,
the numbers, the way to a person), with the question after it, as danger words are; if the
person sends them, the case becomes urgent, as with danger words in any of the messages.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.content.topics import TOPIC_IDS
from bot.dialogue import case_news, flows, my_cases, own_data, triage
from bot.dialogue.answers import answer_topic
from bot.dialogue.context import Context
from bot.dialogue.events import Event, Text, reading_of, text_from
from bot.dialogue.keyboards import menu_keyboard
from bot.dialogue.lexicon import holds
from bot.dialogue.my_cases import org_name
from bot.dialogue.outcome import Outcome, with_note
from bot.dialogue.places import asked_for
from bot.dialogue.referral_questions import MAX_TEXT, cut_note, stale
from bot.dialogue.someone_else import writer_place
from bot.dialogue.typed_answers import says_send, yes_or_no
from bot.i18n import Tr
from bot.values import (
    WITH_ORGANISATION,
    Button,
    CaseView,
    RelayToStaff,
    Reply,
    UserState,
)

STEP = triage.RELAY_STEP  # "relay": the question "Send this to <org>?" is waiting for a press
NO = "rel:no"  # its No: the words answered as a question to the bot
WORDS = "relay_words"  # the person's words, in the form (encrypted) until Send or No
READING = "relay_nlu"  # what the NLU read of them, to answer them on No
URGENT = "relay_urgent"  # "1": the NLU surely read an emergency or an arrest in them
IDS = "relay_ids"  # the ids of the messages the words came in ("12,13"), to keep if sent
CASE = "relay_case"  # the case whose message the words reply to (Telegram's reply), if any
KEYS = (WORDS, READING, URGENT, IDS, CASE)
MAX_CASES = 3  # cases offered as buttons when several wait for an answer
# How long after a caseworker's message the person's free text is taken as a possible answer
# to it. A reply to a caseworker comes within days; a week later, free text is far more
# likely a new question for the bot, and asking "Send this to <org>?" before every one of
# them for ever is in the way. The Answer button under the caseworker's message still reaches
# them, danger words still offer one tap to tell them (held), and a caseworker who still
# waits writes again, which starts a new week.
OFFER_DAYS = 7
# How long after the person's own message to a caseworker (the Answer button, or Send here)
# their next free text is offered too: people answer in several messages ("3 months" /
# "27,000 baht" / "no payslip"), and only the first went with Answer, the rest reaching the
# NLU as questions. Still a question with Send and No, never sent without a press: a new
# question for the bot is one tap of No away.
FOLLOW_UP = dt.timedelta(minutes=10)
Keyboard = tuple[tuple[Button, ...], ...]


def awaiting(ctx: Context) -> tuple[CaseView, ...]:
    """The person's open cases whose caseworker wrote last, at most OFFER_DAYS ago, or to
    which the person wrote last, at most FOLLOW_UP ago; newest case first."""
    return tuple(
        case
        for case in ctx.cases
        if case.open and (_recently_asked(case, ctx) or _just_answered(case, ctx))
    )[:MAX_CASES]


def _just_answered(case: CaseView, ctx: Context) -> bool:
    if not case.answered_at or ctx.now is None:
        return False
    return ctx.now - dt.datetime.fromisoformat(case.answered_at) <= FOLLOW_UP


def waits(state: UserState) -> bool:
    """Whether words wait for "Send this to <org>?" (nothing has gone yet)."""
    return state.step == STEP and bool((state.form or {}).get(WORDS))


def _recently_asked(case: CaseView, ctx: Context) -> bool:
    if not (case.awaits_answer and case.asked_on):
        return False
    return (ctx.today - dt.date.fromisoformat(case.asked_on)).days <= OFFER_DAYS


def held(ctx: Context) -> tuple[CaseView, ...]:
    """The person's cases an organisation holds now, newest first."""
    return tuple(c for c in ctx.cases if c.status in WITH_ORGANISATION)[:MAX_CASES]


def offers(event: Event, state: UserState, ctx: Context) -> bool:
    """Whether this free text gets "Send this to <org>?" instead of the usual answer: a case
    waits for the person's answer, or the words sound like danger and an organisation holds
    a case of theirs (the numbers come first; one tap tells the caseworker, never without
    it); and they are not in the middle of another question."""
    if not (isinstance(event, Text) and event.text.strip() and state.language is not None):
        return False
    own = own_data.asked(event.text, ctx)
    if own == own_data.PRIVACY and own_data.only_phone(event.text, ctx):
        own = None  # "they check my phone, write me only in the morning": for the caseworker
    if own == own_data.OTHERS:
        own = None  # "my boss say which organisation is helping my maid": for the caseworker
    if own == own_data.WITHDRAW or (own and not triage.in_danger(event.text, ctx)):
        # "Delete what I sent", "who reads this?": words to the bot, answered by it
        # (own_data.py), never words for a caseworker, and never an urgent message
        # (exploratory test 9, finding 2). Words waiting are dropped, and the person told.
        return False
    if state.step == STEP and (state.form or {}).get(WORDS):
        return True  # typed while "Send this to <org>?" waits: it belongs to the question
    if _other_script(event, state):
        return False
    if case_news.says(event.text):
        # "any news?" days after the caseworker wrote: that they wrote, when, and that their
        # message is above (case_news.py), not "Send this to <org>?", which never said so to
        # someone who had not seen it (round 19B). The next words are offered as before.
        return False
    return state.step is None and bool(_for(event.text, ctx) or replied_case(event, ctx))


def replied_case(event: Event, ctx: Context) -> CaseView | None:
    """The open case an organisation holds that the bot's message these words reply to
    (Telegram's reply) names, when it names one only: "Message from <org> about your case
    <ref>: ..." (round 25A: a reply to one caseworker's message, with two cases, was asked
    "Choose the case"; a reply to one older than OFFER_DAYS went to the NLU as a question)."""
    if not isinstance(event, Text) or not event.replying_to:
        return None
    named = [
        case
        for case in ctx.cases
        if case.open
        and case.status in WITH_ORGANISATION
        and re.search(rf"\b{re.escape(case.ref)}\b", event.replying_to)
    ]
    return named[0] if len(named) == 1 else None


# Burmese and Khmer: a chat in one whose next words come in the other is most likely another
# person on a shared phone (exploratory test 10), who cannot read the question "Send this to
# <org> about your case?" and would put their words in someone else's case. They are answered
# as any message, in their language, with one tap back (flows.on_text). English is mixed
# with either by the same person, and stays offered.
SCRIPTED = ("my", "km")


def _other_script(event: Text, state: UserState) -> bool:
    return (
        event.language in SCRIPTED
        and state.language in SCRIPTED
        and event.language != state.language
    )


# "stop, do not send any more" typed to a caseworker (round 21A): words for them, offered as
# any, with the ways to stop their messages (Withdraw) said beside Send. Asked, not a story:
# "stop" opens the message, or is said of writing ("boss stop pay me" is no such thing).
# Drafts for a native speaker at a partner organisation to review and extend.
_STOP_LATIN = re.compile(
    r"^\W*(?:please |pls |plz )?stop\b|"
    r"\bstop (?:writing|messaging|sending|texting|contacting|calling|message|msg)|"
    r"\b(?:do not|dont|pls dont|please dont) (?:send|write|message|msg|text|contact|call)"
    r"(?: \w+){0,2} (?:any ?more|again)\b|"
    r"\b(?:do not|dont) (?:message|msg|text|contact|call) me\b|"
    r"\bno more (?:message|messages|msg|text|texts)\b|\bleave me alone\b|"
    # romanised Burmese (မပို့နဲ့: do not send; မဆက်သွယ်နဲ့: do not contact) and Khmer
    # (កុំផ្ញើ: do not send; ឈប់ផ្ញើ: stop sending; កុំទាក់ទង: do not contact)
    r"\b(?:ma poh nae|ma po nae|ma pot nae|ma sat thwal nae|ma sat thwe nae|"
    r"kom phnaeu|kom phnae|kom phgnaeu|chhob phnaeu|chhob phnae|kom teak tong|kom tak tong)\b"
)
_STOP_SCRIPT = (
    "မပို့နဲ့",
    "မပို့ပါနဲ့",
    "ထပ်မပို့",
    "စာမပို့",
    "မဆက်သွယ်နဲ့",
    "မဆက်သွယ်ပါနဲ့",
    "ဆက်သွယ်မလာနဲ့",
    "ဆက်သွယ်မလာပါနဲ့",
    "ရပ်ပါ",
    "កុំផ្ញើ",
    "ឈប់ផ្ញើ",
    "កុំទាក់ទង",
    "ឈប់ទាក់ទង",
    "កុំសរសេរមក",
)


def stops_writing(words: str) -> bool:
    """Whether `words` ask the caseworker to stop writing: "stop, do not send any more",
    ရပ်ပါ မပို့ပါနဲ့တော့, កុំផ្ញើមកទៀត."""
    return holds(words, _STOP_LATIN, _STOP_SCRIPT)


def _for(words: str, ctx: Context) -> tuple[CaseView, ...]:
    """The cases these words may go to."""
    return awaiting(ctx) or (held(ctx) if triage.in_danger(words, ctx) else ())


def offer(event: Text, state: UserState, ctx: Context) -> Outcome:
    """Keep the words (added to those already waiting, for a second message typed before
    pressing) and ask where they go."""
    tr = ctx.translator(state.language)
    _ = tr.gettext
    form = dict(state.form or {})
    before = form.get(WORDS, "") if state.step == STEP else ""
    if before and (yes_or_no(event.text) in ("yes", "ok") or says_send(event.text)):
        # "send" typed: only a press of Send sends (consent); the words stay as they were.
        again = _ask(state.with_(form=form), ctx, before)
        return with_note(_("Nothing is sent yet. To send it, press Send."), again)
    words = f"{before}\n{event.text.strip()}" if before else event.text.strip()
    form[WORDS] = words[:MAX_TEXT]
    form[READING] = reading_of(event) if not before else form.get(READING, "")
    if triage.sure_urgent_words(event) or triage.in_danger(event.text, ctx):
        # Sent, the case becomes urgent. Danger is checked here, message by message as it
        # came: a plea that is danger only alone ("please help", ကူညီပေးပါ) is none within
        # the words joined, where the service looks (exploratory test 8, finding 3).
        form[URGENT] = "1"
    if (pointed := replied_case(event, ctx)) is not None:
        form[CASE] = pointed.ref  # the person said which case: no "Choose the case"
    if event.message_id is not None:
        ids = form.get(IDS, "") if before else ""
        form[IDS] = f"{ids},{event.message_id}" if ids else str(event.message_id)
    asked = _ask(state.with_(form=form), ctx, words)
    if not answers_now(event, state, ctx):
        return asked
    # An emergency or an arrest the NLU surely read: its answer now, not after "No"; the
    # question stays, one tap to tell the caseworker (danger words: the engine's numbers).
    assert event.nlu is not None and event.nlu.topic is not None
    topic = event.nlu.topic
    others = [t for t in event.nlu.topics if t in TOPIC_IDS and t != topic]
    place = asked_for(event.text, state)  # "in Mae Sot": that place's numbers
    tr = ctx.translator(state.language)
    writer_in = writer_place(event.text, state)
    first = answer_topic(ctx.catalog, topic, place, tr, others, writer_in=writer_in)
    return Outcome((*first, *asked.replies), asked.state)


def typed_no(event: Event, state: UserState) -> bool:
    """Whether `event` is a "no" typed while "Send this to <org>?" waits: the No button
    (engine.py), answered and counted as its press."""
    return isinstance(event, Text) and waits(state) and yes_or_no(event.text) == "no"


def declined(state: UserState, ctx: Context) -> Text | None:
    """The words No answers as a question to the bot, as they came, to count them as the
    form's "Ask this instead" is (tally.py); None when none wait, or when they were counted
    as they came: danger words, or an emergency or an arrest answered at once."""
    form = state.form or {}
    words = form.get(WORDS, "") if state.step == STEP else ""
    if not words or form.get(URGENT) == "1" or triage.in_danger(words, ctx):
        return None
    return text_from(words, form.get(READING, ""))


def answers_now(event: Text, state: UserState, ctx: Context) -> bool:
    """Whether `offer` answers these words at once, before "Send this to <org>?": words kept
    for the question (not a typed yes, no or send at it) that the NLU surely read as an
    emergency or an arrest (triage.sure_urgent_words, as the form's choice does). Danger words
    get the numbers from the engine (triage.numbers_first), not twice."""
    if waits(state) and (yes_or_no(event.text) or says_send(event.text)):
        return False
    return triage.sure_urgent_words(event) and not triage.in_danger(event.text, ctx)


def write_to(ref: str, state: UserState, ctx: Context) -> Outcome:
    """'ans:<ref>', [Write to <org>] (my_cases.held_first) or Answer under a caseworker's
    message: the Answer step (my_cases.start_answer). While words wait for "Send this to
    <org>?", those first, for this case, with the same Send and No, the words shown again:
    the Answer step would drop them, and the person, who pressed to write to the caseworker,
    believes they answered (exploratory test 8, finding 3). Carried into the Answer step
    instead, they would go with the next message, without a Send of their own."""
    if not (waits(state) and my_cases.owned_open_case(ref, ctx)):
        return my_cases.start_answer(ref, state, ctx)
    [case] = [case for case in ctx.cases if case.ref == ref]
    tr = ctx.translator(state.language)
    note = tr.gettext("You wrote this. It is not sent yet:")
    text, keyboard = _send_this(case, ctx, tr)
    words = (state.form or {})[WORDS]
    return Outcome((Reply(f"{note}\n\n{words}\n\n{text}", keyboard),), state)


def _send_this(case: CaseView, ctx: Context, tr: Tr) -> tuple[str, Keyboard]:
    """ "Send this to <org> about your case <ref>?" and its Send and No."""
    _ = tr.gettext
    text = _("Send this to {org} about your case {ref}?").format(
        org=org_name(case, ctx, tr.language), ref=case.ref
    )
    return text, ((Button(_("Send"), f"rel:{case.ref}"), Button(_("No"), NO)),)


def _ask(state: UserState, ctx: Context, words: str) -> Outcome:
    """ "Send this to <org> about your case <ref>?" (or which case), for the waiting words."""
    tr = ctx.translator(state.language)
    _ = tr.gettext
    form = dict(state.form or {})
    note = cut_note(words, tr)
    cases = _for(words, ctx) or held(ctx)
    pointed = tuple(case for case in ctx.cases if case.open and case.ref == form.get(CASE))
    cases = pointed or cases
    keyboard: Keyboard
    if len(cases) == 1:
        text, keyboard = _send_this(cases[0], ctx, tr)
    else:
        text = _("Send this to a caseworker? Choose the case:")
        keyboard = (
            *(
                (Button(f"{case.ref} · {org_name(case, ctx, tr.language)}", f"rel:{case.ref}"),)
                for case in cases
            ),
            (Button(_("No"), "rel:no"),),
        )
    if stops_writing(words) and form.get(URGENT) != "1":
        # Send tells them; Withdraw closes the case, after a confirmation (my_cases.py). Not
        # with danger in the words ("stop, he is hitting me"): the case is what they need.
        text = f"{text}\n\n{_stop_line(tr)}"
        rows = tuple((Button(_("Withdraw {ref}").format(ref=c.ref), f"wd:{c.ref}"),) for c in cases)
        keyboard = (*keyboard, *rows)
    text = f"{note}\n\n{text}" if note else text
    return Outcome((Reply(text, keyboard),), state.with_(step=STEP, form=form))


def _stop_line(tr: Tr) -> str:
    """How to stop a caseworker's messages, under "Send this to <org>?"."""
    _ = tr.gettext
    return _(
        "If you want them to stop writing to you, press Send: they will read it. To close "
        "your case instead, press Withdraw. /clear deletes our messages in this chat from the "
        "last 48 hours."
    )


def on_button(value: str, state: UserState, ctx: Context) -> Outcome:
    """'rel:<ref>' sends the waiting words to that case; 'rel:no' answers them instead."""
    form = state.form or {}
    words = form.get(WORDS, "")
    after = forget(state).with_(step=None)
    if state.step != STEP or not words:
        return stale(after, ctx)
    if value == "no":
        return flows.on_text(text_from(words, form.get(READING, "")), after, ctx)
    if not any(case.ref == value and case.open for case in ctx.cases):
        if any(case.ref == value for case in ctx.cases):
            # Closed, withdrawn or passed on while the question was open: the words back.
            return my_cases.not_sent(value, words, after, ctx)
        return stale(after, ctx)
    tr = ctx.translator(state.language)
    reply = Reply(my_cases.sent_to(value, ctx, tr), menu_keyboard(tr))
    ids = tuple(int(i) for i in form.get(IDS, "").split(",") if i.isdigit())
    relayed = RelayToStaff(value, words, form.get(URGENT) == "1", ids)
    return Outcome((reply,), after, (relayed,))


def forget(state: UserState) -> UserState:
    """The state without waiting words: kept only while the question is open."""
    form = state.form or {}
    if not any(key in form for key in KEYS):
        return state
    rest = {k: v for k, v in form.items() if k not in KEYS}
    return state.with_(form=rest or None)
