"""The topics issue 3 requires, in menu order; the dialogue engine builds its menus from this."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

TOPIC_GROUPS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "safe_migration": (
            "legal_channels",
            "documents_needed",
            "recruitment_fees",
            "check_agency",
            "employment_contract",
            "predeparture_training",
            "job_scams_trafficking",
            "work_at_home",
        ),
        "at_work": (
            "unpaid_wages",
            "documents_confiscated",
            "change_employer",
            "injury_health",
            "social_security",
            "visa_work_permit",
        ),
        "complaints": ("complaint_channels", "agency_complaint"),
        "assistance": (
            "embassy_contact",
            "labour_attache",
            "lost_documents",
            "arrest_detention",
            "emergency_help",
        ),
        "return": ("return_home", "reintegration_id", "reintegration_jobs"),
    }
)

TOPIC_IDS: Final[tuple[str, ...]] = tuple(tid for ids in TOPIC_GROUPS.values() for tid in ids)

# A group's screen when its topics would not fit a small phone's screen as one list: topics
# and subgroups (by id) in order. "Going abroad safely" had 8 topics, 10 buttons with the
# footer (exploratory test 9, finding 10): now 2 subgroups of 3 and the 2 topics that stand
# alone, 6 buttons. Fake jobs and trafficking stays one tap from the group, as before.
SUBGROUPS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "legal_way": ("legal_channels", "documents_needed", "predeparture_training"),
        "agencies": ("check_agency", "recruitment_fees", "employment_contract"),
    }
)
GROUP_SCREENS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {"safe_migration": ("legal_way", "agencies", "job_scams_trafficking", "work_at_home")}
)

# Someone in danger or held now (issue 11): their answer goes before everything queued, besides
# danger words.
URGENT_TOPICS: Final[frozenset[str]] = frozenset({"emergency_help", "arrest_detention"})
# Answered at once when the profile is unknown, the profile questions after (bot/dialogue/
# menu.py): waiting costs most here, and the answer that fits anyone says what to do now.
ANSWER_BEFORE_PROFILE: Final[frozenset[str]] = URGENT_TOPICS | {"job_scams_trafficking"}
