"""Sadness, tiredness and no place to sleep, said alone, most often right after an answer
(exploratory round 13A): the NLU has no intent for them and read "I have nowhere to sleep"
as Goodbye at 0.84 ("Goodbye. Stay safe."), "ငိုချင်တယ်" (I want to cry) and "no place
to sleep" in Burmese as out of scope ("I cannot help with that"), "ខ្ញុំចង់យំ" (I want to
cry) as not understood.

Now such a message gets: sorry, you are not alone, a person can listen and help, and the
emergency answer one tap away (what it says is the curated content; nothing is added here,
no number), with the last answer's topic carried to the person (follow_up.py). Read before
the NLU, never before danger words (flows._read): "I want to die" is danger, and gets the
emergency answer first. The word lists are drafts for partners to extend.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.content.localised import topic_title
from bot.dialogue import answer_place, follow_up
from bot.dialogue.context import Context
from bot.dialogue.keyboards import footer
from bot.dialogue.lexicon import entries, holds, said_alone
from bot.dialogue.outcome import Outcome, after_numbers
from bot.values import Button, Keyboard, Reply, UserState

NAME = "upset"  # counted as a conversation (tally.py), never words
EMERGENCY = "emergency_help"
_TOPIC = ("topic:", "at:")  # a button that opens an answer (answers.py)

_SAID = entries(
    # English, and the broken English people type
    "i want to cry|want to cry|i wanna cry|wanna cry|i want cry|want cry|i am crying|"
    "im crying|i'm crying|crying|i cry|i feel like crying|sad|i am sad|im sad|i'm sad|"
    "i feel sad|feel sad|heartbroken|heart broken|stressed|i am stressed|im stressed|"
    "depressed|i am depressed|im depressed|i feel bad|feel bad|tired|i am tired|im tired|"
    "i'm tired|hungry|i am hungry|im hungry|"
    "nowhere to sleep|no where to sleep|no place to sleep|nowhere to stay|no where to stay|"
    "no place to stay|nowhere to live|no place to live|nowhere to go|no where to go|"
    "i have nowhere to sleep|i have no place to sleep|i have nowhere to stay|"
    "i have no place to stay|i have nowhere to go|i have no where to sleep|"
    "i have no where to stay|i no place to sleep|i no place to stay|homeless|i am homeless|"
    "sleep on the street|sleeping on the street|sleep outside|sleeping outside|"
    # sleepless, crying at night, missing home (round 16B: "i cannot sleep, i cry every
    # night" was read as an emergency, and got the police hotline first)
    "cannot sleep|cant sleep|can't sleep|can not sleep|i cannot sleep|i cant sleep|i can't sleep|"
    "i can not sleep|"
    "i cry every night|cry every night|crying every night|i cry all night|cry all night|"
    "i miss my family|miss my family|i miss home|miss home|homesick|i am homesick|lonely|"
    "i am lonely|im lonely|i feel lonely|"
    # no one cares (round 20A: not understood)
    "no one cares|nobody cares|no one care|nobody care|no one cares about me|"
    "nobody cares about me|no one care about me|nobody care about me|no one care me|"
    "no one love me|nobody love me|no one loves me|nobody loves me|i feel alone|i am alone|"
    "ဘယ်သူမှ ဂရုမစိုက်ဘူး|ဘယ်သူမှ ဂရုမစိုက်ကြဘူး|គ្មាននរណាខ្វល់ពីខ្ញុំទេ|គ្មាននរណាខ្វល់|"
    # မနေချင်တော့ဘူး: I do not want to stay (or to live) any more, said alone: the sorry and a
    # person whichever it means (round 20A: not understood; drafts)
    "မနေချင်တော့ဘူး|ma nay chin tot bu|ma nay chin tot buu|ma nay chin tawt bu|"
    # Burmese: ငိုချင် (want to cry), ဝမ်းနည်း (sad), စိတ်ညစ် (depressed, fed up),
    # ပင်ပန်း / မော (tired), ဗိုက်ဆာ (hungry), အိပ်စရာ / နေစရာ နေရာ မရှိ (no place to
    # sleep / to live); romanised
    "ငိုချင်တယ်|ငိုချင်လိုက်တာ|ငိုချင်နေပြီ|ငိုနေတယ်|ငိုမိတယ်|ဝမ်းနည်းတယ်|ဝမ်းနည်းလိုက်တာ|"
    "စိတ်ညစ်တယ်|စိတ်ညစ်လိုက်တာ|စိတ်ညစ်နေတယ်|စိတ်ဓာတ်ကျတယ်|ပင်ပန်းတယ်|ပင်ပန်းလိုက်တာ|"
    "မောတယ်|ဗိုက်ဆာတယ်|အိပ်စရာ နေရာ မရှိဘူး|အိပ်စရာ မရှိဘူး|အိပ်စရာနေရာ မရှိဘူး|"
    "နေစရာ မရှိဘူး|နေစရာ နေရာ မရှိဘူး|သွားစရာ နေရာ မရှိဘူး|လမ်းပေါ်မှာ အိပ်နေရတယ်|"
    "ngo chin tal|ngo chin tl|ngo chin dal|ngo chin tae|sate nyit tal|sate nyit tl|"
    "seik nyit tal|sate nyit|seik nyit|"
    # အိပ်မပျော် / အိပ်လို့မရ (cannot sleep), ညတိုင်း ငို (cry every night), အိမ် / မိသားစု
    # ကို လွမ်း (miss home, the family), အထီးကျန် (lonely) (round 16B)
    "အိပ်မပျော်ဘူး|အိပ်လို့မရဘူး|ညတိုင်း ငိုတယ်|ညတိုင်း ငိုနေတယ်|အိမ်ကို လွမ်းတယ်|"
    "အိမ်လွမ်းတယ်|မိသားစုကို လွမ်းတယ်|အထီးကျန်တယ်|eate ma pyaw buu|eate ma pyaw bu|"
    "ein lwan tal|eain lwan tal|"
    # Khmer: ចង់យំ (want to cry), កើតទុក្ខ / សោកសៅ / ពិបាកចិត្ត (sad, troubled),
    # អស់កម្លាំង / ហត់ (tired), ឃ្លាន (hungry), គ្មាន / អត់មាន កន្លែងស្នាក់នៅ / ដេក (no
    # place to stay / to sleep); romanised
    "ចង់យំ|យំ|កំពុងយំ|កើតទុក្ខ|សោកសៅ|ពិបាកចិត្ត|អស់កម្លាំង|ហត់|ឃ្លាន|"
    "គ្មានកន្លែងស្នាក់នៅ|គ្មានកន្លែងដេក|អត់មានកន្លែងស្នាក់នៅ|អត់មានកន្លែងដេក|"
    "អត់កន្លែងស្នាក់នៅ|អត់កន្លែងដេក|chong yum|pibak chet|pibak chit|"
    # គេង / ដេក មិនលក់ (cannot sleep), យំរាល់យប់ (cry every night), នឹកផ្ទះ / នឹកគ្រួសារ
    # (miss home, the family), ឯកា (lonely) (round 16B)
    "គេងមិនលក់|ដេកមិនលក់|យំរាល់យប់|នឹកផ្ទះ|នឹកគ្រួសារ|ឯកា|dek min lak|keng min lak|"
    "nek pteah|nuek pteah|nek krousar|"
    "kmean kanleng snak nov|ot mean kanleng dek|ot mean kanleng snak nov"
)
# Words that may come with it and say nothing of their own: "i am so tired bro",
# "ကျွန်မ အရမ်း ငိုချင်တယ်", "ខ្ញុំពិបាកចិត្តណាស់បង".
_WITH = entries(
    "i|me|am|so|very|much|really|now|today|tonight|too|just|already|sorry|bro|sis|sir|madam|"
    "ok|la|lah|"
    "ကျွန်တော်|ကျွန်မ|ကျနော်|ကျမ|ငါ|အရမ်း|သိပ်|အခု|ဒီည|ဗျ|ဗျာ|ရှင်|ပါ|နော်|"
    "ខ្ញុំ|ណាស់|ពេក|ខ្លាំង|ខ្លាំងណាស់|បង|ហើយ|ឥឡូវ|យប់នេះ|khnhom|knhom|bong|nas"
)


# Not wanting to live (danger words, content/safety/emergency_keywords.yml): the emergency
# answer, and nothing the NLU read beside it. "i miss my family so much i dont want to live
# anymore" got the numbers, then "Work at home instead" (round 16B; "I want to die" then the
# injury answer, round 13A). Latin as whole words, Burmese and Khmer inside the text.
_OWN_LIFE = re.compile(
    r"\b(?:want to die|wanna die|want die|dont want to live|dont want live|"
    r"do not want to live|do not want live|no reason to live|kill myself|end my life|"
    r"suicide|suicidal|"
    # round 20A: "better to die", "maybe better i die" got "I cannot help with that";
    # hurting oneself; romanised Burmese သေချင်တယ် and Khmer ចង់ស្លាប់ (drafts)
    r"better to die|better i die|better if i die|better die|rather die|kill my self|"
    r"hurt myself|harm myself|cut myself|cutting myself|self harm|"
    r"cannot go on anymore|cant go on anymore|can not go on anymore|cannot go on like this|"
    r"cant go on like this|cannot go on living|cant go on living|tired of living|tired of life|"
    r"say chin|tay chin|thay chin|chong slab|chong slap|chong slob|jong slab|min chong rus)\b"
)
_OWN_LIFE_SCRIPT = (
    "သေချင်",
    "အသက်မရှင်ချင်",
    "ကိုယ့်ကိုယ်ကိုသတ်",
    "သေတာကောင်း",  # better to die (round 20A, draft)
    "ចង់ស្លាប់",
    "មិនចង់រស់",
    "សម្លាប់ខ្លួន",
    "ស្លាប់ល្អជាង",  # better to die (round 20A, draft)
    # round 52B (drafts, as in emergency_keywords.yml): just die, better if I die, end my
    # life, not want to stay in this world, want everything to end; Khmer end (my) life, not
    # want a life, no heart left to live, tired of life, better to just die
    "သေလိုက်ချင်",
    "သေပစ်ချင်",
    "သေသွားချင်",
    "သေရင်ကောင်း",
    "ဘဝကိုအဆုံးသတ်",
    "အသက်ကိုအဆုံးသတ်",
    "လောကကြီးမှာမနေချင်",
    "ကမ္ဘာကြီးမှာမနေချင်",
    "အရာအားလုံးပြီးဆုံးချင်",
    "បញ្ចប់ជីវិត",
    "មិនចង់មានជីវិត",
    "អស់ចិត្តរស់",
    "ធុញទ្រាន់នឹងជីវិត",
    "ស្លាប់ទៅល្អជាង",
)
# Someone else's life (round 20A): "my friend say she will die", "he drink and cut his hand"
# (read as Arrest), "my friend want to kill herself" got the emergency answer for the writer
# and Arrest or detention, Passport taken a tap away.
_OTHER_LIFE = re.compile(
    r"\b(?:kill herself|kill himself|kill themselves|kill her self|kill him self|"
    r"end her life|end his life|hurt herself|hurt himself|harm herself|harm himself|"
    r"cut herself|cut himself|cut his hand|cut her hand|cut his wrist|cut her wrist|"
    r"she will die|he will die|she want to die|he want to die|she wants to die|"
    r"he wants to die|she wanna die|he wanna die)\b"
)
_OTHER_LIFE_SCRIPT = ("သူသေချင်", "သူငယ်ချင်းကသေချင်", "គាត់ចង់ស្លាប់", "មិត្តខ្ញុំចង់ស្លាប់", "មិត្តខ្ញុំចង់សម្លាប់ខ្លួន")


# Said alone, the whole message (round 20A: "I cannot go on" got the emergency answer by the
# NLU's reading, without the line for not wanting to live; "i am so tired of everything" got
# "did not understand"). Not inside a longer text: "cannot go on leave", "tired of
# everything at this job, how to change employer" ask something else. Drafts for partners.
_OWN_LIFE_ALONE = entries(
    "cannot go on|cant go on|can not go on|cannot go on anymore|i cannot go on|i cant go on|"
    "i can not go on|tired of everything|so tired of everything|tired of everything now|"
    "tired of all|tired of it all|so tired of it all|tired of this life|so tired of this life|"
    "i give up on life|give up on life|no reason to go on|nothing to live for"
)
_OWN_LIFE_WITH = entries(
    "i|im|i am|am|so|really|just|very|too|anymore|now|already|please|sorry|help|bro|sis"
)


def own_life_alone(text: str) -> bool:
    """Whether the whole of `text` says the writer cannot go on ("I cannot go on")."""
    return said_alone(text, _OWN_LIFE_ALONE, _OWN_LIFE_WITH)


def own_life(text: str) -> bool:
    """Whether `text` says the writer does not want to live."""
    return holds(text, _OWN_LIFE, _OWN_LIFE_SCRIPT) or own_life_alone(text)


def other_life(text: str) -> bool:
    """Whether `text` says someone else may end their life or hurt themselves."""
    return holds(text, _OTHER_LIFE, _OTHER_LIFE_SCRIPT)


def told(
    words: str, outcome: Outcome, state: UserState, ctx: Context, button: str | None = None
) -> Outcome:
    """`outcome` (the emergency answer) for someone who does not want to live, or who fears
    a friend will hurt themselves (round 20A: the answer spoke of trafficking reports and a
    safe place, offered Arrest or detention and Passport taken, and said nothing to the
    person): after the numbers, a sorry, what to do now, that our sources have no counselling
    line, and a person; none of the emergency answer's other topics. `button`: the label the
    line names as the way to a person, "Talk to a person" unless given."""
    other = other_life(words)
    if not other and not own_life(words):
        return outcome
    _ = ctx.translator(state.language).gettext
    person = button or _("Talk to a person")
    if other:
        note = _(
            "You are right to worry. If you can, stay with them and do not leave them alone. "
            "If they may hurt themselves now, call the emergency number where you are. Our "
            "sources have no checked counselling line for people who think of ending their "
            "life. A person from a partner organisation can help you: tap “{person}”."
        )
    else:
        note = _(
            "I am very sorry you feel this way. You are not alone. If you may hurt yourself "
            "now, call the emergency number where you are, or ask someone near you to stay "
            "with you. Our sources have no checked counselling line for people who think of "
            "ending their life. A person from a partner organisation can listen: tap "
            "“{person}”."
        )
    note = note.format(person=person)
    replies = tuple(replace(r, buttons=_without_topics(r.buttons)) for r in outcome.replies)
    outcome = replace(outcome, replies=replies)
    return after_numbers(note, outcome, _("You also wrote about this. Tap to read more:"))


def _without_topics(keyboard: Keyboard) -> Keyboard:
    """`keyboard` without the rows that open another topic (Arrest or detention, Passport
    taken, Embassy): a person and the menu stay, and any question's buttons."""
    return tuple(row for row in keyboard if not any(b.data.startswith(_TOPIC) for b in row))


