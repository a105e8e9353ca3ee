"""When the help fell short (exploratory round 35B): a person who already asked for help and
was let down, and says so. "I sent my problem 3 days ago nobody answer", "the organisation
not help me", "the staff shouted at me", "the caseworker told my boss", "I don't want FED,
give me another organisation", "your bot told me the wrong number", in Burmese and Khmer too.
They got "Sorry, I did not understand", the form at once (whose request may go to the same
organisation), or "I cannot help with that": no word that it was not their fault, nor what
they can do next.

Now, before the NLU's reading (danger words are read first and still win): an apology that
does not deny the failure nor blame the person, and one concrete next step. Nobody answered:
their newest request's state (case_news.py) or that the bot sees none, and that the bot
cannot promise when a caseworker answers or calls. Staff who were rude or told the boss, or
another organisation wanted: that the bot passes this message to no one, that the summary
before Send names the organisation that will read a request and nothing goes before Send.
The bot was wrong: that it can be, and that a caseworker can check. The menu (Talk to a
person) under each. Nothing is stored and no words are counted.

Money asked by an organisation's staff stays fake_helper's (28B). Latin phrases as whole
words, Burmese and Khmer inside the text (spaces ignored, Zawgyi read too). Drafts for a
native speaker at a partner to review.
"""

from __future__ import annotations

import re

from bot.dialogue import case_news
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.keyboards import menu_keyboard
from bot.dialogue.lexicon import holds, holds_script
from bot.dialogue.outcome import Outcome
from bot.i18n import Tr
from bot.values import Reply, UserState

NAME = "fell_short"  # counted as a conversation under this name (tally.py), never the words

_ORGS = r"(?:fed|far|cwcc|hrdf|mwrn|lpn|lscw|issara|ngo|yaung chi oo|mmn)"
_HELPER = r"(?:organi[sz]ation|" + _ORGS + r"|caseworker|case worker|social worker|lawyer|helper)"

# Nobody answered a request, or a call promised never came
_UNANSWERED = re.compile(
    r"\b(?:nobody|no one|no body|noone|they (?:did not|didnt|never|not|dont|do not)|"
    r"still no|never|not|no)\s(?:answer|answers|answered|reply|replied|respond|responded|"
    r"call me|called|call back|contact me|contacted me)\b|"
    r"\b(?:said|say|says|promise|promised|told me) (?:they |she |he )?(?:will|would) call"
    r"(?: me)?(?: back)? but (?:never|not|no)\b"
)
_SENT = re.compile(
    r"\b(?:(?:sent|send) (?:my |the |a )?(?:problem|case|request|message|form|story)|my problem|"
    r"my case|my request|" + _HELPER + r")\b|\bapwe\b"
)
_NOT_HELPED = re.compile(r"\b" + _HELPER + r"\s(?:not|never|did not|didnt|dont|do not) help")
_UNANSWERED_SCRIPT = ("ပြန်မဖြေ", "မဖြေဘူး", "ဖုန်းမဆက်", "មិនឆ្លើយ", "មិនតេមក", "ot chlery")
# An organisation, a lawyer, a request or a case (Burmese; Khmer): a message sent, or money
# sent home, to a mother who does not answer is not a request unanswered (the lead's read of
# round 35B: "ငွေပို့ပြီး အမေ ဖုန်းပြန်မဖြေဘူး" got the apology)
_ORG_SCRIPT = (
    "အဖွဲ့အစည်း",
    "ရှေ့နေ",
    "တောင်းဆိုချက်",
    "apwe",
    "អង្គការ",
    "មេធាវី",
    "សំណើ",
    "angkar",
)
_SENT_SCRIPT = _ORG_SCRIPT

# Staff of an organisation who were rude, or told the boss
_HURT = re.compile(
    r"\b(?:shout|shouts|shouted|yell|yelled|rude|laugh|laughed|laughs|insult|insulted|scold|"
    r"scolded|angry at me|blame|blamed|(?:told|tell|tells|call|called) (?:my )?(?:boss|employer)|"
    r"(?:gave|give|gives) my (?:number|name|phone|address) to)\b"
)
# Money asked for the help, with another organisation wanted ("FED staff ask me money to help,
# i want other organisation" got only how to leave FED out: no sorry; the lead's read of 43B).
# Alone, money asked by someone from "the organisation" is fake_helper.py's (28B).
_MONEY_ASKED = re.compile(
    r"\b(?:ask|asks|asked|want|wants|wanted) (?:me |us )?(?:for )?"
    r"(?:money|fee|fees|\d[\d,]* ?baht)|"
    r"\b(?:charge|charged|charges)\b"
)
_STAFF = re.compile(r"\b(?:" + _HELPER + r"|staff)\b")
# "staff" alone is read only without another place's words: not "hospital staff shouted"
_ELSEWHERE = re.compile(
    r"\b(?:hospital|clinic|factory|shop|restaurant|company|police|immigration|embassy|boss|"
    r"supervisor|hotel|farm|school)\b"
)
# Staff (Burmese ဝန်ထမ်း, Khmer បុគ្គលិក: any employee) only without another place's words:
# not "ဆိုင်က ဝန်ထမ်း ရိုင်းတယ်" (the shop's staff were rude; the lead's read of round 35B)
_STAFF_ONLY_SCRIPT = ("ဝန်ထမ်း", "បុគ្គលិក")
_ELSEWHERE_SCRIPT = (
    "ဆိုင်",
    "စက်ရုံ",
    "ဆေးရုံ",
    "ဆေးခန်း",
    "ကုမ္ပဏီ",
    "သူဌေး",
    "ရဲ",
    "ဟိုတယ်",
    "ခြံ",
    "ကျောင်း",
    "ហាង",
    "រោងចក្រ",
    "មន្ទីរពេទ្យ",
    "គ្លីនិក",
    "ក្រុមហ៊ុន",
    "ថៅកែ",
    "ប៉ូលិស",
    "សណ្ឋាគារ",
    "ភោជនីយដ្ឋាន",
    "ចំការ",
    "សាលា",
)
_HURT_SCRIPT = ("အော်", "ဆဲ", "ရိုင်း", "လှောင်", "သူဌေးကိုပြော", "ស្រែក", "ជេរ", "ឈ្លើយ", "ប្រាប់ថៅកែ")

