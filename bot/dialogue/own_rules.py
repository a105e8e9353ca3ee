"""Myanmar's own rules on its workers abroad: the money to send home and the tax (exploratory
round 41A). "must I send 25% of salary through bank?", "la sa 25 yar khine hnone bank ka po
ya mhar lar", "tax for workers abroad how much", "ပြည်ပ အလုပ်သမား အခွန် ဘယ်လောက်", "a khun
ma saung yin passport thet tan ma toe bu lar" (no tax, no passport renewal?) got "did not
understand", Social security, Agency fees or Passport taken: never a word on the rule asked.

Now, before the NLU's reading, what the reference says, dated, and no more: the September 2023
rule that workers send at least 25 percent of their salary home (the source is the National Unity
Government's statement rejecting it); the Kuala Lumpur embassy's own undated page that a
worker's passport renewal needs an income-tax receipt; that our sources say nothing of a tax
rate, how to pay it, how the rule is checked now or what happens without it; a person first,
the Embassy answer one tap away. PJ and PV passports, the OWIC card and the stop for men are
in Going abroad legally and Documents you need, which the NLU finds.

Latin as whole words, Burmese and Khmer inside the text (spaces ignored, Burmese also as read
in Zawgyi). A prize that asks a tax first is gambling.py's; a tax the boss deducts, with no
embassy, passport or abroad beside it, is not read here. Drafts for a native speaker.
"""

from __future__ import annotations

import re

from bot.dialogue import also_wrote
from bot.dialogue.context import Context
from bot.dialogue.events import Text
from bot.dialogue.lexicon import holds
from bot.dialogue.outcome import Outcome
from bot.values import UserState

NAME = "own_rules"  # counted as a conversation under this name (tally.py), never the words
_EMBASSY = "embassy_contact"

# 25 per cent of the salary
_SHARE = re.compile(r"\b25 ?(?:%|percent\b|per ?cent\b|pc\b|yar khine\b|ya khine\b)|\b25%")
_SHARE_SCRIPT = ("၂၅ရာခိုင်နှုန်း", "25ရာခိုင်နှုန်း", "၂၅%", "២៥ភាគរយ", "25ភាគរយ")
# sending money home, the salary, a bank
_SEND = re.compile(
    r"\b(?:send|sent|sending|remit|remittance|transfer|salary|wage|wages|bank|banks|"
    r"po ya|po ra|la sa|lasa)\b"
)
_SEND_SCRIPT = ("ပို့", "လစာ", "ဘဏ်", "လွှဲ", "ផ្ញើ", "ប្រាក់ខែ", "ធនាគារ")
# a rule to send money through a bank
_MUST_BANK = re.compile(
    r"\b(?:must|have to|need to|required to|force|forced)(?: to)? (?:send|remit|transfer)"
    r"[\w\s]{0,20}? (?:through|by|via|from) (?:the )?(?:bank|official)"
)

_TAX = re.compile(r"\b(?:tax|taxes|income tax|a khun|akhun|a khon)\b")
_TAX_SCRIPT = ("အခွန်",)
# where Myanmar's tax is meant: the embassy, a passport, work abroad, Myanmar
_WHOSE = re.compile(
    r"\b(?:embassy|consulate|passport|passports|myanmar|burma|burmese|abroad|overseas|"
    r"thanyone|than yone|thet tan|pyi pa|pyipa)\b"
)
_WHOSE_SCRIPT = ("သံရုံး", "ပတ်စ်", "ပတ်စပို့", "ပြည်ပ", "မြန်မာ", "သက်တမ်းတိုး")
_PRIZE = re.compile(r"\b(?:prize|won|win|lottery|lucky draw|parcel|delivery)\b")


def remittance(words: str) -> bool:
    """Whether `words` ask of the rule to send part of the salary home."""
    share = holds(words, _SHARE, _SHARE_SCRIPT) and holds(words, _SEND, _SEND_SCRIPT)
    return share or bool(_MUST_BANK.search(words.lower()))


def tax(words: str) -> bool:
    """Whether `words` ask of Myanmar's tax on its workers abroad."""
    return (
        holds(words, _TAX, _TAX_SCRIPT)
        and holds(words, _WHOSE, _WHOSE_SCRIPT)
        and not _PRIZE.search(words.lower())
    )


def instead(event: Text) -> bool:
    """Whether the reply answers `event` before the NLU's reading."""
    return remittance(event.text) or tax(event.text)


def reply(event: Text, state: UserState, ctx: Context) -> Outcome:
    """What the reference says, dated, what it does not, a person, the Embassy answer."""
    _ = ctx.translator(state.language).gettext
    lines = []
    if remittance(event.text):
        lines.append(
            _(
                "As of September 2023, Myanmar's military government required workers abroad "
                "to send at least 25 percent of their salary home. Our source is a statement "
                "of the National Unity Government, which rejected this rule."
            )
        )
    if tax(event.text):
        lines.append(
            _(
                "Our sources do not say how much tax a worker abroad must pay Myanmar, or "
                "how to pay it. The Myanmar embassy in Kuala Lumpur's own website says "
                "workers renewing a passport need an income-tax receipt and a work permit "
                "(undated page; check before you go)."
            )
        )
    lines.append(
        _(
            "Our sources do not say whether this is still checked now, how, or what happens "
            "if you do not do it. Before you pay or send money because of it, ask a person "
            "from a partner organisation: tap “{person}”."
        )
    )
    return also_wrote.person_first("\n\n".join(lines), (_EMBASSY,), event, state, ctx)
