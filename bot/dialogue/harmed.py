"""Violence from a partner, and sexual violence said plainly or around it (exploratory round
20A): "my husband hit me, he keep my passport", "he force me. i dont want police", "my boss
rape me, i scared of police", "he did bad thing to me" got the emergency numbers and the
emergency answer, which says nothing to the person, nothing of the police they fear, and
offered Arrest or detention first. Now, after the numbers: it is not their fault; the bot
tells the police nothing and they decide whether to go; our sources have nothing on shelters
or on what the police do when a migrant reports violence; a person. Danger words raise the
numbers as before (content/safety/emergency_keywords.yml); this only adds the line. The word
lists are drafts for partners to extend.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.dialogue.context import Context
from bot.dialogue.lexicon import holds, holds_script, script_readings
from bot.dialogue.outcome import Outcome, after_numbers
from bot.values import Reply, UserState

ARREST = "arrest_detention"

# Sexual violence, said plainly or around it (Latin as whole words, Burmese and Khmer
# anywhere in the text, spaces ignored).
_SEXUAL = re.compile(
    r"\b(?:rape|raped|raping|rapes|sexual|sexually|molested|molest|forced sex|"
    # "he force me", not "they forced me to scam people" (round 28A's rescued worker got this
    # line beside the scam one): forced to do something else is the scam's or the work's
    # (nor "boss force me work when sick": broken English drops the "to", round 29B)
    r"(?:force|forced|forces) me(?! (?:to|work|working|scam|scamming|sign|pay|overtime|go|"
    r"stay|lie|cheat|clean|carry|drink|eat|do work)\b)|"
    r"(?:force|forced|forces) me to (?:have sex|sex|do sex)|"
    r"did bad thing|did bad things|do bad thing|do bad things|touch me|"
    r"touched me|touches me|touching me|touch my body|touching my body|sleep with him|"
    r"sleep with me|sex with me|sex with him|"
    # a friend or sister touched (round 27B: "her supervisor touch her body in the factory"
    # got the someone-else answer with Arrest or detention)
    r"touch her|touched her|touches her|touching her|touch her body|touching her body|"
    # made to sell sex instead of the job promised (round 28C)
    r"go with men|go with customers?|go with guests?|sleep with customers?|sleep with guests?|"
    r"sleep with men|sell my body|selling my body|sex work|sex worker|prostitute|prostitution)\b"
)
_SEXUAL_SCRIPT = (
    "မုဒိမ်း",  # rape
    "အဓမ္မ",  # by force
    "ကျွန်မကိုမကောင်းတာလုပ်",  # (he) did a bad thing to me
    "ငါ့ကိုမကောင်းတာလုပ်",
    "လိင်ပိုင်းဆိုင်ရာ",  # sexual
    "រំលោភ",  # rape
    "រឿងអាក្រក់ដាក់ខ្ញុំ",  # bad things to me
    "ប៉ះពាល់រាងកាយ",  # touched (my) body
    # round 27B: "the supervisor touched my body" in Burmese (ကိုယ့်ကို ကိုင်, ထိကိုင်) got the
    # trafficking answer, in Khmer (ប៉ះខ្លួនខ្ញុំ) the numbers and Arrest (drafts)
    "ကိုယ့်ကိုကိုင်",
    "ထိကိုင်",
    "ប៉ះខ្លួនខ្ញុំ",
    "យាយី",  # harass
    # made to sleep with men or guests, prostitute, sex work (round 28C, drafts)
    "ယောက်ျားတွေနဲ့အိပ်",
    "ဧည့်သည်နဲ့အိပ်",
    "ဧည့်သည်တွေနဲ့အိပ်",
    "ပြည့်တန်ဆာ",
    "လိင်လုပ်ငန်း",
    "ដេកជាមួយភ្ញៀវ",
    "ទៅជាមួយភ្ញៀវ",
    "រកស៊ីផ្លូវភេទ",
    "ពេស្យា",
)
# A partner who hurts: both a partner and a blow.
# (romanised Khmer ប្តី, សង្សារ: bdey, sangsa; drafts)
_PARTNER = re.compile(
    r"\b(?:husband|boyfriend|boy friend|partner|bf|ex husband|ex boyfriend|"
    r"bdey|pdey|b dey|p dey|sangsa|songsa)\b"
)
# Burmese and Khmer partners, as typed (ယောက်ျား with the asat before the ya-pin, as many
# phones type it): named _SCRIPT, matched and never sent (tests/language/burmese_strings.py).
_SCRIPT = {"partner": ("ယောက်ျား", "ခင်ပွန်း", "ရည်းစား", "ប្តី", "ប្ដី", "សង្សារ")}
_BLOW = re.compile(
    r"\b(?:beat|beats|beating|beaten|hit|hits|hitting|kick|kicks|kicked|slap|slaps|slapped|"
    r"punch|punched|hurt|hurts|hurting|choke|choked|strangled|burned|abuse|abuses|abused|"
    r"vay|veay)\b"
)
BLOW_SCRIPT = ("ရိုက်", "ထိုးကြိတ်", "နှိပ်စက်", "វាយ", "ធាក់", "ទះ", "ធ្វើបាប")


# What the Burmese and Khmer blows also say (content/safety/emergency_keywords.yml's note):
# ရိုက် is also to take a photo, to type, to film, to stamp, to hit a ball; វាយ also to type,
# to evaluate, to hit a ball; ទះ also to clap.
NOT_A_BLOW = (
    "ဓာတ်ပုံ",
    "စာရိုက်",
    "ရိုက်ကူး",
    "ဗီဒီယို",
    "ရုပ်ရှင်",
    "တံဆိပ်",
    "ဘောလုံး",
    "វាយតម្លៃ",
    "វាយអក្សរ",
    "បាល់",
    "ទះដៃ",
)


# Words a blow's letters are part of, taken out before a blow is looked for: Khmer ទះ (slap)
# is inside ផ្ទះ (home: "ប្តីខ្ញុំនៅផ្ទះ", my husband is at home, read as a blow until session
# 30's last read, as "will the boss send me home (ទៅផ្ទះ)" had been in round 52B); round 54A:
# ကန်ထရိုက် (contract), လက်ဗွေရိုက် (fingerprints taken), ဓာတ်မှန်ရိုက် (an X-ray), နံပါတ်ရိုက် /
# ရိုက်ထည့် (type a number, type in); Khmer វាយកុងត្រា, វាយបញ្ចូល (type a contract, type in).
# Taken out, not a veto: "ကန်ထရိုက် မပေးဘဲ ရိုက်တယ်" (no contract, and he hits me), "ប្តីវាយខ្ញុំនៅ
# ផ្ទះ" (my husband hits me at home) are still blows. Drafts for a native speaker to review.
PART_OF_A_WORD = (
    "ផ្ទះ",
    "ကန်ထရိုက်",
    "လက်ဗွေရိုက်",
    "ဓာတ်မှန်ရိုက်",
    "နံပါတ်ရိုက်",
    "ရိုက်ထည့်",
    "វាយកុងត្រា",
    "វាយបញ្ចូល",
)


def blow_in(words: str, also: tuple[str, ...] = ()) -> bool:
    """Whether Burmese or Khmer `words`, read in Unicode and in Zawgyi with spaces taken out,
    hold a blow (BLOW_SCRIPT, and `also`) once the words it is part of are taken out."""
    blows = (*BLOW_SCRIPT, *also)
    for reading in script_readings(words):
        for part in PART_OF_A_WORD:
            reading = reading.replace(part, "|")
        if any(blow in piece for piece in reading.split("|") for blow in blows):
            return True
    return False


# The keywords hold a partner and a blow side by side only ("ယောက်ျားက ရိုက်တယ်"):
# "ယောက်ျားက နေ့တိုင်း ရိုက်တယ်" (my husband hits me every day) was read by no keyword and by the
# NLU as nothing, "Sorry, I did not understand" (session 24).
def partner_hits(words: str) -> bool:
    """Whether Burmese or Khmer `words` name a partner and a blow anywhere in them: danger,
    the numbers first (triage.danger_in). English is the keywords' ("my husband hits me
    every day" is danger): "my husband hurt his back at work" is not violence."""
    if not holds_script(words, _SCRIPT["partner"]):
        return False
    return blow_in(words) and not holds_script(words, NOT_A_BLOW)


