"""Hypothesis strategies for the property tests: hostile text, every event, stored states.

Text is built from pieces a migrant's phone really produces (Burmese in both encodings,
Khmer, Latin, digits, emoji, zero-width and bidi marks, odd whitespace) and from all of
Unicode. Long texts are repetitions: hypothesis draws a few kilobytes at most per example.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from hypothesis import settings
from hypothesis import strategies as st

from bot.content.topics import TOPIC_GROUPS, TOPIC_IDS
from bot.dialogue.events import (
    ButtonPress,
    Command,
    Event,
    GroupMessage,
    Location,
    Media,
    Text,
)
from bot.dialogue.form_state import fills_form
from bot.dialogue.referral_form import FIELDS
from bot.dialogue.referral_summary import left_at_summary
from bot.dialogue.typed_answers import CONVERSATION
from bot.i18n import LANGUAGES
from bot.language import to_zawgyi
from bot.nlu import NluResult
from bot.referrals.cases import REF_ALPHABET, REF_LENGTH
from bot.referrals.staff_buttons import STAFF_ACTIONS
from bot.values import COUNTRIES, ORIGINS, CaseView, UserState

CI = settings.get_profile("properties")  # registered in conftest.py
FUZZING = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"  # make fuzz


def examples(count: int) -> int:
    """A test's example budget: as written under `ci`; 40 times (or PROPERTY_EXAMPLES_FACTOR
    times) more under `fuzz`, the long exploration before a release."""
    default = "40" if FUZZING else "1"
    return count * int(os.environ.get("PROPERTY_EXAMPLES_FACTOR", default))


TELEGRAM_TEXT_LIMIT = 4096  # characters in one message
CALLBACK_DATA_LIMIT = 64  # bytes of UTF-8 in a button's callback data

# Real Unicode Burmese: the tests' phrases, catalog strings and topic titles.
BURMESE_PHRASES = (
    "ပတ်စပို့ ပျောက်သွားတယ်",
    "ကျွန်တော် လစာ မရသေးပါ",
    "လစာ မရဘူး",
    "မြန်မာ",
    "ဘယ်လို လုပ်ရမလဲ",
    "အလုပ်ရှင်က လစာ မပေးဘူး",
    "မင်္ဂလာပါ။ ဘာကူညီပေးရမလဲ။",
    "ခေါင်းစဉ်တစ်ခု ရွေးပါ။",
    "ဒီ command ကို နားမလည်ပါ။",
    "ရပါတယ်။ လိုအပ်ရင် ဒီမှာ အမြဲ ရှိပါတယ်။",
    "နှုတ်ဆက်ပါတယ်။ ဘေးကင်းပါစေ။ အချိန်မရွေး စာရေးပို့နိုင်ပါတယ်။",
    "သင့်အနီးက ရုံးကို မသိသေးပါ။",
    "ဖုန်းနံပါတ် မသိပါ",
    "စာကိုပဲ ဖတ်နိုင်ပါတယ်။ မေးခွန်းကို ရေးပို့ပါ၊ ဒါမှမဟုတ် မီနူးကို သုံးပါ။",
    "အေဂျင်စီ/ပွဲစား ပြဿနာ",
    "ဖမ်းဆီး ထိန်းသိမ်းခံရ",
    "အလုပ်ရှင် ပြောင်းခြင်း",
    "အေဂျင်စီ စစ်ဆေးရန်",
    "လစာ မရ၊ နောက်ကျ၊ အနည်းဆုံး လုပ်ခထက် နည်း (သို့) အချိန်ပိုကြေး မရဘူးလား။",
    "ထိုင်းနိုင်ငံမှာ",
    "မလေးရှားနိုင်ငံမှာ",
    "ရွှေ့ပြောင်းလုပ်သားများအတွက် အကူအညီပေးသော bot ဖြစ်ပါတယ်။",
    "လစာ ၃ လ မရဘူး",
    "Call 1546 ဖုန်းဆက်ပါ",
)
# Words with at least one Myanmar letter ("1546" and "၃" alone are not Burmese text).
BURMESE_WORDS = tuple(
    sorted(
        {
            word
            for phrase in BURMESE_PHRASES
            for word in phrase.split()
            if any("\u1000" <= ch <= "\u102a" for ch in word)
        }
    )
)
KHMER_PHRASES = (
    "ខ្ញុំបាត់លិខិតឆ្លងដែន",
    "ខ្ញុំ\u200bបាត់\u200bលុយ",
    "ធ្វើការ ១២ ម៉ោង",
    "passport បាត់ហើយ",
    "សូមទូរស័ព្ទសុំជំនួយឥឡូវនេះ៖",
    "តើអ្នកត្រូវការជំនួយអ្វី? សូមជ្រើសរើសប្រធានបទ ឬសរសេរសំណួររបស់អ្នក។",
    "មិនបានប្រាក់ខែ",
)
LATIN_PHRASES = (
    "my boss no pay salary",
    "HELP PLS",
    "majikan saya tidak bayar gaji",
    "Tôi bị mất hộ chiếu",
    "'; DROP TABLE users; --",
    "<b>bold</b> *md* _it_ `code` [link](http://x)",
    "%s %d {0} {ref} {{}}",
)
# Zero-width, joiners, directional marks, isolates and the BOM.
INVISIBLE = (
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
)
WHITESPACE = (
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000"
)
EMOJI = ("🙏", "😭", "👍🏽", "🇲🇲", "🇰🇭", "❤️", "🆘", "☎", "👨\u200d👩\u200d👧", "🏳️\u200d🌈")
DIGITS = "0123456789" + "၀၁၂၃၄၅၆၇၈၉" + "႐႑႒႓႔႕႖႗႘႙" + "០១២៣៤៥៦៧៨៩" + "๐๑๒"

burmese_runs = st.text(st.characters(min_codepoint=0x1000, max_codepoint=0x109F), max_size=60)
khmer_runs = st.text(st.characters(min_codepoint=0x1780, max_codepoint=0x17FF), max_size=60)
unicode_burmese_sentences = st.lists(st.sampled_from(BURMESE_WORDS), min_size=1, max_size=12).map(
    " ".join
)
zawgyi_fragments = st.one_of(
    st.sampled_from(BURMESE_PHRASES).map(to_zawgyi),
    unicode_burmese_sentences.map(to_zawgyi),
    # A cut through a Zawgyi phrase: a message split by the phone or pasted half.
    st.tuples(st.sampled_from(BURMESE_PHRASES).map(to_zawgyi), st.integers(0, 40)).map(
        lambda pair: pair[0][pair[1] :]
    ),
)

text_pieces = st.one_of(
    st.text(max_size=20),
    burmese_runs,
    khmer_runs,
    zawgyi_fragments,
    unicode_burmese_sentences,
    st.sampled_from(KHMER_PHRASES + LATIN_PHRASES),
    st.text(st.sampled_from(INVISIBLE), min_size=1, max_size=5),
    st.text(st.sampled_from(WHITESPACE), min_size=1, max_size=5),
    st.sampled_from(EMOJI),
    st.text(st.sampled_from(DIGITS), min_size=1, max_size=8),
)
mixed_texts = st.lists(text_pieces, max_size=12).map("".join)


def repeated(pieces: st.SearchStrategy[str], limit: int) -> st.SearchStrategy[str]:
    """Long text as a short piece repeated, cut at `limit` characters."""
    return st.tuples(pieces, st.integers(1, limit)).map(lambda pair: _repeat(*pair, limit))


def _repeat(piece: str, length: int, limit: int) -> str:
    piece = piece or " "
    return (piece * (limit // len(piece) + 1))[:length]


def hostile_texts(limit: int = TELEGRAM_TEXT_LIMIT) -> st.SearchStrategy[str]:
    """Anything a user can send as one message of at most `limit` characters."""
    return st.one_of(
        st.text(max_size=min(limit, 200)),  # all of Unicode, incl. surrogates and controls
        mixed_texts.map(lambda text: text[:limit]),
        st.text(st.sampled_from(WHITESPACE + INVISIBLE), max_size=min(limit, 50)),
        repeated(mixed_texts, limit),
    )


# --- events ----------------------------------------------------------------------------------

refs = st.text(REF_ALPHABET, min_size=REF_LENGTH, max_size=REF_LENGTH)
topic_names = st.one_of(
    st.sampled_from((*TOPIC_IDS, *CONVERSATION, "out_of_scope", "nlu_fallback")),
    st.text(max_size=30),
)
nlu_results = st.one_of(
    st.none(),  # the NLU is down or too slow
    st.builds(
        NluResult,
        topic=st.none() | topic_names,
        confidence=st.floats(),
        ranking=st.lists(st.tuples(topic_names, st.floats()), max_size=6).map(tuple),
    ),
)
detected_languages = (
    st.none() | st.sampled_from(("my", "km", "en", "th", "vi", "zh")) | st.text(max_size=5)
)
text_events = st.builds(
    Text,
    text=hostile_texts(),
    language=detected_languages,
    encoding=st.none() | st.sampled_from(("unicode", "zawgyi")) | st.text(max_size=8),
    nlu=nlu_results,
)

COMMANDS = ("start", "language", "profile", "menu", "help", "mycases", "cancel")
# What the Telegram adapter makes of "/<anything>": the name is lower-cased, "@bot" dropped.
command_events = st.builds(
    Command,
    name=st.sampled_from(COMMANDS) | st.text(max_size=40).map(str.lower),
    args=st.just("") | hostile_texts(300),
)


def clip_utf8(data: str, limit: int = CALLBACK_DATA_LIMIT) -> str:
    """Telegram delivers at most 64 bytes of callback data."""
    return data.encode("utf-8", "surrogatepass")[:limit].decode("utf-8", "ignore")


REF_ACTIONS = (
    "cancel",
    "send",
    "change",
    "topic:other",
    "skip:description",
    "skip:place",
    "contact:bot",
    "contact:phone",
    "contact:telegram",
    "urgent:yes",
    "urgent:no",
    "resume",  # "Continue the form" (form_question.py)
    "ask",  # "Ask this instead"
    *(f"topic:{tid}" for tid in TOPIC_IDS),
    *(f"place:{code}" for code in COUNTRIES),
    *(f"edit:{field}" for field in FIELDS),
)
# Every action string a keyboard of this version shows.
REAL_DATA = (
    "menu",
    "help",
    "person",
    *(f"lang:{lang}" for lang in LANGUAGES),
    "lang:my:zawgyi",
    *(f"origin:{value}" for value in (*ORIGINS, "skip")),
    *(f"country:{value}" for value in (*COUNTRIES, "skip")),
    *(f"group:{group}" for group in TOPIC_GROUPS),
    *(f"topic:{tid}" for tid in TOPIC_IDS),
    *(f"person:{tid}" for tid in TOPIC_IDS),
    *(f"ref:{action}" for action in REF_ACTIONS),
)
ACTIONS = ("lang", "origin", "country", "group", "topic", "menu", "help", "person", "ref")
junk = st.text(max_size=70)
button_data = st.one_of(
    st.sampled_from(REAL_DATA),
    st.builds("{}:{}".format, st.sampled_from(ACTIONS), junk),  # a real action, a forged value
    st.builds(
        "ref:{}:{}".format, st.sampled_from(REF_ACTIONS).map(lambda a: a.split(":")[0]), junk
    ),
    st.builds("wd:{}".format, refs),
    st.builds("wd:{}:{}".format, refs, st.just("yes") | junk),
    st.builds("ans:{}".format, refs | junk),
    # A caseworker's signed button, pressed (or forged) by a migrant.
    st.builds("cs:{}:{}:{}".format, st.sampled_from(STAFF_ACTIONS), st.integers(), junk),
    junk,
).map(clip_utf8)
button_events = st.builds(ButtonPress, button_data)

coordinates = st.one_of(
    st.floats(-90, 90),
    st.sampled_from((90.0, -90.0, 180.0, -180.0, 0.0, -0.0, 5e-324, 1e308, -1e308)),
    st.floats(allow_nan=False, allow_infinity=False),
)
location_events = st.builds(Location, coordinates, coordinates)
MEDIA_KINDS = (
    "sticker",
    "photo",
    "document",
    "voice",
    "audio",
    "video",
    "video_note",
    "animation",
    "contact",
    "poll",
    "dice",
    "venue",
    "other",
)
# A caption is answered as typed text (bot/dialogue/media.py): any text, read or not; a
# contact's number, any digits or none.
media_events = st.builds(
    Media,
    st.sampled_from(MEDIA_KINDS) | st.text(max_size=20),
    st.just("") | st.text(max_size=80),
    st.none() | text_events,
    st.just("") | st.text(alphabet="+0123456789 ", max_size=16),
)

any_events: st.SearchStrategy[Event] = st.one_of(
    text_events,
    command_events,
    button_events,
    location_events,
    media_events,
    st.just(GroupMessage()),
)


@dataclass(frozen=True)
class Shown:
    """A press on the index-th button shown so far (old keyboards too), or on one of the
    user's own cases: the paths that send, withdraw and answer. A plain value, unlike
    st.data(), so a failing run can be kept as an explicit @example."""

    index: int

    def press(self, shown: list[str], cases: tuple[CaseView, ...]) -> ButtonPress:
        own = [f"{action}:{case.ref}" for case in cases for action in ("wd", "ans")]
        own += [f"wd:{case.ref}:yes" for case in cases]
        choices = [*shown, *own, "ref:send"]
        return ButtonPress(choices[self.index % len(choices)])


# Any event, or two times in three a press on a button shown earlier. flatmap, not one_of:
# hypothesis flattens nested one_of into equally likely branches.
script_steps: st.SearchStrategy[Event | Shown] = st.integers(0, 2).flatmap(
    lambda pick: st.builds(Shown, st.integers(0, 255)) if pick else any_events
)


def events_after(shown: list[str], cases: tuple[CaseView, ...] = ()) -> st.SearchStrategy[Event]:
    """One step of a script, drawn as an event (for tests that draw as they go)."""
    return script_steps.map(
        lambda step: step.press(shown, cases) if isinstance(step, Shown) else step
    )


# --- states ----------------------------------------------------------------------------------

STEPS = (
    "origin",
    "country",
    "ref:topic",
    "ref:description",
    "ref:place",
    "ref:contact",
    "ref:contact_value",
    "ref:urgency",
    "ref:confirm",
    "ref:asked",  # "[Continue the form] [Ask this instead]" waits
)
# A form as the engine builds it: the user's words are cut to the lengths referral.py allows.
forms = st.fixed_dictionaries(
    {},
    optional={
        "topic": st.sampled_from((*TOPIC_IDS, "")),
        "description": hostile_texts(2000),
        "place": hostile_texts(200),
        "place_country": st.sampled_from(("TH", "MY", "MM")),  # the country the place names
        "contact_method": st.sampled_from(("bot", "phone", "telegram")),
        "contact": hostile_texts(100),
        "urgent": st.sampled_from(("1", "")),
        "editing": st.just("1"),
        "profile": st.sampled_from(("", "MM>TH", ">TH", "KH>")),  # what a summary showed
        "route": st.sampled_from(("", "ALPHA,GAMMA", "BETA,GAMMA", "GAMMA")),  # ... and named
        "asked_words": hostile_texts(2000),
        "asked_nlu": st.just('{"language": "en"}'),
        "asked_at": st.sampled_from(("ref:topic", "ref:contact", "ref:urgency", "ref:confirm")),
    },
)


@st.composite
def user_states_at(draw: st.DrawFn, steps: tuple[str | None, ...]) -> UserState:
    """States the engine can reach: codes from their sets, a form while a form step waits."""
    step = draw(st.sampled_from(steps))
    if step == "ans":
        step = f"ans:{draw(refs)}"
    in_form = step is not None and step.startswith("ref:")
    return UserState(
        language=draw(st.sampled_from((None, *LANGUAGES))),
        encoding=draw(st.sampled_from((None, "zawgyi"))),
        origin=draw(st.sampled_from((None, *ORIGINS))),
        country=draw(st.sampled_from((None, *COUNTRIES))),
        profile_asked=draw(st.booleans()),
        step=step,
        pending_topic=draw(st.sampled_from((None, *TOPIC_IDS))),
        misses=draw(st.integers(0, 10)),
        form=draw(forms if in_form else st.none() | forms),
    )


user_states = user_states_at((None, *STEPS, "ans"))  # "ans": answering a caseworker
# Any state, or (as often) one about to send: the path that opens cases is otherwise rare.
start_states = st.sampled_from((False, True)).flatmap(
    lambda sending: user_states_at(("ref:urgency", "ref:confirm")) if sending else user_states
)
# Whatever a database row may hold: an older version's step names, a code since retired.
odd = st.none() | st.text(max_size=40)
stored_states = st.builds(
    UserState,
    language=odd,
    encoding=odd,
    origin=odd,
    country=odd,
    profile_asked=st.booleans(),
    step=odd | st.sampled_from(STEPS),
    pending_topic=odd,
    misses=st.integers(-5, 10**6),
    form=st.none() | st.dictionaries(st.text(max_size=20), st.text(max_size=60), max_size=8),
)

case_views = st.lists(
    st.builds(
        CaseView,
        ref=refs,
        topic=st.none() | st.sampled_from(TOPIC_IDS),
        partner_id=st.none() | st.sampled_from(("ALPHA", "BETA", "GAMMA")),
        status=st.sampled_from(("waiting", "new", "accepted", "closed", "withdrawn", "declined")),
        created_on=st.dates().map(lambda day: day.isoformat()),
    ),
    max_size=4,
    unique_by=lambda case: case.ref,
).map(tuple)


def at_summary(state: UserState) -> bool:
    """Whether a Send of the draft's summary is the person's consent: at the summary, or
    after leaving the form (/menu; then a question outside the form may wait, "Choose a
    language") with the draft exactly as that summary showed it (README, "Talk to a
    person")."""
    if state.step == "ref:confirm":
        return True
    return not fills_form(state) and left_at_summary(state.with_(step=None))
