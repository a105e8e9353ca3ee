"""A key word typed alone: "passport", ပွဲစား (broker), ប្តឹង (complain) (session 19).

People on a cheap phone often type one word and wait. The NLU read many such words as one
topic, or as nothing: ပွဲစား and "pwe sar" (broker) as Goodbye, ပတ်စပို့ (passport) and
ប្តឹង (complain) not understood, "passport" always as Lost documents, though the person
whose boss keeps it needs Passport taken. A word that can mean several problems now gets
"Which of these is it about?" with their topics as buttons (each for the place the words
name, as other buttons are: answer_place.py), in urgency order, and a person; a word with
one meaning gets that topic's answer (a debt alone has its own reply: debt.py). Read before
the NLU, never before danger words (flows._read), and only when the message is the word
alone, with at most a "my", an "about", a "problem" or a particle beside it. The lists are
drafts for partners to extend.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.content.localised import topic_title
from bot.dialogue import answer_place
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.keyboards import footer
from bot.dialogue.lexicon import entries, said_alone
from bot.dialogue.lexicon import readings as lexicon_readings
from bot.dialogue.menu import answer
from bot.dialogue.outcome import Outcome
from bot.nlu.priority import urgency
from bot.values import Button, Reply, UserState

NAME = "lone_word"  # counted as a conversation (tally.py), never words


@dataclass(frozen=True)
class Term:
    topics: tuple[str, ...]
    words: frozenset[str]


TERMS: tuple[Term, ...] = (
    # passport: kept by the boss, lost, renewed at the embassy, or needed to go
    Term(
        ("documents_confiscated", "lost_documents", "embassy_contact", "documents_needed"),
        entries(
            "passport|passports|pass port|paspot|passpot|paspor|pasport|"
            "ပတ်စပို့|ပတ်စ်ပို့|ပါ့စပို့|ပါ့စ်ပို့|ပတ်စပို့စ်|pat sa port|pat sa po|"
            "លិខិតឆ្លងដែន|ប៉ាស្ប៉័រ|ប៉ាសស្ព័រ|ប៉ាស្ព័រ|likhet chlong den|likhit chhlong den"
        ),
    ),
    # a broker or an agency: its fees and debt, checking it, or a problem with it
    Term(
        ("agency_complaint", "recruitment_fees", "check_agency"),
        entries(
            "broker|brokers|agent|agents|agency|agencies|"
            "ပွဲစား|ပွဲစားခ|အေဂျင်စီ|pwe sar|pwesar|pwe zar|pwe za|a gyin si|agyinsi|"
            "មេខ្យល់|ភ្នាក់ងារ|me khyol|mekhyol|mei khyol|me kjol|neak ngear|"
            "phneak ngear|pneak ngea"
        ),
    ),
    # the police or immigration: in danger now, or held
    Term(
        ("emergency_help", "arrest_detention"),
        entries("police|immigration|raid|ရဲ|လဝက|လ ဝ က|yae|ប៉ូលីស|អន្តោប្រវេសន៍|polis"),
    ),
    # no work: the job lost, or a boss who gives no work (and so no pay). Before the NLU read
    # "အလုပ်မရှိဘူး" as Injury or illness (0.60), and the Zawgyi form, read as Unicode since
    # round 44B, with it (round 44B).
    Term(
        ("change_employer", "unpaid_wages"),
        entries(
            "no work|no job|no more work|no jobs|အလုပ်မရှိ|အလုပ်မရှိဘူး|အလုပ်မရှိတော့ဘူး|အလုပ်မရှိတော့|အလုပ် မရှိဘူး|အလုပ် မရှိ"
        ),
    ),
    # to complain
    Term(
        ("complaint_channels",),
        entries(
            "complain|complaint|complaints|"
            "တိုင်ကြား|တိုင်ကြားချင်|တိုင်ချင်|tine kyar|tain kyar|taing kyar|"
            "ប្តឹង|ប្ដឹង|ពាក្យបណ្តឹង|ពាក្យបណ្ដឹង|ចង់ប្តឹង|ចង់ប្ដឹង|pdeng|bdeng|ptoeng"
        ),
    ),
)
_ANY = frozenset().union(*(term.words for term in TERMS))
# Beside the word, and nothing of their own: "my passport", "broker problem", ပွဲစားကိစ္စ.
_WITH = entries(
    "my|the|a|about|problem|problems|question|questions|help|please|pls|plz|ask|info|"
    "information|what|how|and|"
    "ကျွန်တော့်|ကျွန်မ|ကျွန်တော်|ကိစ္စ|အကြောင်း|ပြဿနာ|ပါ|လား|လဲ|ရှင့်|ခင်ဗျာ|"
    "ខ្ញុំ|បញ្ហា|អំពី|សួរ|ពី|បង|ទេ|"
    "khnhom|knhom|banhaa|panha|bonha|kitsa|kate sa"
)
MOST = 4
# Longer than this, a message is more than a word and its "my", "about" (the longest:
# "likhit chhlong den" and a particle or two): read before the NLU for every message, the
# test must cost nothing on the rest (issue 11's CPU per message).
LONGEST = 40


def term_of(text: str) -> Term | None:
    """The term `text` is, typed alone; None for anything else."""
    if len(text) > LONGEST:
        return None
    readings = lexicon_readings(text)
    said = [reading for reading in readings if said_alone(reading, _ANY, _WITH)]
    return next((t for t in TERMS if any(said_alone(r, t.words, _WITH) for r in said)), None)


def says(event: Text) -> bool:
    return term_of(event.text) is not None


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """One meaning: its answer. Several: "Which of these is it about?", their topics, in
    urgency order, each for the place the words name, and a person."""
    term = term_of(event.text)
    assert term is not None  # says() found it
    topics = sorted((t for t in term.topics if ctx.catalog.topic(t)), key=urgency)[:MOST]
    if len(topics) == 1:
        return answer(topics[0], state, ctx, event.text)
    tr = ctx.translator(state.language)
    buttons = tuple(
        (
            Button(
                topic_title(ctx.catalog, topic, tr.language),
                answer_place.data_for(topic, event.text, state, ctx),
            ),
        )
        for topic in topics
    )
    text = tr.gettext("Which of these is it about?")
    return Outcome((Reply(text, (*buttons, footer(tr))),), state.with_(misses=0))
