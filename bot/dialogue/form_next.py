"""What happens after Send, asked at the form's summary (round 40B's still open, round 42A):
"what happens next?", "then what", "ပို့ပြီးရင် ဘာဖြစ်မလဲ", "ផ្ញើហើយយ៉ាងម៉េច" typed under the
summary got "You are filling in the form to talk to a person. Nothing is sent yet." with
[Continue the form] [Ask this instead]: the question was not answered, and Send was gone
from under the reply. Now: who gets it, that a case number comes and a caseworker answers in
this chat (or that the case waits while the organisation is not connected), that nothing is
sent before Send; the summary's own buttons (Send, Change, Cancel) under it, not the long
summary again.

Whole messages only (lexicon.said_alone), at the summary only: "what happens if my boss
finds out" or a story is read as before. Drafts for a native speaker at a partner
organisation to review and extend.
"""

from __future__ import annotations

from bot.content.localised import pick
from bot.dialogue import then_what
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import entries
from bot.dialogue.outcome import Outcome
from bot.dialogue.referral_summary import route_of, summary
from bot.values import Reply, UserState

_ASKS = entries(
    # English, and the broken English people type
    "what happens next|what happen next|what will happen|what happens|what happen|"
    "what happens now|what happen now|what happens after|what happen after|"
    "what happens after i send|what happen after i send|what happen after send|"
    "after i send|after send|after i send what|after send what|then what happen|"
    "then what happens|what happens then|and after|after this|after this what|"
    "who will answer|who answer me|who will contact me|when they answer|"
    # Burmese: နောက် ဘာဖြစ်မလဲ (what happens next), ပို့ပြီးရင် ဘာဖြစ်မလဲ (what happens
    # after I send), ပြီးရင် ဘာဖြစ်မလဲ (then what happens), ဘယ်သူ ဖြေမလဲ (who will answer);
    # romanised
    "နောက်ဘာဖြစ်မလဲ|ဘာဖြစ်မလဲ|ပြီးရင်ဘာဖြစ်မလဲ|ပို့ပြီးရင်ဘာဖြစ်မလဲ|ပို့ပြီးရင်|"
    "ဆက်ပြီးဘာဖြစ်မလဲ|ဘယ်သူဖြေမလဲ|"
    "bar phyit ma lae|bar phyit ma lal|ba phyit ma le|pyi yin bar phyit ma lae|"
    "po pyi yin|poh pyi yin|po pyi yin bar phyit ma lae|"
    # Khmer: បន្ទាប់មកយ៉ាងម៉េច (then how), ផ្ញើហើយយ៉ាងម៉េច (sent, then how), មានអ្វីកើតឡើង
    # (what happens), អ្នកណាឆ្លើយ (who answers); romanised
    "បន្ទាប់មកយ៉ាងម៉េច|ផ្ញើហើយយ៉ាងម៉េច|ផ្ញើហើយ|មានអ្វីកើតឡើង|បន្ទាប់មានអ្វីកើតឡើង|"
    "អ្នកណាឆ្លើយ|"
    "bantoab mok yang mech|phnheu hey yang mech|phnheu hey|mean avey kert laeng"
)


_ALL = _ASKS | then_what.ASKS


def asked(text: str, state: UserState) -> bool:
    """Whether `text`, typed at the summary, only asks what comes after Send."""
    if state.step != "ref:confirm":
        return False
    # "ပြီးရင် ဘာဖြစ်မလဲ": then_what's ပြီးရင်, then ours; Burmese also as read in Zawgyi
    return then_what.only_asks(text, _ALL)


def answer(event: Text, state: UserState, ctx: Context) -> Outcome | None:
    """What Send does, with the summary's buttons under it; None for anything else."""
    if not asked(event.text, state):
        return None
    route = route_of(state, ctx)
    partners = ctx.catalog.partners
    shown = summary(state, ctx)
    if not route or partners is None or not shown.replies:
        return None
    tr = ctx.translator(state.language)
    _ = tr.gettext
    org = pick(partners.by_id()[route[0]].name, tr.language)
    text = _(
        "When you press Send, what the summary shows goes to {org}, and you get a case "
        "number. A caseworker answers you here, in this chat. Nothing is sent before you "
        "press Send."
    ).format(org=org)
    if route[0] not in ctx.connected:  # as the summary says it (with others named: any one)
        waits = (
            _(
                "{org} is not connected to this bot yet: your case waits until one of these "
                "organisations is. For help now, look at the contacts in the menu."
            )
            if len(route) > 1
            else _(
                "{org} is not connected to this bot yet: your case will wait until they are. "
                "For help now, look at the contacts in the menu."
            )
        )
        text += "\n" + waits.format(org=org)
    return Outcome((Reply(text, shown.replies[-1].buttons),), shown.state)
