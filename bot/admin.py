"""`python -m bot admin ...`: invites, revocation and encryption keys, for an operator."""

from __future__ import annotations

import argparse
import asyncio
import sys

from cryptography.fernet import Fernet
from sqlalchemy import select
from sqlalchemy.orm import Session
from telegram import Bot
from telegram.error import TelegramError

from bot.config import Settings
from bot.content import load_catalog
from bot.i18n import translator
from bot.referrals import revoking, staff
from bot.referrals.kit import CaseKit
from bot.runtime import open_store
from bot.storage import Store, counts
from bot.storage.models import Case, CaseMessage, Inbox, Outbox, UnansweredText, User, utcnow


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    admin = sub.add_parser("admin", help="staff invites, revocation, encryption keys")
    cmds = admin.add_subparsers(dest="admin_command", required=True)
    invite = cmds.add_parser("invite", help="a one-time code for a caseworker or an inbox group")
    invite.add_argument("--org", required=True, help="partner id, as in content/partners.yml")
    kind = invite.add_mutually_exclusive_group()
    kind.add_argument("--role", choices=staff.ROLES, default="caseworker")
    kind.add_argument("--inbox", action="store_true", help="a code to register a group as inbox")
    revoke = cmds.add_parser("revoke", help="remove a staff member or an unused code")
    revoke.add_argument("--org", required=True)
    revoke.add_argument("--user", type=int, help="the staff member's Telegram user id")
    revoke.add_argument("--code", help="an invite code not used yet (a used one: use --user)")
    cmds.add_parser("new-key", help="print a new encryption key for BOT_ENCRYPTION_KEYS")
    cmds.add_parser("rotate-key", help="re-encrypt stored data with the first key")
    cmds.add_parser(
        "unanswered", help="the kept words of questions the bot could not answer (editors)"
    )


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.admin_command == "new-key":
        print(Fernet.generate_key().decode())
        return 0
    store = open_store(settings)
    if args.admin_command == "rotate-key":
        return rotate(store)
    if args.admin_command == "unanswered":
        return show_unanswered(store, settings.keep_unanswered_days)
    catalog = load_catalog(settings.content_dir)
    partners = catalog.partners
    if partners is None or args.org not in partners.by_id():
        print(f"Unknown organisation {args.org!r}: see content/partners.yml", file=sys.stderr)
        return 2
    with store.sessions.begin() as session:
        if args.admin_command == "invite":
            purpose, role = ("inbox", None) if args.inbox else ("staff", args.role)
            code = staff.create_invite(session, args.org, purpose, role)
            how = f"/register {code} in the group" if args.inbox else f"/join {code} to the bot"
            print(f"{code}\nOne use, valid 7 days. The person sends: {how}")
            return 0
        kit = CaseKit.build(
            store.box, lambda: catalog, lambda lang: translator(settings.locales_dir, lang)
        )
        if args.user is None and args.code is None:
            print(
                "Give --user ID (a member) or --code CODE (a code not used yet).", file=sys.stderr
            )
            return 2
        lines, removed, done = revoke(session, kit, args.org, args.user, args.code)
        inbox = session.get(Inbox, args.org)
        chat = inbox.chat_id if inbox else None
    print("\n".join(lines))
    if removed and chat is not None:
        print(remove_from_inbox(settings, chat, args.user))
    return 0 if done else 1


def revoke(
    session: Session, kit: CaseKit, org: str, user: int | None, code: str | None
) -> tuple[list[str], bool, bool]:
    """What the operator reads, whether the member was removed, and whether anything was
    done at all (the exit status)."""
    lines, removed, done = [], False, False
    if user is not None:
        member = revoking.revoke_member(session, org, user, kit)
        lines.append(said_member(org, user, member))
        removed = done = member.result == revoking.MemberResult.REMOVED
    if code is not None:
        spent = revoking.revoke_code(session, org, code)
        lines.append(said_code(org, spent))
        done = done or spent.result == revoking.CodeResult.REVOKED
    return lines, removed, done


def said_member(org: str, user: int, member: revoking.MemberRevoked) -> str:
    """What became of `--user`, for the operator."""
    who = f"Telegram id {user}"
    if member.result == revoking.MemberResult.REMOVED:
        name = f" ({member.name})" if member.name else ""
        back = "" if member.held or member.moved or member.waiting else " They held no cases."
        if member.held:
            back += f" The cases they held are back in the inbox: {', '.join(member.held)}."
        if member.moved:  # the inbox lost (cases.no_inbox_rule)
            moved = ", ".join(member.moved)
            back += f" Passed to the next organisation, as the inbox is lost: {moved}."
        if member.waiting:
            back += f" Waiting until the bot can post in the inbox: {', '.join(member.waiting)}."
        return f"Removed {who}{name} from {org}.{back}"
    if member.result == revoking.MemberResult.ALREADY_REMOVED:
        return f"{who} was already removed from {org}: nothing changed."
    elsewhere = f" They are a member of: {', '.join(member.elsewhere)}." if member.elsewhere else ""
    return f"{who} is not a member of {org}: nothing changed.{elsewhere}"


