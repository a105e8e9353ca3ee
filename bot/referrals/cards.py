"""What caseworkers and migrants read about a case: the case card, a migrant's message, and
the updates a migrant gets in their own language (and script)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.content import Catalog
from bot.content.localised import topic_title
from bot.content.partners import Partners
from bot.i18n import Tr, country_names, from_and_now
from bot.language import Normalised, normalise, to_zawgyi, unicode_words
from bot.language.place_names import in_latin
from bot.language.scripts import unreadable_script
from bot.referrals.closed import reopenable
from bot.referrals.live import Rows, card_actions
from bot.referrals.routing import Routing, org_tr
from bot.referrals.staff_buttons import StaffButtons
from bot.storage.crypto import CryptoBox
from bot.storage.models import Case, CaseEvent, CaseMessage, Staff, User, utcnow
from bot.values import OPEN_STATUSES, Button, CaseStatus, Keyboard

Card = tuple[str, Keyboard]
HISTORY_VIEWED = "history_viewed"  # a case event that is no activity on the case
SYSTEM = "system"  # the actor of the bot's own case events: no one's activity either


def no_kinds(_words: str) -> tuple[str, ...]:
    """What a case's words tell of, when nothing reads them (the admin's command line)."""
    return ()


# A case event whose detail is the ids of the organisations the summary told the person
# are not sent the request and "are not told" (round 45B; bot/referrals/cases.open_case)
NOT_TOLD = "not_told"


def not_told(session: Session, case: Case) -> list[str]:
    """The ids recorded at Send as left out and not told (none for older cases)."""
    rows = session.scalars(
        select(CaseEvent.detail).where(CaseEvent.case_id == case.id, CaseEvent.action == NOT_TOLD)
    )
    return [org for detail in rows for org in (detail or "").split(",") if org]


def no_complaints(_words: str, _partners: Partners) -> list[str]:
    """The organisations a case's words complain about, when nothing reads them."""
    return []


