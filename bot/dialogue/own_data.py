"""Typed words about the person's own data (content/safety/own_words.yml), answered before
the NLU's reading is used (exploratory test 9, findings 1 and 2).

- Who sees this chat ("will you tell police about me", "can my boss see this chat"): a
  short, true answer taken from /privacy, with buttons to /privacy and /delete_my_data. It
  used to be the arrest answer, a wrong topic or "I cannot help with that".
- Taking back what was sent ("delete my data", "I sent my story but now I am scared, stop
  it", အကုန်ဖျက်ပေးပါ, លុបទាំងអស់): what exists, plainly: each open case's Withdraw (as
  /mycases shows it) and /delete_my_data, both asking once more before doing anything. Never
  "Send this to <org>?" (relay.py) nor an urgent case: the person asked to step back. It used
  to be "Goodbye", "I cannot help with that" or the emergency block.
- What the bot is ("are you a real person", "who made this bot", "can I trust you", said
  alone): that it is a bot, that it tells nobody about them, and the way to a person. "Are
  you a real person" opened the form to talk to a person (session 18).
- Someone else's data ("my worker ran away, how do I find him", "give me the list of workers
  who complained", "which organisation is helping my maid", "I am the agent, send me her
  case", "tell me where my wife is", round 22C): that the bot shares nothing about anyone who
  writes to it and passes no message to others, and the menu. They got Where to complain,
  the form (its story "send me her case", for a caseworker), the someone-else answer's
  "say who they are, where they are" or "did not understand" with Arrest offered. In the
  form and to a caseworker these words are kept as any words there: a worker may quote them.

Danger words are checked before these (flows._read) and still win: someone who writes "help
they beat me, delete this" gets the emergency numbers, then this offer; "they beat me, they
check my phone" the numbers, then who sees what.
"""

from __future__ import annotations

import re

from bot.dialogue import lexicon, not_to_help
from bot.dialogue.context import Context
from bot.dialogue.keyboards import footer
from bot.dialogue.outcome import Outcome
from bot.once import per_message
from bot.values import Button, Reply, UserState

PRIVACY = "privacy"
WITHDRAW = "withdraw"
ABOUT_BOT = "about_bot"
OTHERS = "about_others"
ASKED = (PRIVACY, WITHDRAW, ABOUT_BOT, OTHERS)  # the names the anonymous counts record (tally.py)
# The buttons are the menu's "My requests and privacy" ones (my_data.on_mine).
PRIVACY_BUTTON = "mine:privacy"
DELETE_BUTTON = "mine:delete"


def asked(words: str, ctx: Context) -> str | None:
    """WITHDRAW, PRIVACY or None: what `words` ask about the person's own data. Withdrawing
    first: "who reads this? delete everything" wants it gone. Burmese also as read in Zawgyi,
    as danger words are (triage.in_danger): a short Zawgyi message the detector missed.
    Checked once per context (Context.own_memo)."""
    if words not in ctx.own_memo:
        ctx.own_memo[words] = _asked(words, ctx)
    return ctx.own_memo[words]


def _asked(words: str, ctx: Context) -> str | None:
    catalog = ctx.catalog
    readings = lexicon.readings(words)
    if any(catalog.asks_withdraw(reading) for reading in readings):
        return WITHDRAW
    if any(catalog.asks_privacy(reading) for reading in readings) or phone_checked(words, ctx):
        return PRIVACY
    if any(catalog.asks_about_bot(reading) for reading in readings):
        return ABOUT_BOT
    if any(catalog.asks_about_others(reading) for reading in readings):
        # not an employer who keeps a worker's passport to make her stay: what the bot
        # cannot help with (not_to_help.py), not "I share nothing about anyone" (session 27)
        return None if not_to_help.keeps(words) else OTHERS
    return None