# Round 49A: "the group's staff told the boss" in Burmese with no partner named: the group
# (အဖွဲ့, without အစည်း) and "told the boss" (also "told back", ပြန်ပြော, and the spelling
# သူဋ္ဌေး); the boss is then the one told, not another place. Not a team leader (အဖွဲ့ခေါင်း)
# nor the group beside a workplace word (factory, shop, ...). Drafts for a speaker.
_GROUP_SCRIPT = ("အဖွဲ့",)
_NOT_GROUP_SCRIPT = ("အဖွဲ့ခေါင်း", "အဖွဲ့ဝင်")
_TOLD_BOSS_SCRIPT = (
    "သူဌေးကိုပြော",
    "သူဌေးကိုပြန်ပြော",
    "သူဌေးဆီပြော",
    "သူဋ္ဌေးကိုပြော",
    "သူဋ္ဌေးကိုပြန်ပြော",
)
_TOLD_BOSS_LATIN = re.compile(
    r"\b(?:a ?phwe|apwe|a pwe)\b.*\bthu ?(?:htay|htey|hte|tay)\b (?:ko|go) "
    r"(?:pyan )?(?:pyaw|pyo|pyor)\b"
)
# Another group wanted (Burmese, without အစည်း): not beside a workplace word ("another team in
# the factory")
_ANOTHER_GROUP_SCRIPT = ("တခြားအဖွဲ့", "အခြားအဖွဲ့", "အဖွဲ့ပြောင်း")
_ANOTHER_GROUP_LATIN = re.compile(r"\b(?:ta ?char|a ?char) (?:a ?phwe|apwe)\b|\ba ?phwe pyaung\b")

# Another organisation wanted
_ANOTHER = re.compile(
    r"\b(?:(?:another|other|different|new) (?:organi[sz]ation|ngo|caseworker|case worker)|"
    r"change (?:the |my )?(?:organi[sz]ation|ngo|caseworker|case worker)|"
    r"(?:dont|do not|not) want (?:the |this |that )?(?:" + _ORGS + r"|organi[sz]ation|caseworker)|"
    r"plas angkar|angkar (?:thmey|pseng|phseng))\b"
)
_ANOTHER_SCRIPT = (
    "အခြားအဖွဲ့အစည်း",
    "တခြားအဖွဲ့အစည်း",
    "အဖွဲ့အစည်းပြောင်း",
    "អង្គការផ្សេង",
    "ប្តូរអង្គការ",
    "ប្ដូរអង្គការ",
)

# The bot itself was wrong
_BOT_WRONG = re.compile(
    r"\b(?:you|bot|this bot|your bot) (?:told|tell|gave|give|say|said|show|showed)(?: me)? "
    r"(?:the |a )?wrong\b|\bwrong (?:number|address|office|answer|information|info) "
    r"(?:from|in) (?:you|the bot|this bot|your bot)\b"
)

# Someone else who does not answer: a husband, an agent, the boss (the lead's read of round
# 35B: "i send message to my husband in malaysia, he not answer 3 days", a family's worry,
# and "I sent message to agent, he never reply, he took my money" got the apology)
_PEOPLE = re.compile(
    r"\b(?:husband|wife|boyfriend|girlfriend|agent|broker|boss|employer|mother|mom|mum|"
    r"father|dad|son|daughter|friend|brother|sister|family|parents|supervisor|landlord)\b"
)

UNANSWERED, HURT, ANOTHER, WRONG = "unanswered", "hurt", "another", "wrong"


