"""A short question right after an answer, that the bot cannot read alone: "how much it cost
and how long?" after Lost ID, "can I get it after I am in Myanmar?" after the pension
answer, "what can I do?" after the broker's (round 12, G4). Each message is read alone, so
these got "did not understand", "I cannot help with that" or the help page, and the
conversation was lost.

Within a few minutes of an answer (bot/recent.py, RecentAnswers: in memory only, the
button data of the answer and nothing of the words), such a reply also offers that answer's
topic again, as the first button, and its "Talk to a person" carries the topic to the form:
what the answer did not say, a person can. Nothing is guessed: the person taps, or not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.content.localised import topic_title
from bot.content.topics import TOPIC_IDS, URGENT_TOPICS
from bot.dialogue import (
    also_said,
    answer_place,
    born_abroad,
    children_abroad,
    elsewhere,
    heard,
    live_in,
    maid_offer,
    pending,
    places,
    said_before,
    someone_else,
    together,
    treated_unfairly,
    two_said,
    work_conditions,
    young,
)
from bot.dialogue.answers import AT, topic_data
from bot.dialogue.context import Context
from bot.dialogue.events import ButtonPress, Event, Text
from bot.dialogue.keyboards import footer
from bot.dialogue.lexicon import entries, said_alone
from bot.dialogue.outcome import Outcome
from bot.i18n import country_names
from bot.nlu.priority import urgency
from bot.values import COUNTRIES, Asked, Button, Reply, Tally, UserState

# At most this many other problems are offered again (also_wrote.MOST).
MOST = 3
# How an answer was reached that a later question may be about.
SHOWN = (Asked.ANSWERED, Asked.MENU, Asked.EMERGENCY)
# Replies whose next step is a person's (next_step): the someone-else answer; the reply to
# someone under 18 and to a child born abroad (round 17B: "my cousin 16 ... what he can do"
# got the bot's commands); a live-in worker's rules, a maid's offer, a group or a strike;
# something heard that no answer is about.
# after_rescue.NAME: that module reads follow_up through embassy_fears, so the name is
# written here (tests/dialogue/test_after_rescue.py checks they are the same).
AFTER_RESCUE = "after_rescue"
# online_threats.NAME, written here for the same reason (round 30A: "should i pay them?" right
# after the line on a loan app got Agency fees; tests/dialogue/test_round30a_online_threats.py
# checks they are the same)
ONLINE_THREATS = "online_threats"
# officials_money.NAME, written here for the same reason (round 31B: "should i pay?" right
# after the line on money the police asked got Agency fees; tests/dialogue/
# test_round31b_officials_money.py checks they are the same)
OFFICIALS_MONEY = "officials_money"
# back_home.DRINKS and back_home.SCHOOL, written here for the same reason (round 32C;
# tests/dialogue/test_round32c_back_home.py checks they are the same)
BACK_HOME = ("back_home_drinks", "back_home_school")
NEW_LINES = ("overdose", "housing", "gambling", "home_emergency", "scheme_rules", "calling_line")
PERSON_NEXT = (
    someone_else.NAME,
    AFTER_RESCUE,  # a shelter, a court case, compensation (28A): nothing more known
    ONLINE_THREATS,  # a loan app, photos, a hacked account, a "police" call (30A)
    OFFICIALS_MONEY,  # the police or an official asking money (31B): nothing more known
    young.NAME,
    born_abroad.NAME,
    children_abroad.NAME,  # school, a room, a child crossing a border (22B)
    live_in.NAME,
    maid_offer.NAME,
    together.NAME,  # a group, a strike (19A)
    heard.NAME,  # "immigration come tomorrow, true?" that no answer is about (20B)
    elsewhere.NAME,  # "i am in saudi" (24B): no answer for that country to show again
    work_conditions.NAME,  # long hours, no day off (29B): no rules known, a person's
    *BACK_HOME,  # drinking at home, school at home after a return (32C): a person's
    treated_unfairly.NAME,  # religion, insults, equal pay (32B): no rules known
    treated_unfairly.REFUSED,  # a hospital that turned someone away (32B)
    # The lines of rounds 35-39 that no button shows again (41C: "ok then what" after the
    # overdose or gambling line got "did not understand"); their modules' NAMEs, written
    # here (tests/dialogue/test_round41c_then_what.py checks they are the same)
    *NEW_LINES,
)


def shown(
    event: Event, before: UserState, after: UserState, counted: Tally | None, ctx: Context
) -> str | None:
    """The data of a button that shows again the answer this event got (a topic answered
    to free text, tapped in the menu or under an answer, the emergency answer, or the
    answer that waited for the profile questions), for the place it was given for;
    a PERSON_NEXT name for the replies no button shows again (next_step reads it); None
    when no answer was shown (the profile questions come first, a menu, a form...)."""
    if after.pending_topic:
        return None  # the questions before an answer: not shown yet
    waited = pending.waiting(before)
    if waited is not None and isinstance(event, ButtonPress):
        # The profile's last question answered: the answer that waited for it.
        named = waited if (waited.origin or waited.country) else None
        return topic_data(waited.topic, named) if waited.topic in TOPIC_IDS else None
    if counted is not None and counted.asked == Asked.CONVERSATION and counted.topic in PERSON_NEXT:
        return counted.topic  # no button shows it again: remembered for next_step
    if counted is None or counted.asked not in SHOWN:
        return None
    topic = counted.topic
    if counted.asked == Asked.EMERGENCY and topic not in TOPIC_IDS:
        # Danger words alone: the emergency answer, for the place they named ("im in johor
        # now, they lock us in"), else the one said a moment ago, else the profile's.
        words = event.text if isinstance(event, Text) else ""
        return for_words("emergency_help", words, before, ctx)
    if topic not in TOPIC_IDS:
        return None
    if isinstance(event, ButtonPress):
        # A tap under an answer for a named place (AT) stands for that place's answer.
        if event.data.startswith(f"{AT}:"):
            return event.data
        return topic_data(topic, said_before.carried("", before, ctx, topic))
    if isinstance(event, Text):
        return for_words(topic, event.text, before, ctx)
    return None


def also(event: Event, before: UserState, shown: str | None, ctx: Context) -> tuple[str, ...]:
    """The data of the buttons of the other problems the person wrote about, to offer again
    after "?" or "hello??" (round 21B): those the NLU read in this message beside the answer
    `shown`, then those kept with the answer just before (its own topic among them, told in
    pieces: "salary not pay 2 month", then "and also boss keep passport"), most urgent
    first, at most MOST; none the answer `shown` is about, each topic once."""
    answer = topic_of(shown)
    if answer is None:
        return ()
    kept: dict[str, str] = {}
    if isinstance(event, Text) and event.nlu is not None:
        read = [topic for topic in event.nlu.topics if topic in TOPIC_IDS]
        read = two_said.mended(read, event.text)  # a robbed passport: lost (round 50C)
        # and those its words name that the NLU did not read, offered under the answer too
        # (also_said.py, round 45A: "passport kept, broken hand")
        for topic in (*read, *also_said.also(answer, read, event.text)):
            if topic != answer and ctx.catalog.topic(topic):
                kept.setdefault(topic, answer_place.data_for(topic, event.text, before, ctx))
    for data in (*((ctx.last_answer,) if ctx.last_answer else ()), *ctx.last_also):
        other = topic_of(data)
        if other is not None and other != answer:
            kept.setdefault(other, data)
    ranked = sorted(kept, key=urgency)
    return tuple(kept[topic] for topic in ranked[:MOST])


def for_words(topic: str, words: str, state: UserState, ctx: Context) -> str:
    """The data of the button that shows `topic`'s answer as `words` would get it (as
    menu.answer reads them: answer_place.py)."""
    return answer_place.data_for(topic, words, state, ctx)


def same_again(
    topic: str, words: str, state: UserState, ctx: Context, others: Sequence[str] = ()
) -> Outcome | None:
    """A follow-up read as the very answer shown a moment ago ("and if he still not pay?",
    "what about overtime" right after Unpaid wages, round 13): the same long answer again
    told the person nothing new and pushed it up a small screen. Instead: it is above, a
    person can say more, and a tap shows it again. None when it would be another answer (another
    topic, another place), and never for an emergency or an arrest (always in full)."""
    if topic in URGENT_TOPICS or ctx.last_answer is None or state.pending_topic:
        return None
    data = for_words(topic, words, state, ctx)
    if data != ctx.last_answer:
        return None
    tr = ctx.translator(state.language)
    more = [
        (Button(topic_title(ctx.catalog, other, tr.language), for_words(other, words, state, ctx)),)
        for other in others
        if other != topic and ctx.catalog.topic(other)
    ][:2]
    return _above(topic, data, state, ctx, more)


def _above(
    topic: str,
    data: str,
    state: UserState,
    ctx: Context,
    more: Sequence[tuple[Button, ...]] = (),
) -> Outcome:
    """The answer about `topic` is above, a person can say more (with the topic), a tap
    (`data`) shows the answer again."""
    tr = ctx.translator(state.language)
    title = topic_title(ctx.catalog, topic, tr.language)
    text = tr.gettext(
        "My answer about “{topic}” is just above: that is what I know. A person from a "
        "partner organisation can tell you more."
    ).format(topic=title)
    keyboard = (footer(tr, topic), (Button(title, data),), *more)
    return Outcome((Reply(text, keyboard),), state.with_(misses=0))


# A short question about the answer just shown, made only of words that ask what it costs,
# when or where, how long, what to bring, whether it is safe, whom to call: "is it free",
# "what time open", "where is that office", "how long it take", "who i call", "ponman",
# "ဘယ်လောက်လဲ" (round 13A: these got "I cannot help with that" and the whole menu, or the
# NLU's confident wrong topic). Drafts
# for partners to extend; a word naming a topic or a place ("embassy", "Malaysia") is in
# neither list, so such a message is read as before. Not "alone" ("i alone" may say how
# they are, not ask how to go).
_ASKS = entries(
    # English, and the broken English people type
    "free|for free|free or not|cost|costs|how much|how much money|how much cost|price|fee|"
    "fees|charge|pay money|need pay|must pay|how long|how many days|how many day|long time|"
    "take long|what time|which time|when|open|opens|opening|close|closes|closed|"
    "open time|office hour|office hours|weekend|sunday|saturday|today|tomorrow|where|"
    "address|location|map|how to go|how go|how to get there|far|near|safe|is it safe|"
    "online|what to bring|what bring|bring|what need|what i need|what to do there|"
    "by myself|in person|"
    # who to call, which number: the answer's numbers (round 14C: "who i call" opened the
    # referral form, read as Talk to a person)
    "who|whom|who to call|who i call|who i can call|who can i call|who should i call|"
    "who i should call|call who|call whom|which number|what number|which phone|"
    "what phone|phone number|number|which one|call|"
    # whether calling it is all right (round 14C: "hotline nis hav ban te", can I call this
    # hotline?, read as an emergency); our sources do not say whether a call is safe without
    # papers: the answer above and a person
    "can i call|i can call|can call|safe to call|ok to call|call ok|call safe|hotline|"
    "hav|hao|hav ban|hao ban|hav ban te|hao ban te|"
    # Burmese: ဘယ်လောက် (how much), အခမဲ့ (free), ဘယ်အချိန် (what time), ဘယ်မှာ (where),
    # ကြာ (take long), ဖွင့် / ပိတ် (open / closed), လုံခြုံ (safe)
    "ဘယ်လောက်|ပိုက်ဆံဘယ်လောက်|ဘယ်လောက်ကျ|အခမဲ့|ပိုက်ဆံပေးရ|ဘယ်အချိန်|ဘယ်နှစ်ရက်|"
    "ဘယ်လောက်ကြာ|ကြာ|ဘယ်မှာ|ဘယ်နေရာ|ဘယ်လိုသွား|ဖွင့်|ပိတ်|လုံခြုံ|"
    "bae lout|bal lout|ba lout|ber lout|bae lout lae|bal lout lal|a kha mae|akhamae|"
    "bae akhain|bal achain|ba achain|bae mhar|bal mhar|ba hma|bal hmar|kyar|phwint|pwint|"
    # ဘယ်သူ့ကို ဖုန်းဆက်ရမလဲ (whom do I call), ဘယ်နံပါတ် (which number); romanised
    "ဘယ်သူ့ကို|ဘယ်သူ့ကိုဖုန်းဆက်ရမလဲ|ဖုန်းဆက်ရမလဲ|ဘယ်နံပါတ်|ဘယ်ဖုန်း|"
    "bal thu ko|bae thu ko|phone set ya ma lae|phone sat ya ma lal|bal nan bat|"
    # Khmer: ប៉ុន្មាន (how much), ឥតគិតថ្លៃ (free), ម៉ោងប៉ុន្មាន (what time), នៅណា (where),
    # យូរ (long), បើក / បិទ (open / closed), សុវត្ថិភាព (safe)
    "ប៉ុន្មាន|តម្លៃប៉ុន្មាន|អស់ប៉ុន្មាន|ឥតគិតថ្លៃ|អស់លុយ|ម៉ោងប៉ុន្មាន|ពេលណា|នៅណា|"
    "នៅឯណា|កន្លែងណា|យូរ|យូរប៉ុន្មាន|ប៉ុន្មានថ្ងៃ|បើក|បិទ|សុវត្ថិភាព|ទៅយ៉ាងម៉េច|"
    "ponman|pon man|ot luy|ot yok luy|maong ponman|pel na|nov na|nov ena|yu|yu ponman|"
    "baek|bert|bet|sovathephap|"
    # ហៅទៅអ្នកណា (call whom), លេខណា (which number); romanised
    "ហៅទៅអ្នកណា|ហៅអ្នកណា|អ្នកណា|លេខណា|លេខទូរស័ព្ទណា|hao tov neak na|hao neak na|"
    "neak na|lek na|"
    # ហៅបានទេ (can I call?)
    "ហៅបានទេ|ហៅបាន|ទូរស័ព្ទបានទេ"
)
# Words that come with them and ask nothing of their own: "is it", "that office", "do I".
_WITH = entries(
    "is|it|its|it's|that|this|there|they|them|the|a|an|do|does|did|can|could|i|we|to|"
    "for|and|or|of|at|on|in|it take|take|takes|need|have|must|should|go|get|office|"
    "ok|please|sir|bro|madam|also|then|so|one|now|"
    "ဒါ|အဲဒါ|အဲ့ဒါ|အဲဒီ|အဲ့|ရုံး|လဲ|လား|ပါ|ဗျ|ရှင်|ခင်ဗျ|ကျွန်တော်|ကျွန်မ|သွား|ရ|"
    "dar|da|ae dar|lae|lal|lar|la|pa|par|bya|shin|ya|thwar|"
    "វា|នេះ|នោះ|ទេ|បង|ខ្ញុំ|ការិយាល័យ|ត្រូវ|ទៅ|"
    "vea|nis|noh|te|dte|bong|bang|khnhom|trov|tov|ban|"
    "this number|that number|this hotline|that hotline|if|without papers|no papers"
)


def asks_about_it(text: str, state: UserState, ctx: Context) -> bool:
    """Whether `text`, right after an answer, is only a short question about it (_ASKS)."""
    if state.pending_topic or topic_of(ctx.last_answer) is None:
        return False
    return said_alone(text, _ASKS, _WITH)


def about_above(state: UserState, ctx: Context) -> Outcome:
    """ "is it free" right after an answer: the answer is above, that is what the bot knows,
    a person can tell more (with its topic), and a tap shows it again."""
    topic, data = topic_of(ctx.last_answer), ctx.last_answer
    assert topic is not None and data is not None  # asks_about_it found them
    return _above(topic, data, state, ctx)


def next_step(state: UserState, ctx: Context) -> Outcome | None:
    """ "what i do now", "who can help me then" (read as the help page) right after an answer:
    a question about the next step, not about the bot (round 14C: after the arrest answer,
    hiding from a raid, the person got the bot's eight commands). A person answers it:
    "Talk to a person" about that answer, and the answer again. None when no answer was
    shown lately. After the someone-else answer (round 16A: a mother, "what i do"), or the
    reply to someone under 18 or on a child born abroad (round 17B), a person too: its
    buttons are just above."""
    tr = ctx.translator(state.language)
    if ctx.last_answer in PERSON_NEXT:
        line = tr.gettext("A person from a partner organisation can tell you what to do next.")
        return Outcome((Reply(line, (footer(tr),)),), state.with_(misses=0))
    topic = topic_of(ctx.last_answer)
    if topic is None or ctx.last_answer is None:
        return None
    title = topic_title(ctx.catalog, topic, tr.language)
    text = "\n".join(
        (
            tr.gettext("A person from a partner organisation can tell you what to do next."),
            tr.gettext("My answer about “{topic}” is above.").format(topic=title),
        )
    )
    keyboard = ((Button(title, ctx.last_answer),), footer(tr, topic))
    return Outcome((Reply(text, keyboard),), state.with_(misses=0))


def topic_of(data: str | None) -> str | None:
    """The topic of a remembered answer's button data, None for data that is none of ours."""
    action, _, value = (data or "").partition(":")
    if action == "topic":
        return value if value in TOPIC_IDS else None
    if action == AT and (named := pending.from_button(value)) is not None:
        return named.topic if named.topic in TOPIC_IDS else None
    return None


def offered(
    outcome: Outcome, ctx: Context, words: str = "", asked_in: UserState | None = None
) -> Outcome:
    """`outcome` (a reply that could not answer the text) with the answer shown last, within
    the window, offered again: a line under its last reply's text, that answer's button
    first, and "Talk to a person" about it. Unchanged when no answer was shown lately.
    `words` (the text, read with the state `asked_in`) naming a place ("I'm in Malaysia"
    right after the answer for Thailand, round 13A): that answer for the place named."""
    topic = topic_of(ctx.last_answer)
    if topic is None or not outcome.replies or ctx.last_answer is None:
        return outcome
    data = ctx.last_answer
    if asked_in is not None and _names_place(words):
        data = for_words(topic, words, asked_in, ctx)
    *before, last = outcome.replies
    tr = ctx.translator(outcome.state.language)
    title = topic_title(ctx.catalog, topic, tr.language)
    line = tr.gettext(
        "Is it about “{topic}”? Tap it to see that answer again, or talk to a person about it."
    ).format(topic=title)
    again = Button(title, data)
    kept = [
        tuple(_about(button, topic) for button in row if topic_of(button.data) != topic)
        for row in last.buttons
    ]
    shown = {topic, *(topic_of(b.data) for row in kept for b in row)}
    others = [
        Button(topic_title(ctx.catalog, other, tr.language), data)
        for data in ctx.last_also
        if (other := topic_of(data)) is not None and other not in shown
    ]
    if others:  # "?" after a story the answer did not cover: its other problems (21B)
        also_line = tr.gettext("You also wrote about this. Tap to read more:")
        line = f"{line}\n{also_line}"
    keyboard = ((again,), *((b,) for b in others), *(row for row in kept if row))
    last = replace(last, text=f"{last.text}\n\n{line}", buttons=keyboard)
    return replace(outcome, replies=(*before, last))


NOW = "now"  # "I am in Malaysia now: remember it" (menu.remember_country)
# "no, I am in Malaysia, not Thailand" right after the answer for Thailand: the words that
# correct a place, around the place said (places.said_place reads the rest).
_CORRECTING = re.compile(
    r"^\s*(?:no+|nope|sorry|wrong|actually|but|oh|ah|i\s+said|i\s+say|i\s+told\s+you)\b[\s,.!]*",
    re.I,
)
_NOT_CLAUSE = re.compile(
    r"[\s,.;]*(?:but\s+|and\s+)?\b(?:not|no longer|no more)\s+(?:in\s+|at\s+)?"
    r"\S+(?:\s+\S+)?\s*[.!?]*$",
    re.I,
)


def place_named(words: str, state: UserState, ctx: Context) -> tuple[str, str] | None:
    """A place said alone right after an answer for another place ("I am in Malaysia",
    "no, I am in Malaysia, not Thailand", "Malaysia?"): (the answer's topic, the words
    that say the place), to answer it for that place, the profile unchanged. It got "Sorry,
    I did not understand" with the answer's button for the place, one tap further (round
    13A); with "not Thailand" beside it, the button for Thailand again. None when no
    answer was shown, or the place is the one it was for."""
    topic = topic_of(ctx.last_answer)
    if topic is None or ctx.last_answer is None or state.pending_topic:
        return None
    said = words
    for _ in range(2):  # "no no, sorry, ..."
        said = _CORRECTING.sub("", said)
    said = _NOT_CLAUSE.sub("", said).strip()
    if not said or places.said_place(said) is None:
        return None
    if for_words(topic, said, state, ctx) == ctx.last_answer:
        return None
    return topic, said


def with_save(outcome: Outcome, said: str, state: UserState, ctx: Context) -> Outcome:
    """`outcome` (the answer for the place `said` names) with a button that keeps that place
    as where the person is now (menu.remember_country, NOW), under its last reply:
    the next question, later, would be answered for the old place again."""
    # Where they say they are ("I am in Malaysia", "I am in Myanmar"), not a nationality
    # typed alone ("Myanmar": said_place reads it too, as the answer's nationality).
    place = places.where_now(said) or places.home_named(said) or places.home_town_said(said)
    if place is None or place not in COUNTRIES or place == state.country or not outcome.replies:
        return outcome
    tr = ctx.translator(state.language)
    label = tr.gettext("I am in {country} now: remember it").format(
        country=country_names(tr)[place]
    )
    *before, last = outcome.replies
    last = replace(last, buttons=(*last.buttons, (Button(label, f"{NOW}:{place}"),)))
    return replace(outcome, replies=(*before, last))


def _names_place(words: str) -> bool:
    named = places.mentioned(words) if words else None
    return named is not None and (
        named.origin is not None or named.country is not None or places.where_now(words) is not None
    )


def _about(button: Button, topic: str) -> Button:
    """ "Talk to a person" carrying the topic to the form (keyboards.footer), in place of
    none or of the NLU's closest guess: right after an answer, that answer is the likelier."""
    person = button.data == "person" or button.data.startswith("person:")
    return replace(button, data=f"person:{topic}") if person else button


def also_rows(ctx: Context, language: str) -> list[tuple[Button]]:
    """A button row each for the other problems written about beside the answer shown last
    (Context.last_also), not that answer's own, at most MOST: offered again when the person
    says the answer was wrong (not_that.py) or that they are not in danger (not_in_danger.py)."""
    shown = topic_of(ctx.last_answer)
    return [
        (Button(topic_title(ctx.catalog, topic, language), data),)
        for data in ctx.last_also
        if (topic := topic_of(data)) is not None and topic != shown
    ][:MOST]