# "is it free", "is this bot free" with no answer above (round 28B: the help page, which says
# nothing of money): what the bot is, which says it never asks money. Right after an answer
# the same words ask about that answer (follow_up.asks_about_it, read before this). Drafts.
_FREE = lexicon.entries(
    "free|is it free|is this free|is free|its free|it's free|it is free|it free|free or not|"
    "free or pay|free of charge|no need to pay|no need pay|"
    # Burmese: အခမဲ့လား, အလကားလား (free?); romanised; Khmer: ឥតគិតថ្លៃទេ (free?),
    # គិតលុយទេ (does it cost money?); romanised
    "အခမဲ့လား|အခမဲ့ပဲလား|အလကားလား|a kha mae lar|a khar mae lar|a kha me lar|alakar lar|"
    "ឥតគិតថ្លៃទេ|ឥតគិតថ្លៃអត់|ឥតគិតថ្លៃមែនទេ|គិតលុយទេ|គិតលុយអត់|"
    "it kit thlai te|ot kit luy te|kit luy te|kit luy ot"
)
_FREE_WITH = lexicon.entries(
    "bot|this bot|the bot|you|service|this service|this chat|chat|app|to use|use|sir|bro|"
    "please|pls|ah|la|lah|ok|ဒီဘော့တ်|ဘော့တ်|ဒီဘော့|ဘော့|ဒါ|သုံးတာ|ဗျ|ဗျာ|bong|បូត|នេះ|ប្រើ|បង"
)


# Every entry of _FREE holds one of these: most messages hold none, and are not read further.
_FREE_HINT = re.compile(
    r"free|need pay|need to pay|a kha|alakar|kit luy|kit thlai|အခမဲ့|အလကား|ឥតគិតថ្លៃ|គិតលុយ", re.I
)


@per_message
def free_asked(words: str) -> bool:
    """Whether the whole message asks whether the bot is free (_FREE); read by the reply and
    by the count, once."""
    if len(words) > 60 or not _FREE_HINT.search(words):
        return False
    return lexicon.said_alone(words, _FREE, _FREE_WITH)


def phone_checked(words: str, ctx: Context) -> bool:
    """Whether `words` say someone checks the person's phone ("they check my phone", round
    16A): asked as privacy is, since who sees what says anyone holding the phone can read
    this chat and what /clear deletes."""
    return any(ctx.catalog.tells_phone_checked(reading) for reading in lexicon.readings(words))


def only_phone(words: str, ctx: Context) -> bool:
    """Whether `words` are privacy words only because they say the phone is checked: in the
    form and to a caseworker who waits for an answer, information for the caseworker ("they
    check my phone, write me only in the morning"), kept as any words there."""
    readings = lexicon.readings(words)
    return phone_checked(words, ctx) and not any(
        ctx.catalog.asks_privacy(reading) for reading in readings
    )


def answer(kind: str, state: UserState, ctx: Context) -> Outcome:
    answers = {WITHDRAW: _withdraw, PRIVACY: _privacy, ABOUT_BOT: _about_bot, OTHERS: _others}
    reply = answers[kind](state, ctx)
    return Outcome((reply,), state.with_(misses=0))


def _privacy(state: UserState, ctx: Context) -> Reply:
    """Who sees what, in /privacy's words (my_data.show_privacy): the few lines a frightened
    person needs before they tell anything."""
    tr = ctx.translator(state.language)
    _ = tr.gettext
    lines = (
        _("I send nothing about you to the police, immigration, an embassy or your employer."),
        _(
            "Only if you send a case to an organisation do its caseworkers see what you wrote "
            "for it, without your name or Telegram account unless you give them."
        ),
        _(
            "Anyone who holds your phone can read this chat. /clear deletes our messages "
            "from the last 48 hours."
        ),
    )
    # A person a tap away (round 54B): "if i talk to a person will my boss know" is answered
    # here, and the person asked it on the way to one.
    keyboard = (
        (Button(_("Who sees what"), PRIVACY_BUTTON),),
        (Button(_("Talk to a person"), "person"),),
        (Button(_("Delete my data"), DELETE_BUTTON),),
        (Button(_("Menu"), "menu"),),
    )
    return Reply("\n\n".join(lines), keyboard)


