"""Threats and cheating through the phone or online (exploratory round 30A): a loan app that
calls the contacts and says the person is a thief, someone who will post intimate photos or
a video unless paid, a Facebook or Telegram account hacked and used to ask friends for
money, a photo of a passport sent to an "agent" and now used by someone else or a SIM card
registered in one's name, a boss or agent who tracks the phone, "police" on a video call
who ask money, a mother told by phone that her son was arrested and money is needed now.
They got "I cannot help with that", Fake jobs and trafficking, the debt line (land papers),
Passport taken, Unpaid wages, or the arrest answer as if the arrest were real.

Our sources hold nothing on any of it. So the reply says that plainly, what is safe whatever
the law says (send no more money, photos or documents for now; keep the messages; a hacked
account's friends told; a "police" call checked with the family member before paying), a
person, and Emergency help when someone threatens to come. When danger words come, or the
NLU surely reads an emergency ("threaten to post my naked video"), the numbers come first and
the line after them (`told`, in flows.DANGER_NOTES).

Latin phrases as whole words, Burmese and Khmer ones inside the text (spaces ignored, Burmese
also as read in Zawgyi). Drafts for a native speaker at a partner organisation to review.
Not a job offer online (round 16A), nor someone who asks money to help (fake_helper.py, 28B),
nor a phone taken by the boss (phone_taken.py), nor a debt at home (debt.py).
"""

from __future__ import annotations

import re

from bot.content.localised import topic_title
from bot.dialogue import also_wrote, phone_taken
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.keyboards import footer
from bot.dialogue.lexicon import entries, holds, holds_script, said_alone
from bot.dialogue.outcome import Outcome, after_numbers, with_note
from bot.once import per_message
from bot.values import Reply, UserState

NAME = "online_threats"  # counted as a conversation (tally.py), never words
EMERGENCY = "emergency_help"
ARREST = "arrest_detention"

LOAN, PHOTOS, HACKED, IDENTITY, WATCHED, CALL, FOUND = (
    "loan",
    "photos",
    "hacked",
    "identity",
    "watched",
    "call",
    "found",
)

_MONEY = re.compile(
    r"\b(?:\d[\d,.]*\s?k?|pay|paid|money|baht|bath|ringgit|rm|won|yen|dollars?|usd|kyat|"
    r"riel|transfer|cash|luy|paisan|pike san)\b"
)
# Burmese: money; Khmer: money
_MONEY_SCRIPT = ("ပိုက်ဆံ", "ငွေ", "លុយ", "ប្រាក់")

# A loan app, and the harassment that marks it (not "can i take loan from bank").
_LOAN = re.compile(
    r"\b(?:loan apps?|lending apps?|online loans?|apps? loans?|loan online|money apps?|"
    r"borrow[\w\s]{0,25}? (?:from|by|on|in) (?:an? |the )?apps?)\b"
)
_LOAN_SCRIPT = (
    # Burmese: loan app, app that lends
    "ချေးငွေapp",
    "ငွေချေးapp",
    "ချေးငွေအက်ပ်",
    "appကချေး",
    # Khmer: loan app (program for borrowing money), app for borrowing
    "កម្មវិធីខ្ចីលុយ",
    "កម្មវិធីខ្ចីប្រាក់",
    "កម្មវិធីកម្ចី",
    "appខ្ចីលុយ",
)
_HOUNDED = re.compile(
    r"\b(?:call|calls|calling|called|message|messages|messaging|sms|contacts?|photo|photos|"
    r"face|thief|cheat|cheater|threat|threats|threaten|threatens|post|posts|share|shares|"
    r"shame|family|boss|friends|mother|interest|everyone)\b"
)
# Burmese: phones, thief, photo, threatens, family; Khmer: phones to, thief, photo,
# threatens, family
_HOUNDED_SCRIPT = (
    "ဖုန်းဆက်",
    "သူခိုး",
    "ဓာတ်ပုံ",
    "ခြိမ်းခြောက်",
    "မိသားစု",
    "ទូរស័ព្ទទៅ",
    "ចោរ",
    "រូប",
    "គំរាម",
    "គ្រួសារ",
)

