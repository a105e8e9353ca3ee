"""Words typed where the bot offered buttons: a country at the profile questions ("Myanmar",
"ထိုင်း", or its flag 🇲🇲) and at an answer's "Where are you now?" line, yes or no at a
yes/no question (the alerts offer, the referral form's "Is your problem about...?" and "Is it
urgent?"), "ok" said in passing, and "help" typed alone.

People type their answers as often as they tap them. A typed answer stands for the button it
names (flows.py presses it; tally.py counts it as that button). The yes/no words are in
answer_words.py (yes_or_no and says_send are read from here too: flows, relay, tally).
Burmese and Khmer entries are drafts, review pending.
"""

from __future__ import annotations

from bot.content.topics import TOPIC_IDS
from bot.dialogue import told_now
from bot.dialogue.alerts import MOVE_STEP, OFFER_STEP
from bot.dialogue.answer_words import says_send as says_send
from bot.dialogue.answer_words import says_yes
from bot.dialogue.answer_words import yes_or_no as yes_or_no
from bot.dialogue.answers import HERE, HERE_STEP
from bot.dialogue.context import Context
from bot.dialogue.events import Event, Text
from bot.dialogue.lexicon import entries, plain_words
from bot.dialogue.organisations import named
from bot.dialogue.places import location, names_only, nationality, said_place
from bot.dialogue.question_words import reads_as_question
from bot.values import UserState

PROFILE_STEPS = ("origin", "country")
# What the NLU reads as talk to the bot itself, not a problem: answered by flows.py.
CONVERSATION = ("greet", "thanks", "goodbye", "bot_help", "change_language", "talk_to_person")


# "Skip" typed at a profile question, as the Skip button (its labels: ကျော်မယ်, រំលង), or
# a plain refusal to say.
_SKIP = entries(
    "skip|pass|no|none|i dont want to say|dont want to say|i do not want to say|"
    "ကျော်|ကျော်မယ်|kyaw|kyaw mal|រំលង|rom long|romlong"
)
# Greetings typed alone, where the NLU has too few examples to be sure ("sok sabay", the
# everyday Khmer greeting, was read as an emergency): romanised and in the two scripts.
# Each says the language too: "min ga lar bar", spaced, reads as English to the language
# detector, and is Burmese (flows.py follows it; at "Choose a language" it chooses).
_GREETINGS = {
    "my": entries(
        "mingalaba|mingalabar|mingalarpar|mingalarbar|mingala ba|mingalar par|mingalar bar|"
        "mingalar ba|min ga la ba|min ga lar par|min ga lar bar|min ga la bar|min ga lar ba|"
        "min ga la par|min galar par|min galar bar|minglaba|minglarbar|"
        "မင်္ဂလာပါ|မင်္ဂလာပါခင်ဗျာ|မင်္ဂလာပါရှင်|မင်္ဂလာပါဗျ"
    ),
    "km": entries(
        "sok sabay|sok sabai|sok sabay te|sok sabai te|sok sabay dte|khnhom sok sabay|"
        "knhom sok sabay|suosdei|sousdey|soursdey|susdei|susdey|suosdey|sous dey|sour sdey|"
        "suor sdey|suos dei|sua s dei|sur sdey|chumreap suor|chom reap sour|chumreap sour|"
        "chomreap suor|"
        "សួស្តី|សួស្ដី|ជម្រាបសួរ|សុខសប្បាយទេ|ខ្ញុំសុខសប្បាយ"
    ),
}
# "Help" typed alone, as people ask what the bot does: the help page, as for the English
# "help" the NLU reads so. Where the NLU reads nothing ("😭😭 ကူညီ" at 0.59, "kuu nyi" at
# 0.33): never over what it reads, an emergency included ("jouy"),
# and no danger word (those are content/safety's: "ku nyi par", ជួយផង, "help me now").
_HELP = entries(
    "help|"
    # Burmese: ကူညီ (help), အကူအညီ (help, the noun); romanised. Not "please help (me)"
    # (ကူညီပေးပါ, ជួយខ្ញុំ): a plea alone is danger, as "help me please" (content/safety,
    # `alone`).
    "ကူညီ|ကူညီပေး|အကူအညီ|kuu nyi|ku nyi|kuunyi|kunyi|ku nyee|a ku nyi|a kuu nyi|akuunyi|"
    # Khmer: ជួយ (help), ជំនួយ (help, the noun); romanised
    "ជួយ|ជំនួយ|jouy|juoy|chuoy|chouy|jomnuoy|chomnuoy"
)
# At "Is it urgent?" these are answers too.
_URGENT_YES = entries("urgent|yes urgent|very urgent|အရေးပေါ်|បន្ទាន់")
_URGENT_NO = entries("not urgent|no urgent|မအရေးပေါ်ဘူး|មិនបន្ទាន់")