@dataclass(frozen=True)
class Cards:
    box: CryptoBox  # opens the case's stored words, only to show them to its organisation
    catalog: Callable[[], Catalog]
    translator: Callable[[str | None], Tr]
    routing: Routing
    buttons: StaffButtons
    # What a case's words tell of (round 32A: threats online, a fire, an accident, no papers,
    # another language), as labels to translate: the service gives bot/dialogue/case_kinds.
    kinds: Callable[[str], tuple[str, ...]] = no_kinds
    # The organisations the words complain about (round 44C: bot/dialogue/complained_of.py,
    # given by the service), named on the caseworker's card with "do not contact them".
    complained: Callable[[str, Partners], list[str]] = no_complaints

    def staff_translator(self, org_id: str | None) -> Tr:
        """The language an organisation's staff read cards and answers in (content/
        partners.yml `interface_language`, English when it names none)."""
        return org_tr(self.routing, self.translator, org_id)

    def inbox_card(self, session: Session, case: Case, for_org: str | None) -> Card:
        """The inbox group's card, the case's state: status, who holds it, age against the
        response target, last activity, and only the buttons the state allows. The group
        sees no words, place or contact: those go to the caseworker who opens or holds it.
        Where the person is from and is now (two countries, no place) it does see, as in
        /cases: who takes the case may depend on it."""
        tr = self.staff_translator(for_org)
        _ = tr.gettext
        here = for_org == case.org_id
        now = utcnow()
        urgent = "🔴 " + _("URGENT") + "\n" if case.urgent else ""
        lines = [urgent + self.status_line(session, case, here, _)]
        lines.append(_("Problem: {value}").format(value=self.topic_of(case)))
        lines += self.sounds_like(case, _)
        # Who in the team can read the person decides who accepts (exploratory test 7, 11).
        lines.append(_("Language: {value}").format(value=self.language_of(session, case, tr)))
        lines += from_and_now(tr, case.origin, case.country)
        target = self.routing.target(case)
        if here and case.status == CaseStatus.NEW:
            # Since the person sent it, not since it reached this inbox or was last reminded
            # (`routed_at`, the response-time job's clock): a case that waited two days for
            # an inbox, or was passed on, has kept its person waiting all that time.
            waited = now - aware(case.created_at)
            lines.append(
                _("Waiting: {value} (response target {target})").format(
                    value=age(waited, tr), target=age(target, tr)
                )
            )
            # The target is this organisation's: it runs from when the case reached it. A
            # case passed on or delivered a day late was "past" it at once (round 8).
            if now - reached_at(session, case) >= target:
                lines.append("⏰ " + _("Past the response target."))
        else:
            lines.append(_("Age: {value}").format(value=age(now - aware(case.created_at), tr)))
        # Another organisation's work on a case passed on from this one is not this inbox's.
        last = last_activity(session, case) if here else None
        if last is not None and now - last >= dt.timedelta(minutes=1):
            lines.append(_("Last activity: {value} ago").format(value=age(now - last, tr)))
        elif last is not None:
            lines.append(_("Last activity: just now"))
        reopen = here and reopenable(session, case)
        rows = card_actions(case.status, "group", here, reachable(case), reopen)
        return "\n".join(lines), self.keyboard(rows, case.id, _)

    def status_line(self, session: Session, case: Case, here: bool, _: Callable[[str], str]) -> str:
        ref = case.ref
        if not here:
            return _("Case {ref}: passed to another organisation").format(ref=ref)
        if case.status == CaseStatus.ACCEPTED:
            name = self.staff_name(session, case.assigned_staff_id, _)
            return _("Case {ref}: accepted by {name}").format(ref=ref, name=name)
        if case.status == CaseStatus.CLOSED:
            outcome = outcome_labels(_).get(case.outcome or "", case.outcome or "-")
            return _("Case {ref}: closed ({outcome})").format(ref=ref, outcome=outcome)
        if case.status == CaseStatus.WITHDRAWN:
            return _("Case {ref} was withdrawn by the user.").format(ref=ref)
        if case.status == CaseStatus.DECLINED:
            return _("Case {ref}: declined").format(ref=ref)
        return _("New case {ref}").format(ref=ref)

    def staff_name(self, session: Session, staff_id: int | None, _: Callable[[str], str]) -> str:
        """A colleague's name as they show it on Telegram; never their Telegram id."""
        staff = session.get(Staff, staff_id) if staff_id is not None else None
        if staff is None:
            return _("nobody")
        return staff.display_name or _("caseworker no. {n}").format(n=staff.id)

    def language_of(
        self, session: Session, case: Case, tr: Tr, zawgyi: frozenset[str] | None = None
    ) -> str:
        """The person's language by name, with "(Zawgyi)" when they read Burmese in Zawgyi:
        what the bot sends them (a caseworker's reply too) is converted to it. From their
        profile, as the conversion itself is (nothing more is kept with the case). `zawgyi`:
        the uids of Zawgyi readers among many cases (`zawgyi_readers`), read once."""
        name = tr.language_name(case.language)
        written = self.written_in(case)
        if written is not None:  # the bot's language is theirs to choose; this one reads it
            return written_line(tr, name, written)
        if case.language != "my":
            return name
        if zawgyi is None:
            zawgyi = zawgyi_readers(session, [case.uid])
        if case.uid not in zawgyi:
            return name
        return tr.gettext("{language} (Zawgyi)").format(language=name)

    def written_in(self, case: Case) -> Normalised | None:
        """What the person's words are written in, when it is Burmese or Khmer and not the
        language the bot answers them in: someone who chose English and typed Burmese in
        Latin letters showed as "Language: English" (round 14D), and who can read the
        words decides who accepts. From their first words (the form's description)."""
        words = normalise(self.box.decrypt(case.description_enc) or "")
        if words.language in ("my", "km") and words.language != case.language:
            return words
        return None

    def sounds_like(self, case: Case, _: Callable[[str], str]) -> list[str]:
        """ "Sounds like: threats or cheating by phone or online", under the topic: what the
        form's words tell of when the topic does not say it (round 32A: a woman threatened
        with intimate photos arrived as "Problem: other", a dormitory fire as "Passport
        taken"). A kind by name, never the words: the inbox group reads it too."""
        found = self.kinds(self.box.decrypt(case.description_enc) or "")
        if not found:
            return []
        value = "; ".join(_(kind) for kind in found)
        return [_("Sounds like: {value}").format(value=value)]

    def complained_of(self, case: Case, tr: Tr, session: Session | None = None) -> list[str]:
        """ "About Alpha Aid: the person was told they are not told": the organisations the
        case's words complain about, which the summary promised would not get or hear of
        the request (round 42B). Only on the details for the caseworker, never the inbox
        group's card, which shows no words (round 44C)."""
        partners = self.catalog().partners
        if partners is None:
            return []
        found = self.complained(self.box.decrypt(case.description_enc) or "", partners)
        # Those the summary left out that the words do not name (round 45B): a complaint
        # about "the caseworker" (the person's own organisation), or one typed before the
        # form and carried by its button; the ids kept at Send, never the words
        found = [*found, *not_told(session, case)] if session is not None else found
        known = partners.by_id()
        others = [org for org in dict.fromkeys(found) if org != case.org_id and org in known]
        if not others:
            return []
        names = ", ".join(self.routing.partner_name(org, tr.language) for org in others)
        text = tr.gettext(
            "About {orgs}: the person complains about them and was told they are not told of "
            "this request. Do not contact them about it without the person's agreement."
        )
        return ["⚠️ " + text.format(orgs=names)]

    def keyboard(self, rows: Rows, case_id: int, _: Callable[[str], str]) -> Keyboard:
        labels = action_labels(_)
        button = self.buttons.button
        return tuple(tuple(button(labels[a], a, case_id) for a in row) for row in rows)

    def topic_of(self, case: Case) -> str:
        # Topic titles come from content, written in my/km/en only: topic_title falls back to
        # English for a staff language it lacks (Thai), which Thai partners' staff accept.
        tr = self.staff_translator(case.org_id)
        return (
            topic_title(self.catalog(), case.topic, tr.language)
            if case.topic
            else tr.gettext("other")
        )

    def case_details(self, session: Session, case: Case, reserve: int = 0) -> Card:
        """Everything about the case, for the one caseworker allowed to read it, in private,
        with the buttons its state allows; `reserve`: characters of the message kept for
        what the caller puts before it (its newest words are never the ones cut)."""
        tr = self.staff_translator(case.org_id)
        _ = tr.gettext
        urgent = "🔴 " + _("URGENT") + "\n" if case.urgent else ""
        # An ended case (closed, withdrawn, declined) says so first, as its card does: Open
        # on one began "Case X" as an open case's and offered "use Reply" (round 14D).
        ended = case.status not in OPEN_STATUSES
        heading = (
            self.status_line(session, case, True, _)
            if ended
            else _("Case {ref}").format(ref=case.ref)
        )
        lines = [
            urgent + heading,
            _("Problem: {value}").format(value=self.topic_of(case)),
            *self.sounds_like(case, _),
            *self.complained_of(case, tr, session),
            _("Language: {value}").format(value=self.language_of(session, case, tr)),
            *from_and_now(tr, case.origin, case.country),
            _("Age: {value}").format(value=age(utcnow() - aware(case.created_at), tr)),
            _("Where: {value}").format(value=place_line(self.box.decrypt(case.place_enc), tr)),
            _("Contact: {value}").format(value=self.contact_line(case, ended)),
        ]
        if not ended and case.unreachable_at is not None:
            # Told once to who wrote (bot/referrals/unreachable.py); a colleague's Open, or
            # the holder's a day later, should not suggest a reply reaches them (round 14D).
            lines.append(
                "⚠️ "
                + _("The person cannot get messages now: they blocked the bot or deleted the chat.")
            )
        lines += ["", _("In their words:")]
        if case.status == CaseStatus.ACCEPTED:
            holder = self.staff_name(session, case.assigned_staff_id, _)
            lines.insert(1, _("Held by: {name}").format(name=holder))
        theirs = (CaseMessage.case_id == case.id, CaseMessage.kind == "to_staff")
        latest = session.scalars(
            select(CaseMessage).where(*theirs).order_by(CaseMessage.id.desc()).limit(LATEST)
        ).all()
        messages = [self.box.decrypt(m.body_enc) or "-" for m in reversed(latest)]
        # Those not shown are said to be left out: a person who wrote while their case
        # waited for an organisation may have written more (exploratory test 8, finding 9).
        older = session.scalar(select(func.count(CaseMessage.id)).where(*theirs)) or 0
        older -= len(latest)
        description = self.box.decrypt(case.description_enc) or "-"
        keyboard = self.keyboard(
            card_actions(case.status, "private", outside=reachable(case)), case.id, _
        )
        text = fitted(lines, description, messages, _, DETAILS_LIMIT - reserve, older)
        return text, keyboard

    def withdrawn(self, case: Case) -> Card:
        """To the caseworker holding a case the person withdrew (or whose data they deleted):
        that it ended, with none of their words."""
        _ = self.staff_translator(case.org_id).gettext
        text = _("The person withdrew case {ref}. Nothing more can be sent to them about it.")
        return text.format(ref=case.ref), ()

    def message_notice(self, session: Session, case: Case) -> Card:
        """To the inbox while no one holds the case: that a message came, not what it says,
        and in which language, as the card says (who can read it decides who opens it)."""
        tr = self.staff_translator(case.org_id)
        _ = tr.gettext
        text = _("New message from the person in case {ref}. Open the case to read it.")
        text = self.flag(case, _) + text.format(ref=case.ref)
        text += "\n" + _("Language: {value}").format(value=self.language_of(session, case, tr))
        return text, ((self.buttons.button(_("Open"), "open", case.id),),)

    def now_urgent(self, case: Case) -> Card:
        """To the inbox, when a message sounding like danger made a held case urgent: no
        words, only that the case needs someone now."""
        _ = self.staff_translator(case.org_id).gettext
        text = _("Case {ref} is now urgent: the person's latest message sounds like danger.")
        return "🔴 " + text.format(ref=case.ref), ()

    @staticmethod
    def flag(case: Case, _: Callable[[str], str]) -> str:
        """The urgent mark that heads what staff read about an urgent case."""
        return "🔴 " + _("URGENT") + "\n" if case.urgent else ""

    def contact_line(self, case: Case, ended: bool = False) -> str:
        """How the caseworker reaches the person; `ended`: the case is closed, withdrawn or
        declined, where no Reply is offered."""
        _ = self.staff_translator(case.org_id).gettext
        value = self.box.decrypt(case.contact_enc) or ""
        if case.contact_method in ("phone", "telegram") and not value:
            # Deleted with the case's words (/delete_my_data, retention): "-", as "Where: -".
            return "-"
        if case.contact_method == "phone":
            return _("by phone ({value})").format(value=value)
        if case.contact_method == "telegram":
            return _("on Telegram ({value})").format(value=value)
        if ended:
            return _("only through this bot (identity hidden)")
        return _("only through this bot (identity hidden): use Reply")

    def migrant_message_card(self, case: Case, words: str, also: str = "") -> Card:
        """The person's words, to staff in private; `also`: a line under the heading (to a
        colleague who is not the holder: bot/referrals/holders.py)."""
        _ = self.staff_translator(case.org_id).gettext
        text = self.flag(case, _) + _("Message from the person in case {ref}:").format(ref=case.ref)
        if also:
            text += "\n" + also
        return f"{text}\n\n{words}", ((self.buttons.button(_("Reply"), "rep", case.id),),)

    def migrant_update(
        self, case: Case, kind: str, body: str, language: str | None, encoding: str | None
    ) -> tuple[str, Keyboard]:
        tr = self.translator(language)
        _ = tr.gettext
        org = self.routing.partner_name(case.org_id, tr.language)
        texts = {
            "accepted": _("{org} accepted your case {ref}. A caseworker will write to you here."),
            "reply": _("Message from {org} about your case {ref}:"),
            "closed": _("{org} closed your case {ref}. You can ask for help again any time."),
            "reopened": _(
                "{org} opened your case {ref} again. Your caseworker will write to you here."
            ),
            "declined": _(
                "No partner organisation could take your case {ref}. Press 'Talk to a person' "
                "to try again, or see the contacts in the menu."
            ),
            "rerouted": _("Your case {ref} was passed to {org}."),
            "waits": _(
                "The organisation that had your case {ref} cannot take it. Your case now waits "
                "for {org}: they are not connected to this bot yet. For help now, look at the "
                "contacts in the menu."
            ),
        }
        if kind == "closed":  # what the outcome means for them, where it changes what they do
            texts["closed"] = closed_texts(_).get(case.outcome or "", texts["closed"])
        text = texts[kind].format(org=org, ref=case.ref)
        if body:
            text = f"{text}\n\n{body}"
        buttons: Keyboard = ()
        if kind in ("accepted", "reply", "reopened"):
            buttons = ((Button(_("Answer"), f"ans:{case.ref}"),),)
        if encoding == "zawgyi" and tr.language == "my":
            text = to_zawgyi(text)
            buttons = tuple(tuple(Button(to_zawgyi(b.label), b.data) for b in r) for r in buttons)
        return text, buttons


