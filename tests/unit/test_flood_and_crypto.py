from __future__ import annotations

import pytest
from cryptography.fernet import Fernet

from bot.flood import FloodGuard
from bot.storage.crypto import CryptoBox, MissingKey, load_box


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_flood_guard_warns_once_then_drops_and_recovers():
    clock = Clock()
    guard = FloodGuard(per_minute=3, clock=clock)
    assert [guard.check("u") for _ in range(3)] == ["ok"] * 3
    assert guard.check("u") == "warn"
    assert guard.check("u") == "drop"
    assert guard.check("other") == "ok"  # per user
    clock.now = 61
    assert guard.check("u") == "ok"
    guard.forget_idle()
    clock.now = 200
    guard.forget_idle()
    assert guard._seen == {}


def test_encryption_round_trip_and_rotation():
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    sealed = CryptoBox([old]).encrypt("ကျွန်တော့် စကား")
    assert sealed is not None and "စကား" not in sealed
    both = CryptoBox([new, old])
    assert both.decrypt(sealed) == "ကျွန်တော့် စကား"
    rotated = both.rotate(sealed)
    assert CryptoBox([new]).decrypt(rotated) == "ကျွန်တော့် စကား"
    assert CryptoBox([new]).decrypt(sealed) is None  # the old key is gone: unreadable, no crash


def test_signatures_reject_changed_data():
    box = CryptoBox([Fernet.generate_key().decode()])
    signature = box.sign("cs:acc:1")
    assert box.verify("cs:acc:1", signature)
    assert not box.verify("cs:acc:2", signature)
    assert not box.verify("cs:acc:1", "A" * 10)


def test_production_refuses_to_start_without_a_key(tmp_path):
    with pytest.raises(MissingKey):
        load_box(None, "production", tmp_path)


def test_local_mode_creates_a_private_key_once(tmp_path):
    first = load_box(None, "local", tmp_path)
    key_file = tmp_path / "encryption.key"
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    second = load_box(None, "local", tmp_path)
    assert second.decrypt(first.encrypt("x")) == "x"