_MEDIA = r"(?:photos?|pics?|pictures?|videos?|clips?|selfies?)"
# Intimate photos or a video, or threatened to be posted or shared, with money or a threat.
_INTIMATE = re.compile(
    rf"\b(?:(?:nude|naked|private|intimate|sexy|sex|body) {_MEDIA}|"
    rf"(?:blackmail|blackmails|blackmailed|blackmailing|sextortion)|"
    # "they still ask more money for the video"; not "i paid money for the photo studio"
    rf"(?:ask|asks|asked|want|wants|wanted|demand|demands)(?: \w+){{0,2}} money for "
    rf"(?:the |my |our )?{_MEDIA}|"
    # romanised Khmer: threaten (គំរាម) or post (បង្ហោះ) ... a photo (រូប)
    r"(?:kom ?ream|bong ?hos)(?: \w+){0,4} (?:rub|roup|rup|video|photo))\b"
)
_SPREAD = re.compile(
    rf"\b(?:post|posts|posting|share|shares|sharing|upload|uploads|spread|publish|leak|show)"
    rf"(?: \w+){{0,3}} {_MEDIA}"
)
_THREAT = re.compile(
    r"\b(?:threat|threats|threaten|threatens|threatened|threatening|unless|if i (?:not|dont|do "
    r"not|no) (?:pay|send|give)|if not pay|or (?:he|she|they) (?:will )?post|more money)\b"
)
# Burmese: photo, video; post (will post), spread, threaten; Khmer: photo, video; post,
# share, threaten; naked photo
_MEDIA_SCRIPT = ("ဓာတ်ပုံ", "ဗီဒီယို", "video", "រូប", "វីដេអូ")
_SPREAD_SCRIPT = ("တင်မယ်", "ဖြန့်မယ်", "ခြိမ်းခြောက်", "បង្ហោះ", "ចែករំលែក", "គំរាម")
_INTIMATE_SCRIPT = ("ဓာတ်ပုံအဝတ်မဲ့", "အဝတ်မပါ", "រូបអាក្រាត", "វីដេអូអាក្រាត")

_HACKED = re.compile(
    r"(?<![a-z])hack(?:ed|s|er|ers|ing)?(?![a-z])|"
    r"\b(?:someone|somebody|they|he|she|stranger) (?:\w+ )?(?:use|using|used|took|take|stole|"
    r"steal) my (?:facebook|fb|telegram|messenger|line|tiktok|viber|whatsapp|account)\b|"
    r"\b(?:facebook|fb|telegram|messenger|account) (?:was |is |got )?(?:stolen|stole)\b"
)
# Burmese: hacked (as said), account stolen; Khmer: hacked (as said), account stolen
_HACKED_SCRIPT = ("ဟက်ခံရ", "ဟတ်ခံရ", "အကောင့်ခိုး", "ហេក", "លួចអាខោន", "លួចគណនី", "គណនីត្រូវគេលួច")

_IDENTITY = re.compile(
    r"\b(?:(?:someone|somebody|they|he|she|agent|broker|stranger|people|other person|"
    r"another person|other people)(?: \w+){0,3} (?:use|uses|using|used|register|registers|"
    r"registered|open|opens|opened) (?:\w+ ){0,3}(?:my name|my id|my identity|my passport|"
    r"my pink card|my card|my documents?|my residence card|my photo|my nrc|my ic|my arc))\b"
)
# A SIM in one's name, by someone else: not "can i register sim card in my name"
_SIM = re.compile(
    r"\b(?:sim|sim card|simcard|phone number)(?: \w+){0,3} (?:in|under|with) my name\b"
)
# Burmese: (a SIM) in my name, my name used; Khmer: uses my name, a SIM in my name
_IDENTITY_SCRIPT = (
    "နာမည်နဲ့sim",
    "နာမည်နဲ့ဆင်းကတ်",
    "နာမည်ကိုသုံး",
    "ប្រើឈ្មោះខ្ញុំ",
    "ស៊ីមក្នុងឈ្មោះខ្ញុំ",
    "ស៊ីមឈ្មោះខ្ញុំ",
)

_WATCHED = re.compile(
    r"\b(?:(?:track|tracks|tracking|tracked|check|checks|checking|see|sees|watch|watches|"
    r"follow|follows|share|shares) (?:\w+ ){0,2}(?:my |our )?(?:location|gps)|"
    r"(?:app|apps|tracker|spy \w+) (?:on|in) (?:my|our) (?:phone|phones|mobile)|"
    r"(?:track|tracks|know|knows|see|sees) where (?:i|we) (?:go|goes|am|stay|live)|"
    r"(?:read|reads|reading) (?:all )?(?:my|our) (?:messages|chats?|messenger|line|facebook)|"
    r"(?:login|log in|logged in|open|opens) (?:to )?my (?:facebook|fb|messenger|line|telegram)"
    r")\b"
)
# Burmese: looks at my location, reads my messages; Khmer: tracks (me), reads my messages
_WATCHED_SCRIPT = ("locationကြည့်", "messageတွေဖတ်", "စာတွေဖတ်", "តាមដានខ្ញុំ", "មើលសាររបស់ខ្ញុំ")

