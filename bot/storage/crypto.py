"""Encryption at rest for what people write (case descriptions, relayed messages, forms).

Fernet keys come from BOT_ENCRYPTION_KEYS (comma-separated, newest first): the first key
encrypts, every key decrypts, so a key can be rotated without downtime (README, "Key rotation").
In local mode a key is created under var/ with a warning; production refuses to start without one.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

log = logging.getLogger(__name__)
LOCAL_KEY_FILE = "encryption.key"
SIGNATURE_LENGTH = 10  # 60 bits in button data, which Telegram limits to 64 bytes


class MissingKey(RuntimeError):
    pass


class CryptoBox:
    def __init__(self, keys: list[str]) -> None:
        if not keys:
            raise MissingKey("no encryption key")
        self._fernet = MultiFernet([Fernet(key.encode()) for key in keys])
        # Separate keys for signing button data, derived so one secret is enough to configure.
        # The newest signs; every configured key verifies, so after a rotation
        # (BOT_ENCRYPTION_KEYS=new,old) the buttons already in an inbox keep working.
        self._sign_keys = [
            hashlib.sha256(b"callback-signing:" + key.encode()).digest() for key in keys
        ]
        # One pseudonym key per configured key: rows marked with an older key's pseudonym
        # are still found after a rotation (pseudonyms()).
        self._pseudonym_keys = [
            hashlib.sha256(b"pseudonym:" + key.encode()).digest() for key in keys
        ]

    def encrypt(self, text: str | None) -> str | None:
        if text is None:
            return None
        return self._fernet.encrypt(text.encode()).decode()

    def decrypt(self, token: str | None) -> str | None:
        if token is None:
            return None
        try:
            return self._fernet.decrypt(token.encode()).decode()
        except InvalidToken:
            log.error("A stored value could not be decrypted (wrong or removed key)")
            return None

    def rotate(self, token: str | None) -> str | None:
        """Re-encrypt with the newest key."""
        return None if token is None else self._fernet.rotate(token.encode()).decode()

    def sign(self, data: str) -> str:
        return _signature(self._sign_keys[0], data)

    def pseudonym(self, uid: str) -> str:
        """A keyed hash of a user id: finds a person's rows without storing who they are."""
        return hmac.new(self._pseudonym_keys[0], uid.encode(), hashlib.sha256).hexdigest()

    def pseudonyms(self, uid: str) -> list[str]:
        """The user's pseudonym under every configured key (newest first)."""
        return [hmac.new(k, uid.encode(), hashlib.sha256).hexdigest() for k in self._pseudonym_keys]

    def verify(self, data: str, signature: str) -> bool:
        """Whether any configured key signed `data`. Never raises: button data comes from
        anyone (non-ASCII made compare_digest raise TypeError; it is compared as bytes)."""
        # Full length only: a shortened signature would be guessable in a few tries.
        if len(signature) != SIGNATURE_LENGTH or not signature.isascii():
            return False
        given = signature.encode("ascii")
        return any(
            hmac.compare_digest(_signature(key, data).encode("ascii"), given)
            for key in self._sign_keys
        )


def _signature(key: bytes, data: str) -> str:
    digest = hmac.new(key, data.encode("utf-8", "surrogatepass"), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode()[:SIGNATURE_LENGTH]


def load_box(keys_env: str | None, mode: str, var_dir: Path) -> CryptoBox:
    keys = [key.strip() for key in (keys_env or "").split(",") if key.strip()]
    if keys:
        return CryptoBox(keys)
    if mode != "local":  # fails closed: only local mode may make its own key
        raise MissingKey(
            "BOT_ENCRYPTION_KEYS is not set: production mode refuses to store case data "
            "unencrypted. Create a key with `python -m bot admin new-key`."
        )
    path = var_dir / LOCAL_KEY_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(Fernet.generate_key().decode())
        log.warning(
            "Local mode: created an encryption key in %s. Set BOT_ENCRYPTION_KEYS in production.",
            path,
        )
    return CryptoBox([path.read_text().strip()])
