"""Free text, places and groups: what the engine does with anything but a button, a command
or media (menus and answers are in menu.py, the profile questions in onboarding.py, photos,
files and voice notes in media.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.content.localised import topic_title
from bot.content.topics import TOPIC_IDS
from bot.dialogue import (
    after_rescue,
    alerts,
    also_said,
    answer_place,
    at_sea,
    bank_card,
    bereaved,
    border_pass,
    border_questions,
    born_abroad,
    called_up,
    chat_words,
    clause_emergency,
    complaint_fears,
    contributions,
    crossing,
    debt,
    deductions,
    disaster,
    doubt,
    elsewhere,
    embassy_asked,
    embassy_fears,
    employer_gone,
    everyday,
    far_away,
    follow_up,
    for_relative,
    forced_scam,
    gambling,
    harassed,
    harm_said,
    harmed,
    heard,
    hospital_fears,
    identity,
    instead,
    language_to_learn,
    lone_contact,
    medical_check,
    money_back,
    money_home,
    moved,
    officials_money,
    online_threats,
    other_language,
    outside_complaint,
    overdose,
    overdose_next,
    own_data,
    papers_words,
    pay_rates,
    pending,
    phone_taken,
    profile_waits,
    ransom,
    referral_form,
    said_alone,
    said_before,
    scheme_rules,
    sign_paper,
    someone_else,
    taken_where,
    then_what,
    together,
    told_now,
    treated_unfairly,
    triage,
    two_said,
    upset,
    who_to_call,
    work_conditions,
    write_down,
    young,
)
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.keyboards import (
    country_keyboard,
    footer,
    menu_keyboard,
    origin_keyboard,
    rows,
    zawgyi_button,
)
from bot.dialogue.menu import answer, set_country, set_origin, show_help
from bot.dialogue.onboarding import ask_language, language_choice, start
from bot.dialogue.organisations import named, organisation_card
from bot.dialogue.outcome import Outcome, after_numbers
from bot.dialogue.places import asked_for
from bot.dialogue.question_words import reads_as_question
from bot.dialogue.typed_answers import (
    CONVERSATION,
    PROFILE_STEPS,
    asks_help,
    asks_something,
    button_for,
    greeting,
    greeting_language,
    long_enough,
    thanks_sign,
    wordless,
    yes_or_no,
)
from bot.i18n import LANGUAGES, NATIVE_NAMES
from bot.language import ZAWGYI_CHOICE, to_zawgyi
from bot.language.romanised import leans_to
from bot.language.thai_words import has_thai
from bot.language.zawgyi import is_clearly_unicode
from bot.values import LINK_PREFIX, Button, Reply, UserState

Note = Callable[[str, str, Outcome, UserState, Context], Outcome]

ACKNOWLEDGE = "acknowledge"  # "ok", "yes", "no" typed with no question waiting (counted so)
MAX_SUGGESTIONS = 3
MISSES_BEFORE_PERSON = 2


def on_text(event: Text, state: UserState, ctx: Context) -> Outcome:
    followed = _follow_language(event, state)
    romanised = event.romanised or (event.text.isascii() and greeting_language(event.text))
    # Any switch away from the language the person had, not only a guess from Latin letters:
    # a forwarded English advert, or romanised Burmese the lexicon missed, switched a Burmese
    # reader to English with no way back. Before any language was chosen, only the guess.
    had = state.language
    switched = followed.language != had and (had is not None or bool(romanised))
    outcome = _read(event, followed, ctx)
    if switched and outcome.state.step in (None, alerts.OFFER_STEP):
        # One tap back to the language they had (English for a first guess).
        return Outcome((*outcome.replies, _switch_offer(state, followed, ctx)), outcome.state)
    if switched and outcome.state.step in PROFILE_STEPS and outcome.replies:
        # A first message in Latin letters ("chong tov korea", "mingalaba") opened the profile's
        # question in a script guessed from it: one tap back before it, the question last, as
        # its buttons answer it (round 23B: no way back until after both questions).
        *before, question = outcome.replies
        offer = _switch_offer(state, followed, ctx)
        return Outcome((*before, offer, question), outcome.state)
    recoded = followed.language == "my" and followed.encoding != state.encoding
    if recoded and outcome.state.step in (None, alerts.OFFER_STEP):
        # One pasted or forwarded message in the other encoding switched the replies: one tap
        # back, labelled in Latin letters too, readable on either kind of phone.
        return Outcome((*outcome.replies, _encoding_offer(followed, ctx)), outcome.state)
    return outcome


def _read(event: Text, state: UserState, ctx: Context) -> Outcome:
    own = own_data.asked(event.text, ctx)  # who sees this; take it back (own_data.py)
    # "help" alone in a burst after the numbers or the arrest answer: the numbers (25B)
    # A room shared with men, a broken lock, the NLU surely reading an emergency: the numbers
    # and the line, not the line alone (27B, harassed.py)
    room = harassed.says(event.text) and triage.sure_emergency(event.nlu)
    # So too a witness afraid, the NLU surely reading an emergency: the numbers, then the line
    # on what our sources do not say after a rescue (28A, after_rescue.py)
    room = room or (after_rescue.says(event.text) and triage.sure_emergency(event.nlu))
    # and one hit for who they are, the NLU surely reading an emergency (33B, identity.py)
    room = room or (identity.says(event.text) and triage.sure_emergency(event.nlu))
    if triage.in_danger(event.text, ctx) or triage.help_after_danger(event.text, ctx) or room:
        danger = emergency(event, state, ctx)
        danger = debt.told(event.text, danger, state, ctx)  # "cannot go until i pay" (18B)
        danger = gambling.danger_told(event.text, danger, state, ctx)  # "cut my finger" (37A)
        if upset.own_life(event.text) or upset.other_life(event.text):
            danger = upset.told(event.text, danger, state, ctx)  # "better to die" (20A)
        else:
            danger = harmed.told(event.text, danger, state, ctx)  # "he force me" (20A)
            danger = disaster.danger_told(
                event.text, danger, state, ctx
            )  # "flood ... cannot go out" (30C)
            # "took too much drug in the compound, door locked" (39A): medical help too
            danger = overdose.danger_told(event.text, danger, state, ctx)
            # "he beat me, my head is bleeding" (53A): treatment first, after the numbers
            danger = work_conditions.danger_told(event.text, danger, state, ctx)
            if not harmed.says(event.text):  # a room shared with men, no lock (27B)
                danger = harassed.told(event.text, danger, state, ctx)
            # "they beat me because i am gay": who sees what, a person (33B, identity.py)
            danger = identity.told(event.text, danger, state, ctx)
        # "they beat me, they check my phone": the numbers, then who sees what (round 16A).
        if own is not None and own not in (own_data.ABOUT_BOT, own_data.OTHERS):
            return own_data.with_offer(own, danger, state, ctx)
        return _in_thai_too(event, danger, ctx, last=True)  # the numbers first (27C)
    if state.language is None:  # a Thai's first message (27C): its answer after the choice
        return _in_thai_too(event, start(_kept_for_after(event, state, own), ctx), ctx)
    if event.language is not None and event.language not in LANGUAGES:
        return _in_thai_too(event, _unsupported_language(state, ctx), ctx)
    if (button := button_for(event, state)) is not None:
        return _press(button, state, ctx)  # "Myanmar" typed at "Where are you from?"
    # "they take my passport ... they check my phone every night": the story's answer, then
    # who sees what (round 16A); asked alone, who sees what instead of the NLU's reading.
    story = own is not None and _phone_in_story(event, ctx)
    if own is not None and not story:  # before the NLU's reading: an arrest, "Goodbye"
        if state.step in PROFILE_STEPS:  # the profile question waits: asked again after
            answered, again = own_data.answer(own, state, ctx), _ask_again(state, ctx)
            return Outcome((*answered.replies, *again.replies), again.state)
        # Any other question waiting ("Send this to <org>?") is left: its words dropped.
        return own_data.answer(own, state.with_(step=None), ctx)
    # A message answered before the NLU ("I am pregnant, will they send me home?", "any
    # news?") is answered at a profile question too: the NLU may read nothing in it (round
    # 19B: "any news on my case" after /start got "Please tap one of the buttons below").
    if (held := profile_waits.skipped(event.text, state, ctx)) is not None:
        return held  # "what should i do" at "Where are you from?": the answer that waits (42A)
    if (after := profile_waits.after_answer(event.text, state, ctx)) is not None:
        return after  # "bal lout lae" at "Where are you now?" asked after an answer (45A)
    waits = state.step in PROFILE_STEPS and not asks_something(event, ctx)
    if waits and said_alone.first(event, state) is None:
        return _ask_again(state, ctx)  # the question stays, with its buttons
    if lone_contact.only_contact(event.text):
        return lone_contact.answer(state, ctx)  # "@someagent", "t.me/jobs legit?": not read
    if thanks_sign(event.text):
        return _acknowledged(state, ctx)  # 👍, 🙏 alone: an ok, not "did not understand"
    if wordless(event.text):
        return _not_understood(event, state, ctx, guesses=False)
    if yes_or_no(event.text):
        return _acknowledged(state, ctx)  # "ok", "yes", "no" with no question waiting
    if greeting(event.text):
        return _conversation("greet", state, ctx, event.text)  # "sok sabay" typed alone
    if (chat := chat_words.said(event.text)) is not None:
        return _conversation(chat, state, ctx, event.text)  # "gud mrng", "tq", "gn" alone
    if (after := overdose_next.after_overdose(event, state, ctx)) is not None:
        return after  # "he wake up now", "breathing slow" right after the overdose line (43A)
    if (alone := said_alone.first(event, state)) is not None:
        return alone.reply(event, state, ctx)  # "I want to cry", "anyone there?" (said_alone.py)
    if embassy_fears.after_answer(event.text, ctx):
        return embassy_fears.reply(event, state, ctx)  # "is it safe to call them?" (22A)
    if money_home.instead(event):
        return _cannot_help(state, ctx, event.text)  # "how to send money home" (18B)
    if everyday.instead(event, ctx):
        return _cannot_help(state, ctx, event.text)  # "car insurance expire", "vet for dog" (47C)
    if ctx.last_answer == someone_else.NAME and ransom.pay_asked(event.text):
        return ransom.before_paying(state, ctx)  # "should i pay them?" for a son held
    if online_threats.pay_asked(event.text, ctx):
        return online_threats.before_paying(state, ctx)  # "should i pay them?" (30A)
    if officials_money.pay_asked(event.text, ctx):
        return officials_money.before_paying(state, ctx)  # "should i pay?" (31B)
    if doubt.doubts(event.text, state, ctx) or doubt.number_broken(event.text, state, ctx):
        return doubt.reply(event.text, state, ctx)  # "is it true?", "this number not work" (20B)
    if follow_up.asks_about_it(event.text, state, ctx):
        return follow_up.about_above(state, ctx)  # "is it free" right after an answer
    if who_to_call.says(event.text):
        return who_to_call.reply(event, state, ctx)  # "who can I call?" (48A): the lines
    if after_rescue.asked_again(event.text, ctx):  # "compensation?" right after it (28A)
        return after_rescue.again(state, ctx)
    if write_down.asked(event.text, ctx):  # "what i must write down?" right after it
        return write_down.reply(state, ctx)
    if then_what.asked(event.text, state, ctx) and (
        (step := then_what.reply(state, ctx)) is not None
    ):
        return step  # "ok then what" right after a line or an answer (41C)
    if own_data.free_asked(event.text):  # "is it free" with no answer above: the bot (28B)
        return own_data.answer(own_data.ABOUT_BOT, state, ctx)
    if (corrected := follow_up.place_named(event.text, state, ctx)) is not None:
        # "no, I am in Malaysia" right after the answer for Thailand: that answer, there.
        for_place = answer(corrected[0], state, ctx, corrected[1])
        return follow_up.with_save(for_place, corrected[1], state, ctx)
    if (now_in := moved.place(event.text, state)) is not None:
        return moved.reply(now_in, state, ctx)  # "now I am in Penang", days later (19B)
    topic = event.nlu.topic if event.nlu is not None else None
    if topic is None and (complaint := outside_complaint.instead_of_card(event.text, state, ctx)):
        return complaint  # a complaint naming a partner: not that partner's card (43B)
    if topic is None and (organisations := named(event.text, ctx.catalog)):
        return organisation_card(organisations, state, ctx)  # no problem found; a name was
    if event.nlu is None:
        return _nlu_down(state, ctx)
    if topic == "change_language" and language_to_learn.not_a_switch(event.text):
        return _not_understood(event, state, ctx)  # "japan language test lo lar", "sa lo..."
    # "what i do now" right after an answer: the next step, a person's (round 14C).
    next_step = follow_up.next_step(state, ctx) if topic == "bot_help" else None
    if next_step is not None and not asks_help(event.text):
        return next_step
    if topic == "goodbye" and reads_as_question(event.text):
        return _not_understood(event, state, ctx)  # "how long it take": no farewell (15A)
    # "if I complain will police arrest me", "boss fine me 500 baht": the words' topic
    # (instead.py), with the arrest answer one tap away for a fear of complaining.
    instead_of = instead.read(topic, event.text, event.nlu.confidence, ctx)
    if heard.nothing_else(instead_of.topic, event):
        return heard.reply(state, ctx)  # "immigration come tomorrow, true?", no answer (20B)
    # "men ban still?" read as a question about the bot: the words' topic answers (43C).
    if topic in CONVERSATION and not (topic == "bot_help" and instead_of.topic in TOPIC_IDS):
        talk = _conversation(topic, state, ctx, event.text)
        if topic == "talk_to_person":  # "he collapsed, he not talk": treatment first (54A)
            return work_conditions.person_told(event.text, talk, state, ctx)
        return talk
    # "my friend fell off the ladder at site, he is not answering" is harm, not someone
    # missing: the injury answer, treatment first (round 54A: "Are you asking for someone
    # else?", nothing on getting treatment)
    missing = someone_else.missing_instead(topic, event.text, event.nlu.confidence, state.country)
    if missing and not work_conditions.harmed(event.text):
        if at_sea.says(event.text):
            return at_sea.reply(event, state, ctx)  # a fisher's wife with no news (26B)
        return _for_someone_else(event, state, ctx)  # "my friend is missing"
    topic = two_said.instead(instead_of.topic, event.text)  # robbed of a passport (50C)
    # an emergency only a clause read, beside other problems: they first (clause_emergency)
    clause_only = clause_emergency.instead(topic, event.nlu, TOPIC_IDS)
    topic = clause_only or topic
    if topic in TOPIC_IDS:
        others = [t for t in event.nlu.topics[1:] if t in TOPIC_IDS and t != topic]
        if clause_only is not None:  # the emergency's answer, the first button
            others = [clause_emergency.EMERGENCY, *others]
        others = two_said.mended(others, event.text)  # a robbed passport: lost (50C)
        others = [*instead_of.also, *[t for t in others if t not in instead_of.also]]
        # "passport kept, broken hand" read as Passport taken alone: the hand a tap away (45A)
        others += [t for t in also_said.also(topic, others, event.text) if t not in others]
        # "and if he still not pay?" read as the answer just shown: not all of it again.
        above = follow_up.same_again(topic, event.text, state, ctx, others)
        # "boss also not pay me" right after "i am in osaka": for Japan still (round 14C).
        there = said_before.carried(event.text, state, ctx, topic) if above is None else None
        answered = above or answer(topic, state, ctx, event.text, others, waited=there)
        notes = FORWARDED_NOTES if event.forwarded else NOTES
        told = _noted(notes, topic, event.text, answered, state, ctx)
        told = heard.forwarded(event, topic, told, state, ctx)  # a notice passed on (21C)
        return own_data.with_offer(own_data.PRIVACY, told, state, ctx) if story else told
    if topic is None and asks_help(event.text):
        return _conversation("bot_help", state, ctx)  # "😭😭 ကူညီ", as "help" is read
    if (harm := harm_said.topic(event.text)) is not None:
        return answer(harm, state, ctx, event.text, [])  # "bus stop, man follow me" (48C)
    if someone_else.worried_about(event.text, event.nlu.out_of_scope):
        return _for_someone_else(event, state, ctx)  # "my daughter stopped answering"
    if event.nlu.out_of_scope:
        return _cannot_help(state, ctx, event.text)
    if papers_words.instead_of_guesses(topic, event.nlu.out_of_scope, event.text):
        topic = papers_words.topic_for(event.nlu.ranking, event.text)  # "my PLKS run out"
        return answer(topic, state, ctx, event.text, [])
    return _not_understood(event, state, ctx)


def _for_someone_else(event: Text, state: UserState, ctx: Context) -> Outcome:
    """The answer for a person written about; first, where money is asked to let them go
    ("they took my son, they want 5000 dollar or they sell him"), what our sources do not
    say about paying."""
    # The NLU's best guess, under its line but well above the rest ("agent take her passport
    # and she sick": an injury at 0.57), and the problems plain words name, offered first.
    # Not for someone missing: the reading they have is that one's (missing_instead).
    named: tuple[str, ...] = ()
    if (
        event.nlu is not None
        and event.nlu.topic is None
        and not someone_else.says_missing(event.text)
    ):
        best = event.nlu.ranking[0] if event.nlu.ranking else None
        guessed = (best[0],) if best is not None and best[1] >= someone_else.GUESS else ()
        named = (*guessed, *also_said.also(None, guessed, event.text))
    outcome = someone_else.for_someone_else(state, ctx, event.text, named)
    return ransom.told("", event.text, outcome, state, ctx)


def _phone_in_story(event: Text, ctx: Context) -> bool:
    """Whether a story the NLU reads a problem in says the person's phone is checked, and
    asks nothing on who sees the chat: "my employer check my phone, can he see this chat?"
    is that question, not a story (round 18A: it got Check an agency first)."""
    topic = event.nlu.topic if event.nlu is not None else None
    return topic in TOPIC_IDS and long_enough(event.text) and own_data.only_phone(event.text, ctx)


def _press(button: str, state: UserState, ctx: Context) -> Outcome:
    """What the button a typed answer stands for does (typed_answers.button_for)."""
    action, _, value = button.partition(":")
    pressed = {
        "origin": set_origin,
        "country": set_country,
        "al": alerts.on_button,
        told_now.ACTION: told_now.told,  # "Thailand" typed at "Where are you from?" (53C)
    }
    return pressed[action](value, state, ctx)


def _ask_again(state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    hint = tr.gettext("Please tap one of the buttons below.")
    if state.step == "origin":
        question, keyboard = tr.gettext("Where are you from?"), origin_keyboard(tr)
    else:
        question, keyboard = tr.gettext("Where are you now?"), country_keyboard(tr)
    return Outcome((Reply(f"{hint}\n\n{question}", keyboard),), state)


def _acknowledged(state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    text = tr.gettext("OK. Write to me any time, or choose a topic:")
    return Outcome((Reply(text, menu_keyboard(tr)),), state.with_(misses=0))


def _cannot_help(state: UserState, ctx: Context, words: str = "") -> Outcome:
    """A question the bot has no content for: say so plainly, and show what it can do."""
    tr = ctx.translator(state.language)
    text = tr.gettext(
        "I cannot help with that. I can help with working abroad safely, your rights at "
        "work, your documents and going home. Choose a topic:"
    )
    # "can I get it after I am in Myanmar?" right after an answer: that answer offered too.
    outcome = Outcome((Reply(text, menu_keyboard(tr)),), state.with_(misses=0))
    return follow_up.offered(outcome, ctx, words, state)


def _encoding_offer(state: UserState, ctx: Context) -> Reply:
    tr = ctx.translator(state.language)
    now, other, data = (
        ("Zawgyi", "Unicode", "lang:my")
        if state.encoding == "zawgyi"
        else ("Unicode", "Zawgyi", "lang:my:zawgyi")
    )
    name = f"{NATIVE_NAMES['my']} ({now})"
    text = tr.gettext("I reply in {language}. Tap to change:").format(language=name)
    choice = (
        zawgyi_button()
        if data == ZAWGYI_CHOICE
        else Button(f"{NATIVE_NAMES['my']} ({other})", data)
    )
    return Reply(text, rows([choice]))


def _switch_offer(before: UserState, now: UserState, ctx: Context) -> Reply:
    """ "I reply in English. Tap to change: [မြန်မာ]", said in the new language and in the one
    the person had (they may not read the new one: the switch may be a forwarded text)."""
    offer = "I reply in {language}. Tap to change:"
    name = NATIVE_NAMES.get(now.language or "", "")
    lines = [ctx.translator(now.language).gettext(offer).format(language=name)]
    known = before.language in NATIVE_NAMES  # a stored state may hold anything
    back = before.language if known and before.language else "en"
    zawgyi = back == "my" and before.encoding == "zawgyi"
    if known:
        line = ctx.translator(back).gettext(offer).format(language=name)
        # Replies in another language are not re-encoded (language.encode_for): this is.
        lines.append(to_zawgyi(line) if zawgyi and now.language != "my" else line)
    choice = zawgyi_button() if zawgyi else Button(NATIVE_NAMES[back], f"lang:{back}")
    return Reply("\n".join(lines), rows([choice]))


def emergency(event: Text, state: UserState, ctx: Context) -> Outcome:
    """`_emergency`, first the line that nothing is known to us in a country the content does
    not cover, when the words name one ("i am in china, they lock me": round 24B)."""
    return elsewhere.told("emergency_help", event.text, _emergency(event, state, ctx), state, ctx)


def _emergency(event: Text, state: UserState, ctx: Context) -> Outcome:
    """Danger words: the emergency numbers first, for the place the message names or else the
    profile's, then the answer to the problem the NLU read, with the message's other problems
    offered. Where the person is is unknown: the answer that fits anyone at once, then "Where
    are you now?" alone (onboarding.ask_missing), then the numbers for their place
    (menu.answer, ANSWER_BEFORE_PROFILE)."""
    nlu = event.nlu
    topic = nlu.topic if nlu is not None and nlu.topic in TOPIC_IDS else None
    found = nlu.topics if nlu is not None else ()
    others = [t for t in found if t in TOPIC_IDS and t not in (topic, "emergency_help")]
    others = two_said.mended(others, event.text)  # "robbed, took my passport": lost (50C)
    if topic == "emergency_help":
        topic = None
    if upset.own_life(event.text) or upset.other_life(event.text):
        topic, others = None, []  # "i dont want to live": not "Work at home instead" (16B)
    else:
        # "boss threaten to kill me if i ask wages": the wages a tap under the numbers, as
        # plain words name them (also_said.py, round 48B); the numbers stay first
        seen = [*others, "emergency_help"]
        others += [t for t in also_said.also(topic, seen, event.text) if t not in seen]
    if topic == "change_employer" and harmed.says(event.text):
        # "boss say i must go with men": not "do not leave your job" under the numbers; a
        # tap away (28C)
        topic, others = None, ["change_employer", *others]
    # Locked in right after "im in johor now": Malaysia's numbers, not the profile's.
    there = said_before.carried(event.text, state, ctx)
    place = said_before.for_place(state, there)
    if asked_for(event.text, place).country is None:
        offered = [topic, *others] if topic else others
        unknown = answer("emergency_help", state, ctx, event.text, offered)
        return _money_noted(event.text, unknown, state, ctx)
    if topic is not None:
        urgent = triage.urgent_answer(event.text, place, ctx)
        usual = answer(topic, state, ctx, event.text, others, waited=_at(there, topic))
        usual = _noted(DANGER_NOTES, topic, event.text, usual, state, ctx)  # "escaped ... police?"
        return Outcome((*urgent, *usual.replies), usual.state)
    if there is None and asked_for(event.text, place).country == "other":
        # "i am in china, they lock me": its buttons (Embassy, Going home) not for the
        # profile's Thailand either (round 24B)
        there = pending.Pending("emergency_help", country="other")
    urgent = triage.urgent_answer(event.text, place, ctx, others, named=there)
    return _danger_noted(event.text, Outcome(urgent, state.with_(misses=0)), state, ctx)


def _money_noted(words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """The emergency answer `outcome` for a place not known yet, with the line on money the
    police or an official asked after the numbers' advice (round 31B: "raid in my room, we pay
    5000 baht each and police let us go" got "call the police" and nothing on the money; the
    answers for a known place carry it through DANGER_NOTES)."""
    if not officials_money.says(words):
        return outcome
    _ = ctx.translator(state.language).gettext
    also = _("You also wrote about this. Tap to read more:")
    return after_numbers(officials_money.line(state, ctx), outcome, also)


def _danger_noted(words: str, outcome: Outcome, state: UserState, ctx: Context) -> Outcome:
    """The emergency answer `outcome`, read with no problem under it, with DANGER_NOTES' lines
    after the numbers: they go on an answer's first line, and here there was none to carry
    them (round 23A: "boss beat me and take my phone, i afraid embassy send me back" got the
    numbers and the Embassy button, the fear dropped)."""
    blank = Outcome((Reply(""),), outcome.state)
    noted = _noted(DANGER_NOTES, "emergency_help", words, blank, state, ctx)
    lines = noted.replies[0].text.strip()
    if not lines:
        return outcome
    _ = ctx.translator(state.language).gettext
    return after_numbers(lines, outcome, _("You also wrote about this. Tap to read more:"))


# The lines put before an answer when its words say what our sources cannot answer, each
# `told(topic, words, outcome, state, ctx)`, in this order (each goes above the ones before):
NOTES: tuple[Note, ...] = (
    hospital_fears.told,  # "sick, if I go to hospital will they arrest me?" (16B)
    bereaved.told,  # "father died at home" (16B)
    complaint_fears.told,  # "will my boss know if i complain?" (15A)
    together.told,  # "we are 25 workers ... can we complain together?" (19A)
    employer_gone.told,  # "factory closed, boss run away, 2 month salary not pay" (36A)
    sign_paper.told,  # "company tell all of us sign paper in korean, i cannot read" (19A)
    forced_scam.told,  # "I was forced to scam, will police arrest me?" (16A)
    # "police took my son, will embassy send him to army?" (23A): below a ransom's line
    embassy_fears.told,
    called_up.told,  # "earthquake destroy my house, i need go home" (24A)
    ransom.told,  # "3000 dollar to let him go" (16A)
    taken_where.told,  # "where is my husband now, police took him" (25B)
    young.told,  # "i am girl 16, boy on facebook" (17B)
    born_abroad.told,  # "born in thailand" (17B)
    money_back.told,  # "visa fee ... get back" (18B)
    pay_rates.told,  # "minimum wage in thailand" (18B)
    deductions.told,  # "cut for room" (18B)
    contributions.told,  # "cut 750 baht for social security but I have no card" (36B)
    disaster.told,  # "everything burned, my passport too" (30C)
    medical_check.told,  # "after accident my leg not good, i walk with stick" (31C)
    treated_unfairly.told,  # "hospital refuse me", "thai workers get more, same work" (32B)
    far_away.told,  # "signal only on the hill at night, how i complain" (39C)
    work_conditions.told,  # "overtime every night ... ot no pay", "fainted in heat" (29B)
    bank_card.told,  # "keep my ATM card" (18B)
    embassy_asked.told,  # "boss keep my passport. embassy phone number?" (55A)
    at_sea.told,  # "fisherman on thai boat, captain keep my passport" (18C)
    border_pass.told,  # "i cross at poipet by the day, what papers" (18C)
    border_questions.told,  # "police check cambodian workers, i have no paper" (46A)
    scheme_rules.told,  # "E9 contract end, how get severance pay" (19C)
    phone_taken.told,  # "boss not pay 3 month and take my phone" (session 20)
    crossing.told,  # "agent say cross river tonight, no passport" (19B)
    elsewhere.told,  # "I am in Saudi, madam take passport" (24B)
    other_language.told,  # "I am Mon. Someone speak Mon language? boss keep my passport" (30B)
    officials_money.noted,  # "police keep my pink card, say pay 3000 then give back" (31B)
    online_threats.noted,  # "they have my nude photo, i am so scared": after the numbers
    for_relative.told,  # "my sister boss not pay salary" (50B)
    heard.told,  # "I hear Thailand open new registration, true?" (20B): above all
)
# A message forwarded from elsewhere: not round 19A's line for a group writing together (its
# "we" is the notice's writer's), heard.forwarded's instead.
FORWARDED_NOTES = tuple(note for note in NOTES if note is not together.told)
# After the emergency numbers, only these.
DANGER_NOTES: tuple[Note, ...] = (
    after_rescue.told,  # "they want me as witness, afraid they hurt my family" (28A)
    together.told,  # "boss run away owing all 40 of us, no food in the dormitory" (19A)
    forced_scam.told,
    embassy_fears.told,  # "... or they sell my daughter, i dont want embassy" (23A)
    ransom.told,
    online_threats.told,  # "they will post my video if i not pay" (30A): after the numbers
    officials_money.danger_told,  # "raid ... we pay 5000 baht each and police let us go" (31B)
    medical_check.danger_told,  # "high blood pressure ... boss not let me go clinic" (31C)
    employer_gone.danger_told,  # "site stopped, we live on site, no food" (36A)
)


def _noted(
    notes: tuple[Note, ...],
    topic: str,
    words: str,
    outcome: Outcome,
    state: UserState,
    ctx: Context,
) -> Outcome:
    for note in notes:
        outcome = note(topic, words, outcome, state, ctx)
    return outcome


def _at(named: pending.Pending | None, topic: str) -> pending.Pending | None:
    return replace(named, topic=topic) if named is not None else None


def _follow_language(event: Text, state: UserState) -> UserState:
    """Reply in the language the user writes in (detected by script), and in the Burmese
    encoding they type: back to Unicode only on text that is surely Unicode (one forwarded
    Zawgyi message must not garble the replies for good, nor "ပါ", same in both, undo a choice).
    A message forwarded from elsewhere is someone else's writing, not the reader's: it changes
    neither the language nor the script of a reader who has one (session 22 left it open: a
    Burmese reader who forwarded an English notice got English, one tap back)."""
    if event.forwarded and state.language is not None:
        return state
    if event.encoding == "zawgyi":
        state = state.with_(encoding="zawgyi")
    elif (
        event.encoding == "unicode"
        and state.encoding == "zawgyi"
        and is_clearly_unicode(event.text)
    ):
        state = state.with_(encoding=None)
    # A greeting says its language surely ("min ga lar bar", spaced, reads as English).
    lang = greeting_language(event.text) or event.language
    if lang not in LANGUAGES or lang == state.language:
        return state
    # A word or two of Latin script ("ok", "passport") is common in Burmese and Khmer chats:
    # switch to English only on a real English sentence.
    if lang == "en" and state.language is not None and len(event.text.split()) < 3:
        return state
    # "ot luy pay" from a Khmer reader: their language in Latin letters, read as English.
    if lang == "en" and leans_to(event.text, state.language):
        return state
    return state.with_(language=lang)


def _conversation(intent: str, state: UserState, ctx: Context, words: str = "") -> Outcome:
    tr = ctx.translator(state.language)
    _ = tr.gettext
    if intent == "bot_help":  # "what can I do?" right after an answer: that answer offered too
        return follow_up.offered(show_help(state, ctx), ctx)
    if intent == "change_language":
        return ask_language(state, ctx)
    if intent == "talk_to_person":
        # "បុគ្គលិក CWCC មិនឆ្លើយខ្ញុំ" (CWCC's staff don't answer me), "Alpha staff told my boss"
        # read as Talk to a person (round 45B): the form keeps the id and leaves it out, as
        # from the button of a complaint typed outside the form (outside_complaint.py, 43B)
        if avoid := outside_complaint.named(words, ctx):
            return referral_form.on_person(":not=" + "+".join(avoid), state, ctx)
        return referral_form.start(None, state, ctx)
    texts = {
        "greet": _("Hello! How can I help you?"),
        "thanks": _("You are welcome. I am here when you need me."),
        "goodbye": _("Goodbye. Stay safe. Write to me any time."),
    }
    outcome = Outcome((Reply(texts[intent], menu_keyboard(tr)),), state.with_(misses=0))
    if intent == "greet" and "?" in words and ctx.last_answer is not None:
        # "hello??" right after an answer that left a problem out (round 21B): that answer,
        # and the other problems written, offered again (follow_up.offered), with a person
        # and the menu's button, not the whole menu under them (a phone's screen).
        short = Outcome((Reply(texts[intent], (footer(tr),)),), state.with_(misses=0))
        return follow_up.offered(short, ctx)
    return outcome


def _unsupported_language(state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    text = tr.gettext("I can read Burmese, Khmer and English. Please write in one of them.")
    return language_choice(text, state)


# "ผมเป็นนายจ้าง" (I am the employer), read as "ผมเป็น employer": an employer's first question
# about a worker ("what did my worker report?" read as Passport taken, "my worker ran away" as
# danger) is no problem of the writer's to answer after the choice.
_WRITER_EMPLOYS = re.compile(r"เป็น\s*(?:employer|boss|เจ้าของ)")


def _kept_for_after(event: Text, state: UserState, own: str | None) -> UserState:
    """`state` with the answer to a first message all in Thai waiting for the language
    choice (menu.set_language), with the place its words name: a Thai wife's "สามีเป็นคนพม่า
    ถูกตำรวจจับ" (her husband arrested) got the choice, then only the profile questions and
    the menu (round 27C). Only a topic the NLU read, as for any first message (none in
    "123" or an emoji, the other messages of no language); not words that ask about a
    person (own_data), nor an employer's (_WRITER_EMPLOYS)."""
    if own is not None or event.nlu is None or event.language not in (None, "th"):
        return state  # "th": all in Thai; None: its Thai words read
    topic = event.nlu.topic
    if topic not in TOPIC_IDS or _WRITER_EMPLOYS.search(event.text):
        return state
    asked, writer_in = answer_place.answered_for(topic, event.text, state)
    waits = pending.beyond_profile(topic, state, asked, writer_in) or pending.Pending(topic)
    return state.with_(pending_topic=waits.stored())