# Someone who found where the person lives: "a stranger find my address, he will come to my
# room" got, after the numbers, the line for a phone read by someone (round 30A's first
# pass). Said of someone else, not "i cannot find my room" or "i got my room from the agent"
# (the lead's read of round 30A).
_FOUND = re.compile(
    r"\b(?:he|she|they|someone|somebody|stranger|man|boyfriend|husband|boss|employer|agent|"
    r"broker|lender|madam|supervisor|people)(?: \w+){0,2} (?:found|find|finds|know|knows|got) "
    r"(?:out )?(?:my|our) (?:address|room|house)\b"
)
# Burmese: found out my address, where I live; Khmer: knows my address, where I live. Not
# "သံရုံး email လိပ်စာ သိချင်တယ်" (I want to know the embassy's address: the lead's read)
_FOUND_SCRIPT = (
    "ငါ့လိပ်စာသိ",
    "ကျွန်တော့်လိပ်စာသိ",
    "ကျွန်မလိပ်စာသိ",
    "လိပ်စာသိသွား",
    "နေတဲ့နေရာသိသွား",
    "ដឹងអាសយដ្ឋានខ្ញុំ",
    "ដឹងកន្លែងខ្ញុំនៅ",
    "រកឃើញអាសយដ្ឋានខ្ញុំ",
)

# Someone else who watches: not "how to share my location with you" (round 21C's).
_WATCHER = re.compile(
    r"\b(?:he|she|they|boss|employer|agent|broker|someone|somebody|madam|husband|boyfriend|"
    r"man|stranger|supervisor|company|lender)\b"
)

_CALL = re.compile(
    r"\b(?:(?:say|says|said|saying|tell|told|claim|claims|claimed)(?: me)?(?: that)? (?:he|she|"
    r"they|it) (?:is |are |was |were )?(?:the |a |from )?(?:police|policeman|immigration|"
    r"officer)|fake police|"
    r"(?:video call|call|called|calls|phone|phoned)(?: \w+){0,4} (?:say|says|said|saying|tell|"
    r"told)(?: \w+){0,3} (?:police|son|daughter|husband|wife|brother|sister|child|father|"
    r"mother)(?: \w+){0,4} (?:arrest|arrested|caught|in jail|in prison|detained|accident))\b"
)
# Burmese: says (he is) police, a video call from "police"; Khmer: says (he is) police,
# phoned (her) ... police arrested
_CALL_SCRIPT = ("ရဲလို့ပြော", "ရဲဆိုပြီး", "ရဲပါဆို", "ថាជាប៉ូលិស", "ថាខ្លួនជាប៉ូលិស")
_CALLED_SCRIPT = ("ဖုန်းဆက်", "videocall", "ទូរស័ព្ទមក", "តេមក")
_ARRESTED_SCRIPT = ("ဖမ်း", "ប៉ូលិសចាប់", "ចាប់ខ្លួន")


@per_message
def kind(words: str) -> str | None:
    """Which threat by phone or online `words` tell of, if any."""
    money = holds(words, _MONEY, _MONEY_SCRIPT)
    if holds(words, _CALL, _CALL_SCRIPT) and money:
        return CALL
    called = holds_script(words, _CALLED_SCRIPT) and holds_script(words, _ARRESTED_SCRIPT)
    if called and money:
        return CALL
    if holds(words, _LOAN, _LOAN_SCRIPT) and holds(words, _HOUNDED, _HOUNDED_SCRIPT):
        return LOAN
    if holds(words, _INTIMATE, _INTIMATE_SCRIPT) or (
        holds(words, _SPREAD, ()) and (money or holds(words, _THREAT, ()))
    ):
        return PHOTOS
    media = holds_script(words, _MEDIA_SCRIPT)
    if media and holds_script(words, _SPREAD_SCRIPT) and money:
        return PHOTOS
    if holds(words, _HACKED, _HACKED_SCRIPT):
        return HACKED
    sim = holds(words, _SIM, ()) and bool(_WATCHER.search(words.lower()))
    if sim or holds(words, _IDENTITY, _IDENTITY_SCRIPT):
        return IDENTITY
    if holds(words, _FOUND, _FOUND_SCRIPT):
        return FOUND
    watched = holds(words, _WATCHED, ()) and bool(_WATCHER.search(words.lower()))
    if watched or holds_script(words, _WATCHED_SCRIPT):
        return WATCHED
    return None


@per_message
def says(words: str) -> bool:
    """Whether `words` tell of a threat or cheating by phone or online (not a phone taken:
    "boss take my phone and read my messages" keeps phone_taken.py's line)."""
    return kind(words) is not None and not phone_taken.says(words)


def instead(event: Text) -> bool:
    """Whether the reply answers `event` before the NLU: no emergency read, even unsurely
    (then the numbers come first and the line after them: "they have my nude photo, i am so
    scared" got the numbers on main, as work_conditions.py keeps them)."""
    nlu = event.nlu
    return says(event.text) and not (nlu is not None and nlu.topic == EMERGENCY)