def kind(words: str) -> str | None:
    """Which way the help fell short in `words`, or None."""
    low = words.lower().replace("'", "").replace("\u2019", "")
    if _BOT_WRONG.search(low):
        return WRONG
    staff = bool(_STAFF.search(low)) and not (
        re.search(r"\bstaff\b", low) and not re.search(_HELPER, low) and _ELSEWHERE.search(low)
    )
    # Harm first, then another organisation wanted: "FED staff ask me money to help, i want
    # other organisation" got only how to leave FED out, no sorry (the lead's read of 43B)
    if (staff and _HURT.search(low)) or (
        _staff_in_script(words) and holds_script(words, _HURT_SCRIPT)
    ):
        return HURT
    if _burmese_told_boss(words, low):
        return HURT
    if holds(words, _ANOTHER, _ANOTHER_SCRIPT) or _burmese_another_group(words, low):
        return ANOTHER
    if _PEOPLE.search(low) and not re.search(_HELPER, low):
        return None  # "i send message to my husband, he not answer": not a request (35B, lead)
    if (
        (_UNANSWERED.search(low) and _SENT.search(low))
        or _NOT_HELPED.search(low)
        or re.search(
            r"\b(?:said|say|says|promise|promised) (?:they |she |he )?(?:will|would) "
            r"call(?: me)?(?: back)? but (?:never|not|no)\b",
            low,
        )
        or bool(re.search(r"\bapwe\b.*\bma (?:phyay|phye|pyay|pyan)", low))
        or (holds_script(words, _UNANSWERED_SCRIPT) and holds_script(words, _SENT_SCRIPT))
    ):
        return UNANSWERED
    return None


def _group_only(words: str) -> bool:
    """Whether `words` name a group (Burmese), not a team leader, and no workplace."""
    others = tuple(w for w in _ELSEWHERE_SCRIPT if w not in ("သူဌေး",))
    return (
        holds_script(words, _GROUP_SCRIPT)
        and not holds_script(words, _NOT_GROUP_SCRIPT)
        and not holds_script(words, others)
    )


def _burmese_told_boss(words: str, low: str) -> bool:
    """The group's staff told the boss, in Burmese (Unicode, Zawgyi) or romanised."""
    if _TOLD_BOSS_LATIN.search(low):
        return not re.search(r"\bsat yone\b|\bseq yone\b|\bsai\b", low)
    return _group_only(words) and holds_script(words, _TOLD_BOSS_SCRIPT)


def _burmese_another_group(words: str, low: str) -> bool:
    """Another group wanted, in Burmese without အစည်း (Unicode, Zawgyi) or romanised."""
    if _ANOTHER_GROUP_LATIN.search(low):
        return True
    return holds_script(words, _ANOTHER_GROUP_SCRIPT) and not holds_script(words, _ELSEWHERE_SCRIPT)


def _staff_in_script(words: str) -> bool:
    """Whether `words` name an organisation's people in Burmese or Khmer letters."""
    return holds_script(words, _ORG_SCRIPT) or (
        holds_script(words, _STAFF_ONLY_SCRIPT) and not holds_script(words, _ELSEWHERE_SCRIPT)
    )


def instead(event: Text) -> bool:
    """Whether the reply answers `event` before the NLU's reading."""
    return kind(event.text) is not None


def leave_out_line(tr: Tr) -> str:
    """How to leave an organisation out of a new request (round 42B: a request whose words
    name the organisation, or complain about the caseworker of the person's own case, does not
    go to it, not_this_org.py). Where the words name one, outside_complaint.with_line puts its
    own line in this one's place."""
    return tr.gettext(
        "In a new request, write which organisation you do not want, or that it is about your "
        "caseworker: I will not send it to them, and they are not told."
    )


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """An apology that blames no one but the help, and one next step, with the menu."""
    tr = ctx.translator(state.language)
    _ = tr.gettext
    found = kind(event.text)
    before_send = _(
        "Before you send a request to a person, I show you which organisation will read it. "
        "Nothing is sent before you press Send. If you do not want that organisation, do not "
        "press Send."
    )
    # Round 42B: a request whose words name the organisation (or complain about the
    # caseworker of the person's own case) does not go to it (not_this_org.py)
    not_them = leave_out_line(tr)
    if found == UNANSWERED:
        news = case_news.reply(state, ctx)
        lines = [
            _("I am sorry nobody has answered you yet. It is not your fault."),
            news.replies[0].text,
            _(
                "I cannot promise when a caseworker will answer or call. If you are in danger "
                "now, call the police or an emergency number where you are."
            ),
        ]
    elif found == HURT:
        lines = [
            _("I am sorry this happened. It is not your fault."),
            _("I do not pass this message to that organisation or to anyone."),
            not_them,
            before_send,
        ]
    elif found == ANOTHER:
        sorry = [
            _("I am sorry this happened. It is not your fault."),
            _("I do not pass this message to that organisation or to anyone."),
        ]
        asked = _MONEY_ASKED.search(event.text.lower()) is not None
        lines = [*(sorry if asked else []), not_them, before_send]
    else:
        lines = [
            _("I am sorry. I can be wrong, and it is not your fault."),
            _(
                "The numbers I show come from lists checked on the date shown under them. "
                "If a number did not work, tell a caseworker: press Talk to a person."
            ),
        ]
    text = "\n\n".join(lines)
    return Outcome((Reply(text, menu_keyboard(tr)),), state.with_(misses=0))
