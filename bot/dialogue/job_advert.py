"""A job advert pasted or forwarded (exploratory round 21C): "URGENT JOB IN KOREA ... salary
2,500,000 won/month ... Free visa! Only pay 3,500,000 kyat processing fee first. Contact
@koreajob_agent", or a recruiter's post of 4,000 characters with "I want to go, is it safe?"
under it. Telegram's forward carries no words of the person's own, and the NLU read the
salary: Unpaid wages, for a worker whose boss does not pay, in the advert's country.

An advert offers work (hiring, a salary a month, a free visa, no experience needed, contact
now) and asks for money first (a fee, a deposit, pay before going): Fake jobs and
trafficking, whose answer lists money asked first among the warning signs (its sources),
with Agency fees and debt one tap away. Never when the words say pay was not paid ("agent
took 20000 fee and boss not pay salary 2 months" stays Unpaid wages), nor in place of an
emergency or an arrest. English and broken English as whole words; Burmese and Khmer adverts
the NLU reads as Fake jobs already (round 21C). Drafts for partners to extend.
"""

from __future__ import annotations

import re

SCAMS = "job_scams_trafficking"
FEES = "recruitment_fees"
_READ_AS = (None, "unpaid_wages")  # what the NLU made of adverts; any other reading stays

# Offering work: each a different sign; two are an advert, one may be a worker's own story.
_OFFER = (
    re.compile(r"\b(?:hiring|vacancy|vacancies|recruiting|jobs? available|apply now)\b"),
    re.compile(r"\b(?:urgent(?:ly)?\s+(?:job|jobs|need|needed|hiring)|job\s+(?:in|at)\s+\w+)\b"),
    re.compile(r"\b(?:need(?:ed)?\s+(?:\d+\s+)?workers?|workers?\s+(?:needed|wanted))\b"),
    re.compile(r"\b(?:free\s+(?:visa|food|room|rooms|accommodation|ticket|flight))\b"),
    re.compile(r"\b(?:no\s+experience|no\s+language\s+test|limited\s+(?:seats|places|quota))\b"),
    re.compile(r"(?:\bcontact\s+(?:now|us|me)\b|\bcontact\s*@|\binbox\s+(?:now|me)\b)"),
    re.compile(r"\b(?:salary|pay)\s*:?\s*\d[\d,.]*\s*\w*\s*(?:/|per\s+|a\s+)(?:month|day)\b"),
)
_ADVERT = 2  # signs of an offer at least
# Money first.
_FEE = re.compile(
    r"\b(?:fees?|processing|deposit|down\s*payment|advance\s+payment|"
    r"pay\s+(?:\S+\s+){0,5}(?:first|before|advance))\b"
)
# Pay not paid: a worker's complaint, whatever else it tells.
_UNPAID = re.compile(
    r"\b(?:not\s+pay|no\s+pay|not\s+paid|unpaid|didn'?t\s+pay|did\s+not\s+pay|dont\s+pay|"
    r"never\s+pay|owes?|no\s+salary|salary\s+not|not\s+get\s+(?:my\s+)?(?:salary|pay|money))\b"
)


def says(words: str) -> bool:
    """Whether `words` are, or hold, a job advert that asks for money first."""
    text = words.lower()
    offers = sum(1 for sign in _OFFER if sign.search(text))
    return offers >= _ADVERT and bool(_FEE.search(text)) and not _UNPAID.search(text)


def instead_of(topic: str | None, words: str) -> bool:
    """Whether Fake jobs answers `words` instead of the NLU's reading."""
    return topic in _READ_AS and says(words)