def _lines(words: str, state: UserState, ctx: Context) -> str:
    _ = ctx.translator(state.language).gettext
    first = {
        LOAN: _(
            "A loan app or a lender calls your contacts or sends your photo? Tell your family "
            "and friends yourself what is happening, so that they do not believe it or pay."
        ),
        PHOTOS: _(
            "Someone threatens to share your photos or a video unless you pay? It is not your "
            "fault."
        ),
        HACKED: _(
            "Your account was hacked? Tell your friends and family, by phone or from another "
            "account, that messages asking for money are not from you. If you can still open "
            "the account, change the password."
        ),
        IDENTITY: _(
            "A photo of your passport or card used by someone else, or a SIM card in your "
            "name? Write down when and to whom you sent it."
        ),
        WATCHED: _(
            "Anyone who holds your phone can read this chat. /clear deletes our messages from "
            "the last 48 hours."
        ),
        FOUND: _(
            "Someone found where you live, or says they will come to you? If you are in "
            "danger now, tap “{emergency}”."
        ),
        CALL: _(
            "Someone on the phone says they are the police, or that one of your family was "
            "arrested, and asks money now? We cannot tell you whether the call is real. Before "
            "you pay, call your family member yourself on the number you know."
        ),
    }[kind(words) or WATCHED]
    rest = _(
        "Our sources have no checked information on threats or cheating by phone or online "
        "(loan apps, photos or videos used against you, hacked accounts, your documents used "
        "by someone else), so we cannot say what the police or the law can do where you are. "
        "For now, do not send more money, photos or documents. Keep the messages, names and "
        "numbers (take screenshots) and do not delete them. A person from a partner "
        "organisation can help you decide what to do: tap “{person}”."
    )
    return first + "\n\n" + rest


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What to do first, what our sources do not say, a person; Emergency help (someone who
    says they will come), the arrest answer a tap away for a "police" call; the NLU's others."""
    _ = ctx.translator(state.language).gettext
    told = kind(event.text)
    text = _lines(event.text, state, ctx)
    if told != FOUND:  # its own line names Emergency help already
        text += " " + _("If someone says they will come to you or hurt you, tap “{emergency}”.")
    topics = (EMERGENCY, ARREST) if told == CALL else (EMERGENCY,)
    return also_wrote.person_first(text, topics, event, state, ctx)


def told(_topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (after the emergency numbers, or an answer the NLU surely read), first the
    line when `words` tell of a threat by phone or online."""
    if not says(words):
        return outcome
    return with_note(_formatted(words, state, ctx), outcome)


def _formatted(words: str, state: UserState, ctx: Context) -> str:
    """The lines for `words`, the buttons they name written in."""
    tr = ctx.translator(state.language)
    emergency = topic_title(ctx.catalog, EMERGENCY, tr.language)
    return _lines(words, state, ctx).format(
        person=tr.gettext("Talk to a person"), emergency=emergency
    )


def noted(topic: str, words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """`outcome`, the answer to `topic` read by the NLU, with the line: after the numbers when
    it is the emergency answer (never above them), first otherwise."""
    if topic != EMERGENCY or not says(words):
        return told(topic, words, outcome, state, ctx)
    also = ctx.translator(state.language).gettext("You also wrote about this. Tap to read more:")
    return after_numbers(_formatted(words, state, ctx), outcome, also)


# Right after the line: "should i pay them?", "pay or not?" (round 30A: Agency fees).
_PAY = entries(
    "should i pay|should i pay them|must i pay|do i pay|pay or not|i pay or not|pay them|"
    "can i pay|if i pay|if i pay will they stop|will they stop|pay|ပေးရမလား|ပေးလိုက်ရမလား|"
    "ပိုက်ဆံပေးရမလား|ត្រូវបង់ទេ|ឲ្យលុយទេ|អោយលុយទេ|បង់ឬអត់"
)
_PAY_WITH = entries("them|him|her|it|now|or not|again|more|ah|la|lah|?|ok|လား|ទេ")


def pay_asked(words: str, ctx: Context) -> bool:
    """Whether `words`, right after the line, only ask whether to pay."""
    return ctx.last_answer == NAME and len(words) <= 60 and said_alone(words, _PAY, _PAY_WITH)


def before_paying(state: UserState, ctx: Context) -> Outcome:
    """ "should i pay them?" right after the line: our sources do not say whether paying stops
    them; a person first (the line and its buttons are just above)."""
    tr = ctx.translator(state.language)
    line = tr.gettext(
        "Our sources do not say whether paying makes them stop. Do not pay or send anything "
        "more before you talk to a person from a partner organisation: tap “{person}”."
    ).format(person=tr.gettext("Talk to a person"))
    return Outcome((Reply(line, (footer(tr),)),), state.with_(misses=0))