def _in_thai_too(event: Text, outcome: Outcome, ctx: Context, last: bool = False) -> Outcome:
    """A message all in Thai (a Thai employer, neighbour or wife, round 27C) got the language
    choice, or "I can read Burmese, Khmer and English", in languages its writer may not read:
    first, in Thai, what the bot is, the languages it reads, and that it tells nobody about
    anyone (under the numbers when the words are danger: "ถูกขัง ช่วยด้วย" from a Thai
    neighbour). Thai words inside Burmese, Khmer or English are that language's (read_thai)."""
    if event.language not in (None, "th") or not has_thai(event.text):
        return outcome
    note = ctx.translator("th").gettext(
        "This bot helps migrant workers. It reads and answers only Burmese, Khmer and "
        "English. It gives no information about any person."
    )
    if last:  # under the emergency numbers, which come first
        return Outcome((*outcome.replies, Reply(note)), outcome.state)
    return Outcome((Reply(note), *outcome.replies), outcome.state)


def _nlu_down(state: UserState, ctx: Context) -> Outcome:
    tr = ctx.translator(state.language)
    text = tr.gettext(
        "I cannot read free text right now. Please use the buttons: they work. "
        "Try writing again later."
    )
    return Outcome((Reply(text, menu_keyboard(tr)),), state)