DETAILS_LIMIT = 4000  # under Telegram's 4096 characters per message
LATEST = 3  # of the person's messages, on the case details (History has them all)


def fitted(
    head: list[str],
    description: str,
    messages: list[str],
    _: Callable[[str], str],
    limit: int = DETAILS_LIMIT,
    older: int = 0,
) -> str:
    """The case details within `limit` characters. The newest message is never the part cut:
    the oldest messages go first, then the middle of the description, and the card says so
    (the case's History has everything). `older`: the person's messages before `messages`,
    not read, said to be left out too."""

    def render(words: str, shown: list[str], left_out: int) -> str:
        lines = [*head, words]
        if shown:
            lines += ["", _("Their latest messages:")]
            if left_out:
                lines.append(_("({n} older messages left out: see History)").format(n=left_out))
            lines += shown
        return "\n".join(lines)

    shown = list(messages)
    text = render(description, shown, older)
    while len(text) > limit and len(shown) > 1:
        shown.pop(0)
        text = render(description, shown, older + len(messages) - len(shown))
    excess = len(text) - limit
    if excess > 0:
        note = _("[… {n} characters left out: see History …]")
        room = len(description) - excess - len(note.format(n=len(description)))
        half = max(room, 0) // 2
        left_out = len(description) - 2 * half
        middle = description[:half] + note.format(n=left_out)
        middle += description[len(description) - half :] if half else ""
        text = render(middle, shown, older + len(messages) - len(shown))
    return text[:limit]