# Someone else harmed, in English as typed: the harm done to "her" or "him" and nothing to
# "me" ("my sister supervisor touch her every night", "my friend husband beat her"). The
# lines spoke to the writer: "What happened is not your fault ... you decide" (round 27B).
# Burmese and Khmer drop the pronoun: not read so (a draft rule for partners to extend).
_TO_THEM = re.compile(
    r"\b(?:touch|touched|touches|touching|hit|hits|beat|beats|beating|rape|raped|rapes|"
    r"force|forced|forces|hurt|hurts|kick|kicks|kicked|slap|slaps|slapped|abuse|abused|"
    r"harass|harassed|harasses|message|messages|want|wants|call|calls|text|texts|"
    r"look at|watch)\s+(?:her|him)\b"
)
_TO_ME = re.compile(r"\b(?:me|my body|myself)\b")


def someone_else_harmed(words: str) -> bool:
    """Whether English `words` tell of harm done to someone else, not to the writer."""
    return bool(_TO_THEM.search(words)) and not _TO_ME.search(words)


def says(words: str) -> bool:
    """Whether `words` tell of sexual violence, or of a partner who hurts the writer."""
    if holds(words, _SEXUAL, _SEXUAL_SCRIPT):
        return True
    return holds(words, _PARTNER, _SCRIPT["partner"]) and holds(words, _BLOW, BLOW_SCRIPT)


def told(
    words: str, outcome: Outcome, state: UserState, ctx: Context, button: str | None = None
) -> Outcome:
    """`outcome` (the emergency answer) with, after the numbers, the line for someone hurt by
    a partner or sexually, when `words` say so. `button`: the label the line names as the
    way to a person, "Talk to a person" unless given."""
    if not says(words):
        return outcome
    _ = ctx.translator(state.language).gettext
    if someone_else_harmed(words):
        note = _(
            "What happened is not their fault. I tell nothing to the police, and it is "
            "their choice whether to go to them. Our sources have no checked information on "
            "shelters, or on what the police do when a migrant reports violence. A person "
            "from a partner organisation can talk with you first, and with them if they "
            "want: tap “{person}”."
        )
    else:
        note = _(
            "What happened is not your fault. I tell nothing to the police, and you decide "
            "whether to go to them. Our sources have no checked information on shelters, or "
            "on what the police do when a migrant reports violence. A person from a partner "
            "organisation can talk with you first: tap “{person}”."
        )
    note = note.format(person=button or _("Talk to a person"))
    outcome = replace(outcome, replies=tuple(unarrested(r) for r in outcome.replies))
    return after_numbers(note, outcome, _("You also wrote about this. Tap to read more:"))


def unarrested(reply: Reply) -> Reply:
    """`reply` without the button to Arrest or detention, which the emergency answer offers:
    not for someone afraid of the police after violence (round 20A)."""
    rows = (tuple(b for b in row if ARREST not in b.data) for row in reply.buttons)
    return replace(reply, buttons=tuple(row for row in rows if row))
