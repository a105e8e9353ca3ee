"""Sending an alert from Telegram (issue 15 item 3): `/alert ID` shows an organisation admin
what would go out, to how many, and a signed confirm button; the button queues it through
`bot.broadcast.queue_alert`, the same code as `python -m bot alerts send ID`. `/alert_status
ID` shows how it goes.

Who may send what: any active admin of any partner organisation may send any live, fully
reviewed alert; the alert file names its corridors and topics, and its review is the check
on what it says. Each send is written to staff_events (organisation, staff id, alert, how
many queued). Unlike the operator's command line, Telegram refuses an alert with a language
still in draft: nobody reviews a translation on a phone screen before pressing a button.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from bot import broadcast
from bot.content import Catalog
from bot.content.alerts import Alert
from bot.desk import Said
from bot.dialogue.alerts import topic_labels
from bot.dialogue.keyboards import country_names
from bot.i18n import LANGUAGES, Tr
from bot.referrals import admins
from bot.referrals.kit import CaseKit
from bot.referrals.routing import org_tr
from bot.reports.small import known_total, linked, shown
from bot.storage import Store
from bot.storage.models import Staff
from bot.values import Button

PREFIX = "oa:send:"
MAX_TEXT = 4000  # Telegram's limit is 4096 characters


@dataclass(frozen=True)
class AlertDesk:
    store: Store
    kit: CaseKit
    catalog: Callable[[], Catalog]
    today: Callable[[], dt.date] = field(default=dt.date.today)

    # --- /alert ID ----------------------------------------------------------------------------
    def preview(self, chat_id: int, tg_user_id: int, alert_id: str) -> list[Said] | None:
        """In private, an admin of several organisations gets a Send button for each: the
        alert is the same, but the send is recorded for one of them, so they choose which
        (it was their first one, unsaid). In an inbox group it is that group's."""
        admin = self._admin(tg_user_id, chat_id)
        if admin is None:
            return None  # answered as a stranger (bot/referrals/admins.py)
        several = self._memberships(tg_user_id) if chat_id == tg_user_id else []
        tr = self._tr(admin)
        _ = tr.gettext
        alert, refusal = self._sendable(alert_id.strip(), tr)
        if alert is None:
            return [Said(chat_id, refusal)]
        queued = broadcast.queue_alert(self.store, alert, self.kit.translator, dry_run=True)
        # Subscribers are people: under 5 reads "<5", and the reach is a total of the two.
        reach = linked([queued.matched - queued.added, queued.added])
        lines = [
            _("Alert {id}").format(id=alert.id),
            _("For: {corridors}").format(corridors=corridors(alert, tr)),
            _("Topics: {topics}").format(topics=topics(alert, tr)),
            _("Source: {source}").format(source=alert.source.title),
            _("Published {published}; expires {expires}.").format(
                published=tr.date(alert.published_on), expires=tr.date(alert.expires_on)
            ),
            _("Review: {status}").format(status=review_line(alert, tr)),
            _("It will reach {count} subscribers; {before} were queued before.").format(
                count=reach.total, before=reach.breakdowns[0][0]
            ),
        ]
        for lang in LANGUAGES:
            text = broadcast.message_for_language(alert, self.kit.translator(lang))
            lines += ["", f"— {tr.language_name(lang)} —", text]
        body = "\n".join(lines)[:MAX_TEXT]
        if refusal:
            return [Said(chat_id, body), Said(chat_id, refusal)]
        count = reach.breakdowns[0][1]
        if len(several) > 1:
            choose = _(
                "You are an admin of several organisations. The alert is the same: press the "
                "organisation you send it for."
            )
            body = "\n".join([choose, "", body])[:MAX_TEXT]
            label = _("Send for {org} to {count} subscribers")
            name = self.kit.routing.partner_name
            buttons = tuple(
                (self.button(label.format(org=name(m.org_id, tr.language), count=count),
                             alert.id, m.id),)
                for m in several
            )  # fmt: skip
            return [Said(chat_id, body, buttons)]
        label = _("Send to {count} subscribers").format(count=count)
        return [Said(chat_id, body, ((self.button(label, alert.id),),))]

    # --- the confirm button -------------------------------------------------------------------
    def confirm(self, chat_id: int, tg_user_id: int, data: str) -> list[Said]:
        alert_id, chosen = self.parse(data)
        admin = None
        if alert_id is not None and chosen is None:
            admin = self._admin(tg_user_id, chat_id)
        elif alert_id is not None and chat_id == tg_user_id:  # a choice is made in private
            admin = next((m for m in self._memberships(tg_user_id) if m.id == chosen), None)
        if alert_id is None or admin is None:
            tr = self.kit.translator(None)
            text = tr.gettext("Only an organisation admin can send alerts.")
            return [Said(chat_id, text, alert=True)]
        tr = self._tr(admin)
        _ = tr.gettext
        alert, refusal = self._sendable(alert_id, tr)
        if alert is None or refusal:  # the content changed since the preview
            return [Said(chat_id, refusal, alert=True)]
        queued = broadcast.queue_alert(self.store, alert, self.kit.translator)
        if queued.added == 0:
            text = _("Alert {id} was already queued for everyone: nothing new was sent.")
            return [Said(chat_id, text.format(id=alert.id))]
        with self.store.sessions.begin() as session:
            detail = f"{alert.id}: {queued.added} queued of {queued.matched}"
            admins.record(session, session.merge(admin), "alert_sent", detail)
        text = _("Alert {id} is queued for {count} subscribers. Follow it: /alert_status {id}")
        return [Said(chat_id, text.format(id=alert.id, count=shown(queued.added)))]

    # --- /alert_status ID ---------------------------------------------------------------------
    def status(self, chat_id: int, tg_user_id: int, alert_id: str) -> list[Said] | None:
        admin = self._admin(tg_user_id, chat_id)
        if admin is None:
            return None
        _ = self._tr(admin).gettext
        # Its sender was told how many it queued: a known total (bot/reports/small.py, rule 5).
        found = broadcast.status(self.store, alert_id.strip())
        counts = dict(zip(found, known_total(list(found.values())), strict=True))
        text = _(
            "Alert {id}: {queued} waiting, {sent} sent, {failed} failed, "
            "{unsubscribed} unsubscribed (they blocked the bot)."
        )
        return [Said(chat_id, text.format(id=alert_id.strip(), **counts))]

    # --- helpers ------------------------------------------------------------------------------
    def button(self, label: str, alert_id: str, membership: int | None = None) -> Button:
        """`membership`: the admin's staff row of the organisation chosen to send it."""
        data = f"{PREFIX}{alert_id}" + (f":{membership}" if membership is not None else "")
        return Button(label, f"{data}:{self.store.box.sign(data)}")

    def parse(self, data: str) -> tuple[str | None, int | None]:
        """The alert id and the chosen membership (None: the chat's admin) from signed
        button data; (None, None) when forged or malformed. Alert ids hold no colon."""
        body, _sep, signature = data.rpartition(":")
        if not body.startswith(PREFIX) or not self.store.box.verify(body, signature):
            return None, None
        alert_id, _sep, membership = body[len(PREFIX) :].partition(":")
        if not alert_id or (membership and not (membership.isascii() and membership.isdigit())):
            return None, None
        return alert_id, int(membership) if membership else None

    def _memberships(self, tg_user_id: int) -> list[Staff]:
        """Every organisation where this person is an active admin, in the order joined."""
        with self.store.sessions() as session:
            found = admins.admin_memberships(session, tg_user_id)
            for membership in found:
                session.expunge(membership)
            return found

    def _admin(self, tg_user_id: int, chat_id: int) -> Staff | None:
        with self.store.sessions() as session:
            admin = admins.admin_for(session, tg_user_id, chat_id)
            if admin is not None:
                session.expunge(admin)
            return admin

    def _tr(self, admin: Staff) -> Tr:
        return org_tr(self.kit.routing, self.kit.translator, admin.org_id)

    def _sendable(self, alert_id: str, tr: Tr) -> tuple[Alert | None, str]:
        """The alert and "" when it may go out; else why not (with the alert when it is live
        but not reviewed, so the admin sees what is missing)."""
        _ = tr.gettext
        alert = self.catalog().alerts.get(alert_id)
        if alert is None:
            text = _("There is no alert {id}. Alerts are the files in content/alerts/.")
            return None, text.format(id=alert_id[:40])
        if not alert.live_on(self.today()):
            text = _("Alert {id} is not live today (published {published}, expires {expires}).")
            published, expires = tr.date(alert.published_on), tr.date(alert.expires_on)
            return None, text.format(id=alert.id, published=published, expires=expires)
        drafts = broadcast.drafts(alert)
        if drafts:
            names = ", ".join(tr.language_name(lang) for lang in drafts)
            text = _(
                "Not sent: not reviewed yet in {languages}. Alerts go out from here only when "
                "a native speaker has reviewed every language (the file's `review`)."
            )
            return alert, text.format(languages=names)
        return alert, ""


def corridors(alert: Alert, tr: Tr) -> str:
    _ = tr.gettext
    names = country_names(tr)
    parts = []
    for corridor in alert.corridors:
        origin = _("anyone") if corridor.origin == "any" else names[corridor.origin]
        country = _("any country") if corridor.country == "any" else names[corridor.country]
        parts.append(_("people from {origin} in {country}").format(origin=origin, country=country))
    return "; ".join(parts)


def topics(alert: Alert, tr: Tr) -> str:
    labels = topic_labels(tr)
    return ", ".join(labels[topic] for topic in alert.topics)


def review_line(alert: Alert, tr: Tr) -> str:
    _ = tr.gettext
    states = {"draft": _("draft"), "reviewed": _("reviewed")}
    return ", ".join(
        f"{tr.language_name(lang)}: {states[getattr(alert.review, lang).status]}"
        for lang in LANGUAGES
    )
