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
        admin = self._admin(tg_user_id, chat_id)
        if admin is None:
            return None  # answered as a stranger (bot/referrals/admins.py)
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
        label = _("Send to {count} subscribers").format(count=reach.breakdowns[0][1])
        return [Said(chat_id, body, ((self.button(label, alert.id),),))]

    # --- the confirm button -------------------------------------------------------------------
    def confirm(self, chat_id: int, tg_user_id: int, data: str) -> list[Said]:
        alert_id = self.parse(data)
        admin = self._admin(tg_user_id, chat_id) if alert_id else None
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
    def button(self, label: str, alert_id: str) -> Button:
        data = f"{PREFIX}{alert_id}"
        return Button(label, f"{data}:{self.store.box.sign(data)}")

    def parse(self, data: str) -> str | None:
        """The alert id from signed button data; None when forged or malformed."""
        body, _sep, signature = data.rpartition(":")
        if not body.startswith(PREFIX) or not self.store.box.verify(body, signature):
            return None
        return body[len(PREFIX) :] or None

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