def same_words(text: str, label: str) -> bool:
    """Whether `text` is `label` typed (case, punctuation and emoji aside)."""
    return bool(plain_words(label)) and plain_words(text) == plain_words(label)


def says_skip(text: str) -> bool:
    """ "skip" (or a plain refusal to say), typed where a Skip button was or might be."""
    return plain_words(text) in _SKIP


def greeting(text: str) -> bool:
    """A greeting typed alone, in Burmese or Khmer, in their scripts or in Latin letters."""
    return greeting_language(text) is not None


def greeting_language(text: str) -> str | None:
    """ "my" or "km" for a greeting typed alone in that language ("min ga lar bar", "សួស្តី"),
    else None."""
    words = plain_words(text)
    return next((lang for lang, said in _GREETINGS.items() if words in said), None)


# At "Choose a language": the name of a language (or of its people or country) typed alone
# instead of a press. In its own script, in English and romanised; "zawgyi" for the button
# "မြန်မာ (Zawgyi)".
_LANGUAGE_NAMES = {
    "my": entries(
        "myanmar|burmese|burma|myanma|bamar|myan mar|myanmar sa|myanmar sar|myanmar sar ga|"
        "myanmar language|burmese language|myanmar lo|myanmar lal|myanmar unicode|"
        "မြန်မာ|မြန်မာစာ|မြန်မာဘာသာ|မြန်မာလို|မြန်မာဘာသာစကား|ဗမာ|ဗမာစာ|ဗမာလို|"
        "မြန်မာ unicode"
    ),
    "my:zawgyi": entries("zawgyi|zaw gyi|myanmar zawgyi|ဇော်ဂျီ|မြန်မာ zawgyi"),
    "km": entries(
        "khmer|khmae|khmai|khmer language|cambodia|cambodian|kampuchea|phasa khmer|"
        "pheasa khmer|ខ្មែរ|ភាសាខ្មែរ|កម្ពុជា|ខ្មែរភាសា"
    ),
    "en": entries(
        "english|eng|inglish|english language|in english|အင်္ဂလိပ်|အင်္ဂလိပ်စာ|"
        "အင်္ဂလိပ်လို|အင်္ဂလိပ်ဘာသာ|អង់គ្លេស|ភាសាអង់គ្លេស"
    ),
}


def language_chosen(text: str, zawgyi: bool = False) -> str | None:
    """The "lang:" value of "Choose a language" that `text`, typed alone, names: a language's
    name, or a greeting in Burmese or Khmer. `zawgyi`: typed in Zawgyi, so Burmese is the
    Zawgyi button. None for anything else ("Myanmar embassy" asks something)."""
    words = plain_words(text)
    chosen = next((value for value, said in _LANGUAGE_NAMES.items() if words in said), None)
    chosen = chosen or greeting_language(text)
    if chosen == "my" and zawgyi:
        return "my:zawgyi"
    return chosen


def asks_help(text: str) -> bool:
    """ "Help" typed alone, with emoji or not, in Burmese, Khmer or English, in their scripts
    or in Latin letters: the help page, where the NLU read nothing (flows.py)."""
    return plain_words(text) in _HELP


def plain_answer(text: str, urgency: bool = False) -> bool | None:
    """The referral form's yes/no questions: True for a plain yes, False for a plain no, None
    for anything else ("ok" included: it is not a yes to a question, and "no pay 3 months"
    is not a no). `urgency`: the question was "Is it urgent?", where "urgent" and "not
    urgent" answer too."""
    words = plain_words(text)
    if says_yes(text) or (urgency and words in _URGENT_YES):
        return True
    if yes_or_no(text) == "no" or (urgency and words in _URGENT_NO):
        return False
    return None


# A story, not an answer nor a question: ten words or more, or for Burmese and Khmer,
# written with few spaces, 80 characters or more, that does not read as a question
# (question_words.py). "my boss not pay me 3 months and he shout at me every day" (14) or
# "ko ko ko 3 la lote ka pyi tal, la ma pay bu, ngwe 15000 baht kyan tal..." is what
# happened; "where is the myanmar embassy in bangkok and what is the phone number please"
# (14) asks, and was kept as the description, never answered (exploratory test 8, #5).
STORY_WORDS = 10
STORY_CHARS = 80


