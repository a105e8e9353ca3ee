"""Asking about one's request when coming back, said alone ("any news?", "did they read
it?", "my case?", သတင်းရှိလား, មានដំណឹងអ្វីទេ), round 19B: a person who had sent a request
days before got "I cannot help with that" or "Sorry, I did not understand" with topic
guesses, in every language, while their request waited, was taken, or was closed; someone
with a new phone or Telegram account asking after "my case" was not told that the bot
cannot see a request sent from another account.

Now: the newest request's state in one or two lines (waiting for an organisation, sent and
not yet taken, taken by a caseworker, a message from them waiting, ended), /mycases for all,
and, with none, that the bot sees no request from this chat and cannot see one sent from
another phone or account, or one whose data was deleted, with the menu (Talk to a person).
Read before the NLU, never before danger words (flows._read); words for a caseworker who
wrote to them go to that caseworker as before (relay.py decides first). The word lists are
drafts for partners to extend.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.keyboards import menu_keyboard
from bot.dialogue.lexicon import entries, holds_script, said_alone
from bot.dialogue.my_cases import org_name, status_names
from bot.dialogue.outcome import Outcome
from bot.values import CaseStatus, CaseView, Reply, UserState

NAME = "case_news"  # counted as a conversation (tally.py), never words

_SAID = entries(
    # English, and the broken English people type
    "any news|anything new|what news|no news|still no news|any update|any updates|"
    "update me|any progress|what status|my status|case status|"
    "my case|about my case|what about my case|how about my case|how is my case|"
    "what happen my case|what happen to my case|what happened to my case|my case what happen|"
    "my case how|my request|my report|my complaint|what about my request|"
    "what about my complaint|did they read|did they read it|did they read my message|"
    "they read it|they read|did they see|did they see it|did they see my message|"
    "anyone read it|did anyone read it|did someone read it|has anyone read it|"
    "did you send it|did you send|was it sent|is it sent|it sent|did it send|did it go|"
    "any answer|any answer yet|any reply|any reply yet|answer yet|reply yet|"
    "no answer yet|no reply yet|still no answer|still no reply|they answer|"
    "did they answer|did they reply|"
    # Burmese: သတင်း (news) ရှိလား, ဘာထူးလဲ (what is new?), ကိစ္စ / အမှု (my matter, case)
    # ဘယ်လိုလဲ (how is it?), ဖတ်ပြီးပြီလား (have they read it?), ပို့ပြီးပြီလား (was it
    # sent?), အဖြေ (an answer) ရှိလား; romanised
    "သတင်းရှိလား|သတင်းရှိသေးလား|သတင်းထူးလား|ဘာထူးလဲ|ဘာထူးသေးလဲ|ဘာထူးလည်း|ထူးလား|"
    "ငါ့ကိစ္စ|ကျွန်တော့်ကိစ္စ|ကျွန်မကိစ္စ|ကိစ္စဘယ်လိုလဲ|ကိစ္စဘာထူးလဲ|ကိစ္စဘယ်လိုဖြစ်လဲ|အမှုဘယ်လိုလဲ|"
    "ဖတ်ပြီးပြီလား|ဖတ်ပြီလား|ဖတ်လား|ဖတ်ပြီးပြီလားဟင်|ပို့ပြီးပြီလား|ရောက်ပြီလား|"
    "အဖြေရှိလား|အဖြေရှိပြီလား|ဘာပြောလဲ|"
    "thadin shi lar|thadin shi lar|thad shin shi lar|bar htoo lae|bar htu lal|bar htoo lal|"
    "kate sa bal lo lal|"
    # Khmer: មានដំណឹង (any news) អ្វីទេ, ករណី (case) របស់ខ្ញុំ យ៉ាងម៉េចហើយ (how is it now?),
    # គេអានហើយឬនៅ (have they read it yet?), ផ្ញើហើយឬនៅ (sent yet?), មានចម្លើយទេ (any
    # answer?); romanised
    "មានដំណឹងអ្វីទេ|មានដំណឹងទេ|មានដំណឹងអីទេ|ករណីរបស់ខ្ញុំ|ករណីខ្ញុំ|"
    "ករណីរបស់ខ្ញុំយ៉ាងម៉េចហើយ|ករណីខ្ញុំយ៉ាងម៉េចហើយ|ករណីយ៉ាងម៉េចហើយ|"
    "គេអានហើយឬនៅ|អានហើយឬនៅ|គេអានហើយឬទេ|ផ្ញើហើយឬនៅ|មានចម្លើយទេ|មានចម្លើយអត់|"
    "mean domnoeng te|mean domnung te|mean domnong te|mean dom nung te|karani khnhom|"
    "karani knhom|karani yang mech haey"
)
# Words that may come with it and say nothing of their own: "hello, any news?", "sir my
# case?", "ငါ့ ကိစ္စ ဘာထူးလဲ", "បង មានដំណឹងអ្វីទេ".
_WITH = entries(
    "hello|helo|hi|hey|again|sir|madam|bro|sis|admin|please|pls|plz|ok|i|me|my|you|now|"
    "still|yet|about|the|so|and|today|"
    "ဟလို|ဗျ|ဗျာ|ရှင်|ခင်ဗျာ|ပါ|နော်|ဟင်|ကျွန်တော်|ကျွန်မ|ကျွန်တော့်|ကျွန်မရဲ့|ငါ|ငါ့|ရဲ့|"
    "ကိစ္စ|အမှု|အခု|"
    "សួស្តី|បង|បាទ|ចាស|ផង|ខ្ញុំ|របស់ខ្ញុំ|ករណី|ឥឡូវ|hallo|bong|bang"
)


def says(text: str) -> bool:
    """Whether the whole message only asks what became of the person's request."""
    return said_alone(text, _SAID, _WITH)


