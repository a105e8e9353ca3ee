"""The person doubts the answer just shown (exploratory round 20B): "is it true?", "really?",
"who said that?", "where is this from?", ពិតមែនទេ, တကယ်လား; or says a number in it does not
work ("this number not work", ဒီနံပါတ် မရဘူး). These got "Sorry, I did not understand", "I
cannot help with that", or "a person can tell you what to do next": the bot never said where
its facts come from, nor that a number may have changed.

Within a few minutes of an answer (follow_up.topic_of(ctx.last_answer)), said alone: for a
doubt, the sources that answer rests on, with their dates, when it was checked, that rules
change and that a person can check it; for a number that does not work, that the numbers come
from public sources checked on that day, that ⚠ marks those not confirmed and that some work
only inside their country, and a person. Nothing is invented: the titles and dates are the
content's own. Drafts for a native speaker at a partner organisation to review and extend.
"""

from __future__ import annotations

import re

from bot.content.localised import topic_title
from bot.content.models import Topic, Variant
from bot.dialogue import pending
from bot.dialogue.answers import AT, checked_line
from bot.dialogue.context import Context
from bot.dialogue.follow_up import PERSON_NEXT, topic_of
from bot.dialogue.keyboards import footer
from bot.dialogue.lexicon import entries, holds, plain_words, said_alone
from bot.dialogue.outcome import Outcome
from bot.values import Button, Reply, UserState

NAME = "doubt"  # counted under this name (tally.py), never the words
SOURCES_SHOWN = 4  # a small screen: the first few, the rest are a person's to tell

# Is it true? Where is this from? (round 20B). Burmese: ဟုတ်လား (true?), တကယ်လား
# (really?), မှန်လား (right?), သေချာလား (sure?), ဘယ်သူပြောတာလဲ (who said it?),
# ဘယ်ကသိတာလဲ (where do you know it from?); Khmer: ពិតទេ, ពិតមែនទេ (true?), ប្រាកដទេ (sure?),
# អ្នកណាថា (who says?), ប្រភពពីណា (from what source?); romanised.
_DOUBTS = entries(
    "true|is it true|is that true|is this true|true or not|really|real|is it real|real or fake|"
    "fake|are you sure|you sure|sure|sure or not|who said|who said that|who say|who say that|"
    "who says|who told you|who tell you|where is this from|where this from|where from|"
    "where is it from|where it from|where you get this|where did you get this|"
    "where you get|source|sources|what source|which source|your source|show source|"
    "how do you know|how you know|proof|correct|is it correct|is this correct|"
    "is it right|is this right|can i trust this|trust this|up to date|still true|"
    "hoke lar|hote lar|hout lar|ta kai lar|tagai lar|hman lar|thay char lar|"
    "pit te|pit men te|men te|prakart te|neak na tha|"
    "ဟုတ်လား|ဟုတ်ရဲ့လား|တကယ်လား|မှန်လား|သေချာလား|ဘယ်သူပြောတာလဲ|ဘယ်သူပြောလဲ|"
    "ဘယ်ကသိတာလဲ|ဘယ်ကရတာလဲ|ဘယ်ကလဲ|"
    "ពិតទេ|ពិតមែនទេ|ពិតមែន|មែនទេ|ពិតឬ|ប្រាកដទេ|អ្នកណាថា|អ្នកណានិយាយ|ប្រភពពីណា|ប្រភព|"
    "ដឹងពីណា"
)
_DOUBT_WITH = entries(
    "is|it|this|that|the|answer|info|information|these|bro|sir|madam|please|ok|so|you|your|"
    "ah|eh|hmm|oh|what|about|or not|are|u|na|"
    "ဒါ|အဲဒါ|အဲ့ဒါ|လဲ|ပါ|နော်|ဗျ|ရှင်|ခင်ဗျ|"
    "នេះ|នោះ|បង|ទេ|vea|nis|noh|bong|bang|dar|lae|lal"
)
# "this number not work": said alone, naming a number or a call (_NUMBER).
_BROKEN = entries(
    "not work|not working|no working|doesnt work|dont work|does not work|cannot|cant|can not|"
    "cannot call|cant call|can not call|call not go|no answer|nobody answer|no one answer|"
    "nobody pick up|no one pick up|not pick up|no pick up|wrong|wrong number|not correct|"
    "busy|cannot connect|cant connect|not connect|no signal|dead|closed|"
    "ma ya bu|ma ya buu|ma ya|hao min chol|hao min ban|min chol|ot chol|"
    "မရဘူး|မရ|ဆက်လို့မရဘူး|ခေါ်လို့မရဘူး|မကိုင်ဘူး|မှားတယ်|"
    "មិនចូល|ហៅមិនចូល|ហៅមិនបាន|មិនបាន|គ្មានអ្នកលើក|អត់មានអ្នកលើក|មិនលើក|ខុស|មិនដំណើរការ"
)
_BROKEN_WITH = entries(
    "this|that|the|number|numbers|hotline|phone|phone number|it|they|nobody|i|call|called|"
    "calling|try|tried|already|again|line|your|you|give|gave|sir|bro|please|is|are|no|"
    "ဒီ|နံပါတ်|ဖုန်း|ဒီနံပါတ်|ဒီဖုန်း|ခေါ်|ခေါ်တာ|ဆက်တာ|လေ|ဘူး|ကြည့်တာ|"
    "លេខ|នេះ|លេខនេះ|ខ្ញុំ|ហៅ|ហើយ|ទូរស័ព្ទ|lek|nis|phone nis|nan bat|di nan bat"
)
_NUMBER_LATIN = re.compile(
    r"\b(?:number|numbers|hotline|phone|call|called|calling|line|lek|nan bat)\b"
)
_NUMBER_SCRIPT = ("နံပါတ်", "ဖုန်း", "ခေါ်", "ဆက်", "លេខ", "ហៅ", "ទូរស័ព្ទ")