def corridor(case: Case, tr: Tr) -> str:
    """Where the person is from and is now, short, for /cases ("Myanmar → Thailand"); "" when
    the case does not say."""
    if case.origin is None and case.country is None:
        return ""
    names = country_names(tr)
    return f"{names.get(case.origin or '', '?')} → {names.get(case.country or '', '?')}"


def action_labels(_: Callable[[str], str]) -> dict[str, str]:
    return {
        "open": _("Open"), "acc": _("Accept"), "dec": _("Decline"), "rep": _("Reply"),
        "note": _("Note"), "hist": _("History"), "hand": _("Hand over"), "rel": _("Release"),
        "close": _("Close"), "rch": _("Reached them"), "reo": _("Reopen"),
    }  # fmt: skip


def closed_texts(_: Callable[[str], str]) -> dict[str, str]:
    """The person's "closed" by outcome, where it tells them more than that it ended: only
    what the outcome itself says (the bot does not know where they were referred)."""
    return {
        "referred": _(
            "{org} closed your case {ref}: they referred you to another organisation or "
            "office that can help. If you do not know which one, ask for help again any time."
        ),
        "no_contact": _(
            "{org} closed your case {ref}: they could not reach you. If you still need help, "
            "ask for help again any time."
        ),
    }


def outcome_labels(_: Callable[[str], str]) -> dict[str, str]:
    # "gone": never a caseworker's choice (bot/referrals/forgotten.py closes with it).
    return {"resolved": _("Resolved"), "referred": _("Referred elsewhere"),
            "no_contact": _("Could not reach them"), "other": _("Other"),
            "gone": _("Person's data deleted: not reachable")}  # fmt: skip