def _not_understood(event: Text, state: UserState, ctx: Context, guesses: bool = True) -> Outcome:
    tr = ctx.translator(state.language)
    _ = tr.gettext
    misses = state.misses + 1
    ranking = event.nlu.ranking if event.nlu and guesses else ()
    closest = [name for name, _score in ranking if ctx.catalog.topic(name)][:MAX_SUGGESTIONS]
    # "penang factory boss problem": each guess answers for the place the words name too,
    # as its answer would (answer_place.py: home for going abroad from home, round 13B; the
    # place said a moment ago, round 14C).
    buttons = [
        Button(
            topic_title(ctx.catalog, tid, tr.language),
            answer_place.data_for(tid, event.text, state, ctx),
        )
        for tid in closest
    ]
    if misses >= MISSES_BEFORE_PERSON:
        text = _("I still do not understand. A person from a partner organisation can help you.")
        keyboard = (footer(tr, closest[0] if closest else None), *rows(buttons))
    else:
        text = _("Sorry, I did not understand. Did you mean one of these?")
        if not buttons:
            text = _("Sorry, I did not understand. Please choose a topic or write it differently.")
        keyboard = (*rows(buttons), footer(tr))
    # "how much it cost?" right after an answer: that answer offered first (follow_up.py).
    outcome = Outcome((Reply(text, keyboard),), state.with_(misses=misses))
    return follow_up.offered(outcome, ctx, event.text, state)


GROUP_LANGUAGES = ("my", "km", "en")  # a group has no language of its own: all three


def on_group(bot_username: str, state: UserState, ctx: Context) -> Outcome:
    """In a group: only where to talk, in the three languages, with a button that opens the
    private chat when the bot's @name is known."""
    text = "\n\n".join(
        ctx.translator(language).gettext(
            "I only talk in private chats, to keep what you say safe. Write to me directly."
        )
        for language in GROUP_LANGUAGES
    )
    if not bot_username:
        return Outcome((Reply(text),), state)
    link = Button(f"💬 @{bot_username}", f"{LINK_PREFIX}{bot_username}")
    return Outcome((Reply(text, ((link,),)),), state)
