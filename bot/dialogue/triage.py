"""Emergency triage: danger in anything a person types puts the emergency numbers first.

One check for every path. Free text (a photo, video or file caption too: media.py) is
checked in flows.on_text, which also picks what follows the numbers; everything else a person
types (a step of the referral form, an answer to a caseworker, a command's words) is checked
by the engine around its usual reply, through `numbers_first`.

Not the only urgency decision: bot/nlu/priority.py orders the topics the NLU found (danger
first, then what traps a person) to pick which problem to answer first. This module needs no
NLU: keywords alone, so that the numbers come first even when the NLU is down or wrong.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from bot.content import Catalog
from bot.content.topics import URGENT_TOPICS
from bot.dialogue.answer_words import answer_only
from bot.dialogue.answers import answer_topic
from bot.dialogue.back_home import left_behind
from bot.dialogue.boss_hits import boss_hits
from bot.dialogue.called_up import without_flight
from bot.dialogue.context import Context
from bot.dialogue.debt import held
from bot.dialogue.events import Text
from bot.dialogue.follow_up import topic_of
from bot.dialogue.harmed import partner_hits
from bot.dialogue.lexicon import burmese_in
from bot.dialogue.outcome import Outcome
from bot.dialogue.pending import Pending
from bot.dialogue.places import asked_for
from bot.dialogue.someone_else import writer_place
from bot.dialogue.typed_answers import asks_help
from bot.dialogue.upset import own_life_alone
from bot.language.thai_words import gloss, has_thai
from bot.language.zawgyi import zawgyi_to_unicode
from bot.nlu.denials import without_danger_denied
from bot.nlu.result import DEFAULT_THRESHOLD
from bot.values import NluResult, Reply, UserState

RELAY_STEP = "relay"  # relay.STEP: words for a caseworker wait for Send (relay imports this)


def in_danger(words: str, ctx: Context) -> bool:
    """Whether `words` hold an emergency keyword, read as typed and, for Burmese, also as
    Zawgyi: a short Zawgyi message the detector missed ("ကယ္ပါ") must not hide danger.
    Checked once per context (Context.danger_memo)."""
    found = ctx.danger_memo.get(words)
    if found is None:
        found = ctx.danger_memo[words] = danger_in(words, ctx.catalog)
    return found


def help_after_danger(words: str, ctx: Context) -> bool:
    """Whether `words` are "help" typed alone ("help!!", "HELP", ကူညီ, ជួយ, "kuu nyi") within
    minutes of the emergency or the arrest answer (Context.last_answer). Alone, "help" asks
    what the bot does (typed_answers.asks_help: its help page); in a burst during a raid
    ("police here", "help", "help!!") it is the same plea again. Round 25B: after the arrest
    answer such a burst got the help page, or "Is it about ...?" with the whole menu, and no
    number; now the emergency answer, the numbers first, as for a danger word."""
    return asks_help(words) and topic_of(ctx.last_answer) in URGENT_TOPICS


def danger_in(words: str, catalog: Catalog) -> bool:
    """`in_danger` with the catalog alone: the service asks it to pick an update's lane. A
    message that says nothing but yes, ok, no or send (answer_words.answer_only) is no danger:
    "hote kae par" (yes please) holds the romanised keyword "kae par" (rescue me), and its
    emergency numbers came instead of the answer to a yes. Its symbols still count ("yes 🆘")."""
    if not words:
        return False
    if answer_only(words):
        return catalog.sounds_like_danger(_symbols(words))
    # "i escape from army conscription, can thailand send me back?": a flight from the
    # call-up is no danger now (round 24A); the rest of the words are still read.
    # "i am not in danger" right after the numbers: no danger (round 27A, nlu/denials.py)
    if catalog.sounds_like_danger(without_danger_denied(without_flight(words))):
        return True
    if held(words):
        return True  # "debt 30000 baht ... cannot go": kept for a debt (round 18B, debt.py)
    if own_life_alone(words):
        return True  # "I cannot go on", said alone (round 20A, upset.py)
    if partner_hits(words):
        return True  # "ယောက်ျားက နေ့တိုင်း ရိုက်တယ်", my husband hits me every day (harmed.py)
    if boss_hits(words):
        return True  # "ခြံပိုင်ရှင်က နေ့တိုင်း ရိုက်နေတယ်", the farm owner hits me every day (round 52B)
    if has_thai(words) and catalog.sounds_like_danger(gloss(words)[0]):
        return True  # "ถูกขัง" typed in the form's story or to a caseworker (round 27C)
    return burmese_in(words) and catalog.sounds_like_danger(zawgyi_to_unicode(words))


def _symbols(words: str) -> str:
    """What `words` hold besides words: emoji, punctuation."""
    return "".join(
        character
        for character in words
        if not (character.isalnum() or unicodedata.category(character).startswith("M"))
    )


def sure_urgent(nlu: NluResult | None) -> bool:
    """Whether the NLU surely read an emergency or an arrest: answered at once wherever the
    words wait for a press (the form's choice, form_question.urgent; "Send this to <org>?",
    relay.py). Only a sure reading: "I want to send" typed at the form's summary was read as
    an arrest at 0.41 (a pair's share, not the classifier's sure answer)."""
    return nlu is not None and nlu.topic in URGENT_TOPICS and nlu.confidence >= DEFAULT_THRESHOLD


def sure_emergency(nlu: NluResult | None) -> bool:
    """Whether the NLU surely read an emergency (not an arrest): a message answered before
    the NLU (harassed.py: a room shared with men, "someone comes at night") gets the numbers
    first when so read (round 27B)."""
    return sure_urgent(nlu) and nlu is not None and nlu.topic == "emergency_help"


# One to three words typed where a press is awaited (the form's buttons, "Send this to
# <org>?") are most often an answer the bot does not
# know: "mhan tal" ("that's right") was read as an arrest at 0.62, answered with the arrest
# advice and the person dropped out of the form. For so few words the NLU's reading alone
# leaves the form only when very sure; the short alarms people type read far surer ("police
# come" 1.00, "ရဲလာနေတယ်" 0.85, "ប៉ូលិសមក" 0.89 with the Dec 2026 model). Not danger
# keywords only: they hold few arrest words, and an arrest is answered at once for a reason.
# Unsure, the choice: "Ask this instead" answers it, one tap away. Danger keywords are not
# touched: they bring the numbers first at every step, the form kept (referral_form.py).
# At "Send this to <org>?" (relay.py) the same words were answered at once, and made the
# message urgent for the caseworker, at the classifier's usual threshold (round 8's leftover).
SHORT_WORDS = 3
SHORT_SURE = 0.8


def sure_urgent_words(event: Text) -> bool:
    """`sure_urgent` for typed words: SHORT_WORDS or fewer only from SHORT_SURE."""
    if not sure_urgent(event.nlu):
        return False
    short = len(event.text.split()) <= SHORT_WORDS
    return not short or (event.nlu is not None and event.nlu.confidence >= SHORT_SURE)


def numbers_first(words: str, outcome: Outcome, ctx: Context) -> Outcome:
    """`outcome` as it is, or after the emergency answer (numbers, then the urgent referral
    button) when `words` sound like danger. The state and effects stay the usual ones: the
    form goes on, the answer still reaches the caseworker."""
    if not in_danger(words, ctx):
        return outcome
    state = outcome.state
    answer = Outcome(urgent_answer(words, state, ctx), state)
    answer = told_to_them(words, answer, ctx, to_caseworker=state.step == RELAY_STEP)
    return Outcome((*answer.replies, *outcome.replies), state, outcome.effects)


def told_to_them(words: str, answer: Outcome, ctx: Context, to_caseworker: bool = False) -> Outcome:
    """The emergency `answer` with the line for someone who does not want to live, fears for
    a friend's life, was hurt by a partner or sexually, or harassed or unsafe at night, and
    without the topics that line leaves out (Arrest or detention...), as flows._read gives
    it to a message read alone.
    Round 21A: "i want to die" typed as what happened in the form, or to a caseworker, got
    the emergency answer alone, with Arrest or detention and Passport taken, and no word to
    the person. `to_caseworker`: the words wait under "Send this to <org>?" (relay.py): the
    line names Send, the shortest way to the caseworker who holds the case (Talk to a person
    offers a new request first, and the words reach no one before Send)."""
    # they read the emergency answer this module makes
    from bot.dialogue import harassed, harmed, upset

    life = upset.own_life(words) or upset.other_life(words)
    if not life and not harmed.says(words) and not harassed.says(words):
        return answer
    button = ctx.translator(answer.state.language).gettext("Send") if to_caseworker else None
    if life:
        return upset.told(words, answer, answer.state, ctx, button)
    if harmed.says(words):
        return harmed.told(words, answer, answer.state, ctx, button)
    # a room shared with men, no lock, typed in the form or to a caseworker (round 27B)
    return harassed.told(words, answer, answer.state, ctx, button)


def urgent_answer(
    words: str,
    state: UserState,
    ctx: Context,
    others: Sequence[str] = (),
    named: Pending | None = None,
) -> tuple[Reply, ...]:
    """The emergency answer (the numbers to call where the person is, then what to do and the
    way to a person) for the place `words` name or the profile's; `others`: the message's
    other problems, offered as buttons in the same answer; `named`: the place `state` holds
    beyond the profile, for those buttons (answers.AT)."""
    # at home, a country come back from is not where the danger is (32C: "my husband came
    # back from malaysia ... hit me" got Malaysia's 999)
    place = state if left_behind(words, state) else asked_for(words, state)
    tr = ctx.translator(state.language)
    writer_in = writer_place(words, state)
    return answer_topic(
        ctx.catalog, "emergency_help", place, tr, others, writer_in=writer_in, named=named
    )