def status_labels(_: Callable[[str], str]) -> dict[str, str]:
    """A case status as staff read it (/cases): the one table of status words."""
    return {CaseStatus.WAITING: _("waiting for an inbox"), CaseStatus.NEW: _("new"),
            CaseStatus.ACCEPTED: _("accepted"), CaseStatus.CLOSED: _("closed"),
            CaseStatus.WITHDRAWN: _("withdrawn"), CaseStatus.DECLINED: _("declined")}  # fmt: skip


def zawgyi_readers(session: Session, uids: list[str]) -> frozenset[str]:
    """Of these people, those who read Burmese in Zawgyi (cards.migrant_update's rule)."""
    if not uids:
        return frozenset()
    query = select(User.uid).where(
        User.uid.in_(uids), User.language == "my", User.encoding == "zawgyi"
    )
    return frozenset(session.scalars(query).all())


def last_activity(session: Session, case: Case) -> dt.datetime | None:
    """When a person (a caseworker, or the person of the case) last did something on it:
    reading its history is not doing, and the bot's own events (reminders, moves,
    deliveries) are nobody's doing: "just now" after a reminder made colleagues think
    someone was on a case no one had touched for days (exploratory test 7, finding 12)."""
    at = session.scalar(
        select(func.max(CaseEvent.at)).where(
            CaseEvent.case_id == case.id,
            CaseEvent.action != HISTORY_VIEWED,
            CaseEvent.actor != SYSTEM,
        )
    )
    return aware(at) if at is not None else None