def _about_bot(state: UserState, ctx: Context) -> Reply:
    """What the bot is, for "are you a real person", "who made this bot", "can I trust you"
    (session 18): "are you a real person" opened the form to talk to a person, and "who made
    this bot" typed there was added to the person's story. That it is a bot, that it tells
    nobody about them, and the way to a person. Who runs a deployment is not the bot's to
    say: nothing in the content names it."""
    tr = ctx.translator(state.language)
    _ = tr.gettext
    lines = (
        _(
            "I am a bot, not a person. My answers come from checked sources, and each one says "
            "when it was checked."
        ),
        _("I send nothing about you to the police, immigration, an embassy or your employer."),
        # what is true of the bot itself (round 28B: "is this free", "how do i know you are
        # real" got /help or "did not understand"); nothing here about anyone else
        _(
            "I never ask you for money or for a photo of your documents. I write to you only "
            "in this chat. Someone who writes to you in another chat and says they are from "
            "this bot is not from me."
        ),
        _(
            "To talk with a person, press “Talk to a person”. A caseworker at a support "
            "organisation can answer you here."
        ),
    )
    keyboard = ((Button(_("Who sees what"), PRIVACY_BUTTON),), footer(tr))
    return Reply("\n\n".join(lines), keyboard)


def _others(state: UserState, ctx: Context) -> Reply:
    """Someone asking for another person's data, case or whereabouts (round 22C): an employer,
    an agent, a husband, someone who says they are police. Short and kind, and nothing about
    anyone: the bot knows no one's whereabouts, and a case reaches an organisation only when
    its person sends it. Only the menu: the form would carry their words to a caseworker as
    a request for help."""
    _ = ctx.translator(state.language).gettext
    lines = (
        _(
            "I share nothing about anyone who writes to me: not who they are, what they "
            "wrote, their requests or where they are. Only they can choose to share it."
        ),
        _("I do not pass messages to other people."),
    )
    return Reply("\n\n".join(lines), ((Button(_("Menu"), "menu"),),))


def _withdraw(state: UserState, ctx: Context) -> Reply:
    """Each open case's Withdraw (my_cases.withdraw asks to confirm) and Delete my data
    (my_data.ask_delete asks to confirm): nothing happens without a second press."""
    tr = ctx.translator(state.language)
    _ = tr.gettext
    open_cases = [case for case in ctx.cases if case.open]
    lines = [_("I did not pass this message on to anyone.")]
    buttons: list[tuple[Button, ...]] = []
    if open_cases:
        lines.append(
            _(
                "To withdraw your case, press Withdraw. The organisation will see that you "
                "withdrew it."
            )
        )
        for case in open_cases:
            label = _("Withdraw {ref}").format(ref=case.ref)
            buttons.append((Button(label, f"wd:{case.ref}"),))
    else:
        lines.append(_("You have no open case."))
    lines.append(
        _(
            "To delete everything I keep about you, press Delete my data. I ask once more "
            "before I delete anything."
        )
    )
    lines.append(_("/clear deletes our messages in this chat from the last 48 hours."))
    buttons.append((Button(_("Delete my data"), DELETE_BUTTON),))
    buttons.append((Button(_("Menu"), "menu"),))
    return Reply("\n\n".join(lines), tuple(buttons))


def with_offer(kind: str, danger: Outcome, state: UserState, ctx: Context) -> Outcome:
    """The emergency answer (danger words still win), or the answer to a story that says a
    phone is checked, then the withdraw offer or who sees what. Who sees what says that
    anyone who holds the phone can read this chat: "they beat me, they check my phone" is
    written by someone whose phone is checked (round 16A, F1)."""
    reader = danger.state if danger.state.language else state
    offer = _withdraw(reader, ctx) if kind == WITHDRAW else _privacy(reader, ctx)
    return Outcome((*danger.replies, offer), danger.state, danger.effects)