# Wanting to go home, said beside it: "I cannot sleep, I want to go home, I cry every night"
# got the injury answer (round 16B). The reply offers Going home too.
_HOME = entries(
    "i want to go home|want to go home|i want go home|want go home|i want to go back|"
    "i want go back|i wanna go home|အိမ်ပြန်ချင်တယ်|ပြန်ချင်တယ်|ចង់ទៅផ្ទះ|ចង់ត្រឡប់ទៅផ្ទះ|"
    "chong tov pteah|ein pyan chin tal"
)
HOME = "return_home"


def says(text: str) -> bool:
    """Whether the whole message says only that (with an I, a very, a form of address, or
    wanting to go home): "my boss not pay, I am so tired" asks something, and is read."""
    return said_alone(text, _SAID | _HOME, _WITH) and not said_alone(text, _HOME, _WITH)


def reply(state: UserState, ctx: Context, words: str = "") -> Outcome:
    """Sorry, not alone; a person (about the last answer, when there was one); the
    emergency answer one tap away; Going home when `words` say so; the last answer; the
    menu."""
    tr = ctx.translator(state.language)
    person = tr.gettext("Talk to a person")
    emergency = topic_title(ctx.catalog, EMERGENCY, tr.language)
    text = tr.gettext(
        "I am sorry. You are not alone. A person from a partner organisation can listen and "
        "help you: tap “{person}”. If you are in danger now, tap “{emergency}”."
    ).format(person=person, emergency=emergency)
    last = follow_up.topic_of(ctx.last_answer)
    keyboard: list[tuple[Button, ...]] = [
        footer(tr, last)[:1],
        (Button(emergency, f"topic:{EMERGENCY}"),),
    ]
    if said_alone(words, _SAID | _HOME, _WITH) and not said_alone(words, _SAID, _WITH):
        home = answer_place.data_for(HOME, words, state, ctx)
        keyboard.append((Button(topic_title(ctx.catalog, HOME, tr.language), home),))
    if last is not None and last != EMERGENCY and ctx.last_answer is not None:
        keyboard.append((Button(topic_title(ctx.catalog, last, tr.language), ctx.last_answer),))
    keyboard.append(footer(tr)[1:])
    return Outcome((Reply(text, tuple(keyboard)),), state.with_(misses=0))