# The events by which a case reaches an organisation's inbox (opened to it, passed on to it,
# delivered when its inbox connected); the latest is where it is now. One it only waits for
# gets a "delivered" when it connects.
ARRIVALS = ("opened", "rerouted", "delivered")


def reached_at(session: Session, case: Case) -> dt.datetime:
    """When the case reached the organisation it is at, from its history (as the reports
    read each stop, bot/reports/numbers.py); when it was sent, for a case with no such event."""
    at = session.scalar(
        select(CaseEvent.at)
        .where(CaseEvent.case_id == case.id, CaseEvent.action.in_(ARRIVALS))
        .order_by(CaseEvent.id.desc())
        .limit(1)
    )
    return aware(at if at is not None else case.created_at)


def reachable(case: Case) -> bool:
    """Whether the person gave a way to reach them outside the bot (a phone number, a
    Telegram account): a caseworker may answer them there, and say so ("Reached them")."""
    return case.contact_method in ("phone", "telegram")


def aware(value: dt.datetime) -> dt.datetime:
    # SQLite returns naive datetimes for timezone-aware columns: they were written in UTC.
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def age(delta: dt.timedelta, tr: Tr) -> str:
    """How long, in words of the staff language ("5 hours", "5 ชั่วโมง", "3 days"), rounded
    to one unit; a unit is used from two of it, so 21 hours against a 24-hour target is not
    shown as "1 day"."""
    return tr.duration(max(delta, dt.timedelta(0)), threshold=2)


def written_line(tr: Tr, name: str, written: Normalised) -> str:
    """ "English (writes Burmese in Latin letters)": the bot's language, then the words'."""
    language = tr.language_name(written.language)
    if written.romanised:
        text = tr.gettext("{language} (writes {written} in Latin letters)")
    else:
        text = tr.gettext("{language} (writes {written})")
    return text.format(language=name, written=language)


def place_line(place: str | None, tr: Tr) -> str:
    """The person's place as typed and, when it is in a script the staff cannot read, the
    places the bot reads in it in Latin letters: "မဟာချိုင်" alone told a Thai or English
    caseworker nothing (round 14D). A place it reads none in stays as typed."""
    if not place:
        return "-"
    words, _zawgyi = unicode_words(place)
    names = in_latin(words) if unreadable_script(words, tr.language) else None
    if names is None:
        return place
    return tr.gettext("{place} (the bot reads it as {names})").format(place=place, names=names)
