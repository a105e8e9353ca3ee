"""Topics the words put in place of the NLU's reading, each by the module that knows its
words, in one order: the reply (flows._read) and the anonymous count (tally._read) read this
table, as they read said_alone.SAID. Before, each rule was two hand-written checks, one in
each module, and the count took the first that held while the reply went through them all.

Each rule sees the topic left by the rules before it: "hospital, police come?" read as an
arrest becomes the injury answer; "cross river tonight, no passport" becomes Documents you
need whatever was read before it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.dialogue import (
    back_home,
    bank_card,
    complaint_fears,
    contributions,
    crossing,
    deductions,
    employer_gone,
    far_away,
    fee_asked,
    going_to,
    hospital_fears,
    job_advert,
    men_abroad,
    no_passport,
    papers_words,
    scheme_rules,
    sign_paper,
    work_conditions,
)
from bot.dialogue.context import Context

# Under this, an emergency the NLU read with no danger word is a guess (change_unsure_emergency).
UNSURE_EMERGENCY = 0.5


@dataclass(frozen=True)
class Instead:
    name: str  # the rule, for tests and reading; never counted or logged with the words
    # the topic so far, the words, the NLU's confidence, the context
    holds: Callable[[str | None, str, float, Context], bool]
    topic: str  # answered in place of the topic so far
    also: tuple[str, ...] = ()  # the topic it replaces, offered one tap away


RULES: tuple[Instead, ...] = (
    # "can I go hospital without passport, police come?" read as an arrest (16B)
    Instead(
        "hospital_fear",
        lambda t, w, c, ctx: hospital_fears.instead_of_arrest(t, w, ctx),
        hospital_fears.INJURY,
    ),
    # "if I complain will police arrest me" read as an arrest; the arrest answer one tap away
    Instead(
        "complaint_fear",
        lambda t, w, c, ctx: complaint_fears.instead_of_arrest(t, w),
        complaint_fears.CHANNELS,
        (complaint_fears.ARREST,),
    ),
    # "if i report supervisor, he will cancel my visa?" read as Passport taken (27B)
    Instead(
        "complaint_fear_other",
        lambda t, w, c, ctx: complaint_fears.instead_of_other(t, c, w),
        complaint_fears.CHANNELS,
    ),
    # "my passport expire" read as Passport taken: no one took it (22A); Passport taken a tap away
    Instead(
        "passport_runs_out",
        lambda t, w, c, ctx: papers_words.runs_out_not_kept(t, w),
        papers_words.EMBASSY,
        (papers_words.KEPT,),
    ),
    # "i have no NRC card, no citizen card. can i get passport?" read as Passport taken: no
    # one keeps it, none was ever had (30B); Passport taken a tap away
    Instead(
        "never_had_papers",
        lambda t, w, c, ctx: scheme_rules.never_had_not_kept(t, w),
        papers_words.EMBASSY,
        (papers_words.KEPT,),
    ),
    # "i want to go thailand but i have no passport", "kjom chong tov thai tae ot mean
    # passport" read as Passport taken, Lost documents or the embassy's answer (session 27)
    Instead(
        "no_passport_yet",
        lambda t, w, c, ctx: no_passport.instead_of(t, w),
        no_passport.DOCUMENTS,
        (no_passport.LEGAL,),
    ),
    # "boss fine me 500 baht", "take 200 ringgit for levy" (18B)
    Instead("deduction", lambda t, w, c, ctx: deductions.instead_of(t, c, w), deductions.WAGES),
    # "my friend fainted in heat" in Zawgyi, read as nothing (29B)
    Instead(
        "harmed_at_work",
        lambda t, w, c, ctx: work_conditions.instead_of(t, c, w),
        work_conditions.INJURY,
    ),
    # "we live in camp, guard not let us go out" read as nothing (39C)
    Instead("kept_in", lambda t, w, c, ctx: far_away.instead_of(t, c, w), far_away.EMERGENCY),
    # "signal only on the hill at night, how i complain" read as nothing (39C)
    # "I live far, no office near" read as an emergency at 0.54, no danger word (41C)
    Instead("far_away", lambda t, w, c, ctx: far_away.instead_far(t, c, w), far_away.CHANNELS),
    # "ខ្ញុំចង់ប្តូរថៅកែ តែថៅកែមិនឲ្យ" (I want to change boss, but the boss does not let me)
    # read as an emergency at 0.40, no danger word (the lead, session 29): Change employer,
    # Emergency help a tap away (danger words are answered before any rule: flows._read)
    Instead(
        "change_unsure_emergency",
        lambda t, w, c, ctx: (
            t == "emergency_help"
            and c < UNSURE_EMERGENCY
            and papers_words.named_topic(w) == papers_words.CHANGE
        ),
        papers_words.CHANGE,
        ("emergency_help",),
    ),
    # "ថៅកែរក្សាកាត ATM" (the boss keeps my ATM card), read as nothing (18B)
    Instead("bank_card", lambda t, w, c, ctx: bank_card.instead_of(t, w), bank_card.KEPT),
    # "employer take money for prakan sangkhom but never give me card" read as Passport
    # taken (36B); Passport taken a tap away
    Instead(
        "social_security_named",
        lambda t, w, c, ctx: contributions.instead_of(t, w),
        contributions.SOCIAL,
        (contributions.KEPT,),
    ),
    # "agent say cross river tonight, no passport" (19B)
    Instead("crossing", lambda t, w, c, ctx: crossing.instead_of(t, w), crossing.DOCUMENTS),
    # a job advert asking money first, pasted or forwarded, read as Unpaid wages (21C)
    Instead(
        "job_advert",
        lambda t, w, c, ctx: job_advert.instead_of(t, w),
        job_advert.SCAMS,
        (job_advert.FEES,),
    ),
    # "agent want 20000 baht, is it normal?" read as an agency problem or nothing (24C)
    Instead(
        "fee_asked",
        lambda t, w, c, ctx: fee_asked.instead_of(t, w),
        fee_asked.FEES,
        (fee_asked.AGENCY,),
    ),
    # "how to go korea" read as Going home, "chong tov korea" read as nothing (23B)
    Instead(
        "going_to",
        lambda t, w, c, ctx: going_to.instead_of(t, w),
        going_to.LEGAL,
        (going_to.HOME,),
    ),
    # "khnhom chong tov thai tver kar, trov kar ey klah" (I want to go to work in Thailand,
    # what is needed) read as Fake jobs at 0.31 (the lead, session 29): a guess that weak is
    # no scam told; Going abroad legally, Fake jobs a tap away
    Instead(
        "going_to_unsure",
        lambda t, w, c, ctx: going_to.unsure_scam(t, c, w),
        going_to.LEGAL,
        (going_to.SCAMS,),
    ),
    # "malaysia ko thwar chin tal pwe sar ka paing san ma pyaw bu" (I want to go to Malaysia,
    # the broker does not tell the cost) read as Embassy at 0.25 (55B): Going abroad legally,
    # the embassy a tap away
    Instead(
        "going_to_unsure_embassy",
        lambda t, w, c, ctx: going_to.unsure_embassy(t, c, w),
        going_to.LEGAL,
        (going_to.EMBASSY,),
    ),
    # "i came back from thailand 3 month, no job, what can i do?" read as Fake jobs,
    # "ministry of labour job for people return from thailand" read as nothing (32C)
    # "my boss died, his wife say no money for us" read as Injury, "boss arrested, who pay us
    # now" as an arrest, "company bankrupt, what about my work permit" as Passport taken (36A)
    Instead(
        "employer_gone_permit",
        lambda t, w, c, ctx: employer_gone.instead_of(t, c, w) and employer_gone.asks_permit(w),
        employer_gone.CHANGE,
    ),
    Instead(
        "employer_gone",
        lambda t, w, c, ctx: employer_gone.instead_of(t, c, w) and not employer_gone.asks_permit(w),
        employer_gone.WAGES,
    ),
    # "men cannot go abroad now?" read as an arrest at 0.32: Going abroad legally, which
    # says permits were stopped for men in May 2024 (session 28)
    Instead("men_abroad", lambda t, w, c, ctx: men_abroad.instead_of(t, c, w), men_abroad.LEGAL),
    Instead("back_home_jobs", lambda t, w, c, ctx: back_home.jobs_instead(t, c, w), back_home.JOBS),
    # "manager says sign resignation letter or no salary", "လက်ဗွေနှိပ်ခိုင်းတယ်" (made to
    # press a fingerprint) read as nothing: the contract answer, with sign_paper's line (35C)
    Instead(
        "told_to_sign",
        lambda t, w, c, ctx: sign_paper.instead_of(t, w),
        sign_paper.CONTRACT,
    ),
)


@dataclass(frozen=True)
class Reading:
    topic: str | None  # the topic to answer: the NLU's, or the last rule's that held
    also: tuple[str, ...] = ()  # topics the rules offer one tap away, first


def read(topic: str | None, words: str, confidence: float, ctx: Context) -> Reading:
    """The topic to answer for `words` the NLU read as `topic` (at `confidence`)."""
    also: tuple[str, ...] = ()
    for rule in RULES:
        if rule.holds(topic, words, confidence, ctx):
            topic, also = rule.topic, (*also, *rule.also)
    return Reading(topic, also)