def said_code(org: str, code: revoking.CodeRevoked) -> str:
    """What became of `--code`, for the operator. A used code is spent: the member who
    joined with it is removed by `--user`, a choice of its own (their cases move)."""
    if code.result == revoking.CodeResult.REVOKED:
        return "Code revoked: nobody can use it now."
    if code.result == revoking.CodeResult.ALREADY_REVOKED:
        return "This code was already revoked: nothing changed."
    if code.result == revoking.CodeResult.UNKNOWN:
        return f"No such code for {org}: nothing changed. Check it for typos."
    day = f" on {code.used_at:%Y-%m-%d}" if code.used_at else ""
    if code.purpose == "inbox":
        return (
            f"This code was already used{day}: it connected {org}'s inbox group. Nothing changed."
        )
    if code.used_by is None:
        return (
            f"This code was already used{day}: a code cannot be taken back once used, and who "
            f"used it was not recorded then. Nothing changed. An admin of {org} sees the "
            "members' Telegram ids with /team; remove one with: "
            f"python -m bot admin revoke --org {org} --user ID"
        )
    who = f"Telegram id {code.used_by}"
    if not code.member_active:
        return f"This code was already used{day} by {who}, who is no longer a member of {org}."
    return (
        f"This code was already used{day} by {who}, who is a member of {org}. Nothing changed. "
        f"To remove them: python -m bot admin revoke --org {org} --user {code.used_by}"
    )


def remove_from_inbox(settings: Settings, chat_id: int, user_id: int) -> str:
    if settings.telegram_token is None:
        return "No TELEGRAM_BOT_TOKEN: the inbox group was asked to remove them."
    removed = asyncio.run(
        remove_member(settings.telegram_token, settings.telegram_api_url, chat_id, user_id)
    )
    if removed:
        return "Removed from the inbox group."
    return "The bot is not an administrator of the inbox group: the group was asked to do it."


async def remove_member(token: str, api_url: str, chat_id: int, user_id: int) -> bool:
    """A ban followed at once by an unban: the person leaves the inbox group (and could be
    invited again later). Telegram allows it only when the bot is an administrator there;
    otherwise the inbox and the organisation's admins were told to do it (revoking.py)."""
    base = api_url.rstrip("/")
    bot = Bot(token, base_url=f"{base}/bot", base_file_url=f"{base}/file/bot")
    try:
        async with bot:
            await bot.ban_chat_member(chat_id, user_id)
            await bot.unban_chat_member(chat_id, user_id, only_if_banned=True)
    except TelegramError as error:
        print(f"Telegram refused ({type(error).__name__})", file=sys.stderr)
        return False
    return True


def rotate(store: Store) -> int:
    box = store.box
    columns = {
        Case: ("description_enc", "place_enc", "contact_enc"),
        CaseMessage: ("body_enc",),
        Outbox: ("payload_enc",),
        User: ("form_enc",),
    }
    count = 0
    with store.sessions.begin() as session:
        for model, names in columns.items():
            for row in session.scalars(select(model)).all():
                for name in names:
                    setattr(row, name, box.rotate(getattr(row, name)))
                count += 1
        # Their owner mark is a keyed hash under the old key: once that key is removed,
        # /delete_my_data could no longer find them. They are drafts for editors, at most
        # 30 days old: dropped rather than left unerasable.
        dropped = counts.purge_words(session, utcnow(), 0)
    print(f"Re-encrypted {count} rows with the first key; older keys can now be removed.")
    if dropped:
        print(f"Deleted {dropped} kept unanswered questions (they could not be re-keyed).")
    return 0


def show_unanswered(store: Store, kept_days: int) -> int:
    """For content editors: what people asked that the bot could not answer, newest first,
    with the NLU's guesses. Only what KEEP_UNANSWERED_DAYS kept; never who asked."""
    if not kept_days:
        print("KEEP_UNANSWERED_DAYS is 0: no words are kept (see the anonymous counts in "
              "`python -m bot report --org all`).")  # fmt: skip
    with store.sessions() as session:
        rows = session.scalars(select(UnansweredText).order_by(UnansweredText.at.desc())).all()
        for row in rows:
            words = store.box.decrypt(row.text_enc) or "(cannot be decrypted)"
            guesses = row.guesses or "-"
            print(f"{row.at:%Y-%m-%d}\t{row.language}\t{row.asked}\t{guesses}\t{words}")
    return 0