# A request named in a longer message: "I sent my case before from my old phone, case number
# WVMAVG, any news?" (round 19B, C17: at "Where are you from?" its words were dropped with
# "Please tap one of the buttons below"). Burmese ကိစ္စ / အမှု နံပါတ် (case number), Khmer
# លេខករណី; drafts for partners to extend.
_REQUEST = re.compile(
    r"\b(case (number|no|num|id|code)|my case|my request|my complaint|my report|"
    r"reference (number|no|code)|ref (number|no)|request (number|no))\b"
)
_REQUEST_SCRIPT = ("ကိစ္စနံပါတ်", "အမှုနံပါတ်", "ငါ့ကိစ္စ", "ကျွန်တော့်ကိစ္စ", "ကျွန်မကိစ္စ", "លេខករណី", "ករណីរបស់ខ្ញុំ")
_ASKS = re.compile(
    r"(\?|\b(any news|news|update|what happen|what happened|any answer|any reply|"
    r"still waiting|no answer|no reply|status)\b)"
)
_ASKS_SCRIPT = ("သတင်း", "ဘာထူး", "ဘယ်လို", "ដំណឹង", "យ៉ាងម៉េច", "?")
# Longer than this is a story with a problem in it, for the NLU's reading.
_LONGEST = 200


def asks_after(event: Text) -> bool:
    """Whether `event`, a message the NLU read no problem in, asks what became of a request
    it names ("case number WVMAVG, any news?"), in more words than `says` reads."""
    if (event.nlu is not None and event.nlu.topic is not None) or len(event.text) > _LONGEST:
        return False
    latin = event.text.lower()
    if _REQUEST.search(latin) and _ASKS.search(latin):
        return True
    return holds_script(event.text, _REQUEST_SCRIPT) and holds_script(event.text, _ASKS_SCRIPT)


def reply(state: UserState, ctx: Context) -> Outcome:
    """The newest request's state, or that the bot sees none, with the menu."""
    tr = ctx.translator(state.language)
    _ = tr.gettext
    if not ctx.cases:
        text = _(
            "I see no request from you in this chat. I cannot see a request sent from "
            "another phone or Telegram account, or one whose data was deleted. To ask a "
            "caseworker again, press Talk to a person."
        )
        return Outcome((Reply(text, menu_keyboard(tr)),), state.with_(misses=0))
    case = max(ctx.cases, key=lambda view: view.created_on)  # the newest
    lines = [state_line(case, state, ctx)]
    if len(ctx.cases) > 1:
        lines.append(_("/mycases shows all your requests."))
    text = "\n\n".join(lines)
    return Outcome((Reply(text, menu_keyboard(tr)),), state.with_(misses=0))


def state_line(case: CaseView, state: UserState, ctx: Context) -> str:
    tr = ctx.translator(state.language)
    _ = tr.gettext
    org = org_name(case, ctx, tr.language)
    if case.awaits_answer and case.asked_on:
        day = tr.date(dt.date.fromisoformat(case.asked_on))
        return _(
            "{org} wrote to you about your request {ref} on {day}: their message is above "
            "in this chat. To answer them, write your answer here."
        ).format(org=org, ref=case.ref, day=day)
    if case.status == CaseStatus.ACCEPTED:
        return _(
            "A caseworker at {org} has taken your request {ref}. No new message from them "
            "is waiting for you. They write to you in this chat, and I show it here."
        ).format(org=org, ref=case.ref)
    if case.status == CaseStatus.NEW:
        return _(
            "Your request {ref} is with {org}. No caseworker has taken it yet. When one "
            "does, they write to you in this chat."
        ).format(org=org, ref=case.ref)
    if case.status == CaseStatus.WAITING:
        return _(
            "Your request {ref} is still waiting for an organisation that can receive it: "
            "no caseworker has seen it yet. For help now, look at the contacts in the menu."
        ).format(ref=case.ref)
    status = status_names(tr).get(case.status, case.status)
    return _(
        "Your request {ref}: {status}. To ask a caseworker again, press Talk to a person."
    ).format(ref=case.ref, status=status)