def doubts(text: str, state: UserState, ctx: Context) -> bool:
    """Whether `text`, right after an answer, only doubts it ("is it true?", "who said that?");
    after the replies whose next step is a person's too (the maid's offer, round 18A: "is it
    true?" got "I cannot help with that")."""
    shown = topic_of(ctx.last_answer) is not None or ctx.last_answer in PERSON_NEXT
    if state.pending_topic or not shown:
        return False
    return said_alone(text, _DOUBTS, _DOUBT_WITH)


def number_broken(text: str, state: UserState, ctx: Context) -> bool:
    """Whether `text`, right after an answer, only says a number in it does not work."""
    if state.pending_topic or topic_of(ctx.last_answer) is None:
        return False
    named = holds(text, _NUMBER_LATIN, _NUMBER_SCRIPT)
    return named and said_alone(text, _BROKEN, _BROKEN_WITH) and bool(plain_words(text))


def _shown(state: UserState, ctx: Context) -> tuple[Topic, Variant, str] | None:
    """The topic, the variant and the button data of the answer just shown."""
    data = ctx.last_answer
    topic_id = topic_of(data)
    topic = ctx.catalog.topic(topic_id) if topic_id else None
    if topic is None or data is None:
        return None
    placed = state
    action, _, value = data.partition(":")
    if action == AT and (named := pending.from_button(value)) is not None:
        placed = named.for_answer(state)
    origin = placed.origin if placed.origin != "other" else None
    return topic, ctx.catalog.answer(topic.id, origin, placed.country), data


def reply(text: str, state: UserState, ctx: Context) -> Outcome:
    """Where the answer just shown comes from and when it was checked (a doubt), or what a
    number that does not work may mean (number_broken)."""
    shown = _shown(state, ctx)
    tr = ctx.translator(state.language)
    _ = tr.gettext
    if shown is None:  # a reply that is no topic's answer: no sources of its own
        line = _(
            "I can tell you only what my reply above says. A person from a partner "
            "organisation can check it for you: tap “{person}”."
        ).format(person=_("Talk to a person"))
        return Outcome((Reply(line, (footer(tr),)),), state.with_(misses=0))
    topic, variant, data = shown
    title = topic_title(ctx.catalog, topic.id, tr.language)
    checked = checked_line(topic.checked_dates(variant), tr)
    person = _("Talk to a person")
    if number_broken(text, state, ctx):
        lines = [
            _("Sorry. The numbers in my answer about “{topic}” come from public sources.").format(
                topic=title
            ),
            checked,
            _(
                "A number marked ⚠ is not confirmed and may have changed. Some numbers work only "
                "inside their country. Try another contact in that answer, or tap “{person}”: "
                "a caseworker can write to you here."
            ).format(person=person),
        ]
    else:
        ids = variant.sources or [source.id for source in topic.sources]
        by_id = {source.id: source for source in topic.sources}
        listed = [by_id[sid] for sid in ids if sid in by_id][:SOURCES_SHOWN]
        undated = _("undated")
        lines = [
            _("My answer about “{topic}” comes from these sources:").format(topic=title),
            "\n".join(f"- {s.title} ({s.date if s.date else undated})" for s in listed),
            checked,
            _(
                "I cannot promise that it still holds: rules change often. A person from a "
                "partner organisation can check it for you: tap “{person}”."
            ).format(person=person),
        ]
    keyboard = (footer(tr, topic.id), (Button(title, data),))
    return Outcome(
        (Reply("\n\n".join(line for line in lines if line), keyboard),), state.with_(misses=0)
    )