def long_enough(text: str) -> bool:
    """Whether `text` is long enough to be a story (in words, or in characters for Burmese
    and Khmer, written with few spaces)."""
    words = text.strip()
    return len(words.split()) >= STORY_WORDS or len(words) >= STORY_CHARS


def tells_story(text: str) -> bool:
    """Whether `text` is what happened, typed where a button was asked for (the referral
    form keeps it as the description, referral_form.py): long enough, and no question."""
    return long_enough(text) and not reads_as_question(text.strip())


def button_for(event: Text, state: UserState) -> str | None:
    """The button data the typed `event` stands for, when it answers the question `state`
    waits for; None when it does not (flows.py reads it as any other message)."""
    if state.step == OFFER_STEP:
        return {"yes": "al:sub", "no": "al:no"}.get(yes_or_no(event.text) or "")
    if (state.step or "").startswith(MOVE_STEP):
        # "Your alerts are still for Thailand. [Change to Malaysia]": a yes moves them.
        if yes_or_no(event.text) == "yes":
            return "al:c:" + (state.step or "")[len(MOVE_STEP) :]
        return None
    if state.step not in PROFILE_STEPS:
        return None
    if says_skip(event.text):
        return f"{state.step}:skip"
    if state.step == "origin":
        place = nationality(event.text)
        if place is None:  # "Thailand" typed at "Where are you from?": where they are now
            return told_now.button(said_place(event.text))
    else:  # a home border town said alone is a place too ("I am in Poipet")
        place = location(event.text) or said_place(event.text)
    if place is None:
        return None
    # "Myanmar embassy phone" at "Where are you from?" asks something: the question is
    # answered (for the place named, menu.answer); a name alone, or beside words the NLU
    # finds no topic in ("Myanmar" read as change_language), answers the profile question,
    # and at "Where are you now?" so does "I am in Thailand" (places.said_place).
    asks = event.nlu is not None and event.nlu.topic in TOPIC_IDS
    alone = names_only(event.text) or (state.step == "country" and said_place(event.text))
    if asks and not alone:
        return None
    return f"{state.step}:{place}"


def place_tapped(event: Event, state: UserState) -> str | None:
    """The button ("here:<country>:<topic>") a text stands for right after an answer's "Where
    are you now? Tap your country" line (menu.where_waits): a place alone, its name or its
    flag, or in a sentence that says only where the person is ("i am in thailand", which got
    "did not understand" in English: exploratory test 8, finding 9), read as the profile's
    "Where are you now?" reads it. A question that names a place ("Malaysia embassy phone")
    is a question: None."""
    if not isinstance(event, Text) or not (state.step or "").startswith(HERE_STEP):
        return None
    place = said_place(event.text)
    if place is None:
        return None
    return f"{HERE}:{place}:{(state.step or '')[len(HERE_STEP) :]}"


def wordless(text: str) -> bool:
    """No letter of any script, no word to read: "😭😭😭", "???", "1546". The NLU's reading of
    such text is noise ("😭😭😭" as an injury at 0.62), so it gets no topic and no guesses
    (the way to a person after two), and is counted as not understood (tally.py)."""
    return not any(character.isalpha() for character in text)


# Signs that say thanks or ok, sent alone: 👍, 🙏 (thank you, in Myanmar and Cambodia alike),
# 👌, ❤️, 🤝, 😊, 🙂, in any skin tone. Round 15B: they got "Sorry, I did not understand".
# Not 😭 or other signs of distress: those stay not understood, with a person after two.
_THANKS_SIGNS = frozenset("👍🙏👌❤🤝😊🙂")
_SIGN_MARKS = frozenset("\ufe0f\u200d") | {chr(code) for code in range(0x1F3FB, 0x1F400)}


def thanks_sign(text: str) -> bool:
    """Whether `text` is only signs of thanks or ok (one or more, spaced or not)."""
    signs = [ch for ch in text if not ch.isspace() and ch not in _SIGN_MARKS]
    return bool(signs) and all(ch in _THANKS_SIGNS for ch in signs)


def asks_something(event: Text, ctx: Context) -> bool:
    """Whether a message typed where buttons were offered (a profile question, a button step
    of the referral form) asks something the bot answers (a topic, hello, help, a person, an
    organisation), rather than answering or fumbling the question: a plain yes, no or ok, a
    greeting alone, no words at all, or a text the NLU could not read."""
    words = event.text
    if wordless(words) or yes_or_no(words) or greeting(words) or event.nlu is None:
        return False
    topic = event.nlu.topic
    asks = topic in TOPIC_IDS or topic in CONVERSATION or asks_help(words)
    return asks or bool(named(words, ctx.catalog))
