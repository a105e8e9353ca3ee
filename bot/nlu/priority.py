"""Several problems in one message: which the NLU found, and which to answer first.

A worker rarely has one problem ("my boss has not paid me for two months and he keeps my
passport"). bot/nlu/topics.py decides which problems a message raises; the bot answers the
most urgent one found and offers the others as buttons, so the order below is the one place
that decides what "most urgent" means: danger to the person first, then what traps them
(documents, debt, no wages), then what can wait.

Urgency is decided in two places, on purpose: this order ranks the topics the classifier
found, so it needs the NLU and speaks only of topics. Danger words ("help!", "beating me")
are caught by bot/dialogue/triage.py from a keyword list, with or without the NLU, on every
text a person types: the emergency numbers never wait for a model that may be down or wrong.
"""

from __future__ import annotations

# Most urgent first. Only these are "problems": small talk (greet, thanks, ...) and the
# conversation intents are answered only when no problem is found.
PRIORITY: tuple[str, ...] = (
    "emergency_help",
    "job_scams_trafficking",
    "arrest_detention",
    "injury_health",
    "documents_confiscated",
    "unpaid_wages",
    "lost_documents",
    "visa_work_permit",
    "agency_complaint",
    "change_employer",
    "return_home",
    "complaint_channels",
    "social_security",
    "embassy_contact",
    "labour_attache",
    "recruitment_fees",
    "employment_contract",
    "check_agency",
    "reintegration_id",
    "reintegration_jobs",
    "legal_channels",
    "documents_needed",
    "predeparture_training",
    "work_at_home",
)
_RANK = {topic: index for index, topic in enumerate(PRIORITY)}

# At most this many problems are reported (one answer and two buttons fit a phone screen).
MAX_TOPICS = 3


def urgency(topic: str) -> int:
    """Lower is more urgent; topics outside PRIORITY come after every problem."""
    return _RANK.get(topic, len(PRIORITY))
