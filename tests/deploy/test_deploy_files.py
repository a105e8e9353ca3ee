"""deploy/ (issue 11): the systemd units and the nginx example are valid and point at what the
repository has. `systemd-analyze verify` and `nginx -t` run when the machine has them (set
NGINX_BIN to an nginx binary elsewhere on PATH); the rest runs everywhere."""

from __future__ import annotations

import datetime as dt
import os
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from bot.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
INSTALLED = "/opt/migrant-bot"  # where the units expect the project
BOT_UNIT = DEPLOY / "systemd" / "migrant-bot@.service"
RASA_UNIT = DEPLOY / "systemd" / "migrant-bot-rasa@.service"
NGINX_SITE = DEPLOY / "nginx" / "migrant-bot.conf"
HARDENING = {
    "NoNewPrivileges": "yes",
    "ProtectSystem": "strict",
    "ProtectHome": "yes",
    "PrivateTmp": "yes",
    "PrivateDevices": "yes",
    "CapabilityBoundingSet": "",
    "RestrictSUIDSGID": "yes",
    "SystemCallFilter": "@system-service",
    "UMask": "0077",
}


def needs_webhook_mode() -> None:
    from bot import config

    if "WEBHOOK_URL" not in Path(config.__file__).read_text():  # runs once i11b is merged
        pytest.skip("webhook mode (branch i11b) is not merged here yet")


def unit(path: Path) -> dict[str, dict[str, list[str]]]:
    """systemd's unit syntax: [Section] then Key=value lines, keys may repeat."""
    sections: dict[str, dict[str, list[str]]] = {}
    current = None
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        assert current is not None and "=" in line, f"{path.name}: {raw!r}"
        key, _, value = line.partition("=")
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def command(path: Path, instance: str) -> list[str]:
    (start,) = unit(path)["Service"]["ExecStart"]
    return shlex.split(start.replace("%i", instance))


@pytest.mark.parametrize("path", [BOT_UNIT, RASA_UNIT], ids=lambda p: p.name)
def test_units_are_hardened_and_restart(path: Path):
    sections = unit(path)
    assert set(sections) == {"Unit", "Service", "Install"}
    service = sections["Service"]
    for key, value in HARDENING.items():
        assert service.get(key) == [value], key
    assert service["Restart"] == ["always"]
    assert service["User"] == ["migrant-bot"]  # never root
    assert sections["Install"]["WantedBy"] == ["multi-user.target"]


def test_the_bot_unit_reads_its_secrets_from_a_root_only_file_and_runs_the_webhook():
    needs_webhook_mode()
    service = unit(BOT_UNIT)["Service"]
    assert service["EnvironmentFile"] == ["/etc/migrant-bot/bot.env"]
    # No secret in the unit itself (units are world-readable).
    assert not any("TOKEN" in e or "KEY" in e or "SECRET" in e for e in service["Environment"])
    program, *args = command(BOT_UNIT, "1")
    assert program == f"{INSTALLED}/.venv/bin/python"
    assert args[:2] == ["-m", "bot"] and (ROOT / "bot" / "__main__.py").is_file()
    build_parser().parse_args(args[2:])  # the CLI accepts them (exits with 2 if not)
    assert "WEBHOOK_LISTEN=127.0.0.1:808%i" in service["Environment"]  # nginx: 8081, 8082


def test_the_rasa_unit_serves_only_localhost_at_info_level():
    service = unit(RASA_UNIT)["Service"]
    program, *args = command(RASA_UNIT, "5005")
    # Rasa's own server through nlu/server.py (no TensorFlow for a pipeline without it).
    assert program == f"{INSTALLED}/.venv-nlu/bin/python"
    assert args[:2] == ["-m", "nlu.server"] and (ROOT / "nlu" / "server.py").is_file()
    assert service["WorkingDirectory"] == [INSTALLED]  # where `nlu` is imported from
    args = args[2:]
    assert args[:2] == ["run", "--enable-api"]
    assert args[args.index("--interface") + 1] == "127.0.0.1"
    assert args[args.index("--port") + 1] == "5005"
    assert args[args.index("--model") + 1] == f"{INSTALLED}/models"  # `make nlu-model` output
    assert "LOG_LEVEL=INFO" in service["Environment"]  # at DEBUG Rasa logs every text


def test_the_nginx_upstreams_are_the_instances_listen_addresses():
    site = NGINX_SITE.read_text()
    for instance in ("1", "2"):
        assert f"server 127.0.0.1:808{instance} " in site
    for internal in ("/healthz", "/metrics"):  # never open to the internet
        block = site.split(f"location = {internal} {{", 1)[1].split("\n    }\n", 1)[0]
        assert "\n        deny all;\n" in block, internal  # not only for other methods
    assert "non_idempotent" in site  # a webhook POST may go to the next instance
    assert "access_log off;" in site


def test_the_env_example_names_only_real_settings():
    needs_webhook_mode()
    from bot import config

    source = Path(config.__file__).read_text()
    for line in (DEPLOY / "bot.env.example").read_text().splitlines():
        name = line.lstrip("# ").partition("=")[0]
        if line.strip() and "=" in line and name.isupper() and name.replace("_", "").isalnum():
            assert f'"{name}"' in source, name


def test_systemd_accepts_the_units(tmp_path: Path):
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("no systemd-analyze on this machine")
    names = []
    for path, instance in ((BOT_UNIT, "1"), (RASA_UNIT, "5005")):
        name = path.name.replace("@.", f"@{instance}.")
        text = path.read_text().replace(INSTALLED, str(ROOT))
        (tmp_path / name).write_text(text)
        names.append(f"./{name}")
    if not (ROOT / ".venv-nlu" / "bin" / "rasa").exists():
        names.pop()  # the NLU environment is not installed here (`make setup` makes it)
    result = subprocess.run(
        [analyze, "verify", "--man=no", *names],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == ""  # not even an unknown key, which systemd ignores


def self_signed(directory: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "bot.example.org")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


TEMP_PATHS = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")  # Debian's: /var/lib/nginx


def test_nginx_accepts_the_example(tmp_path: Path):
    nginx = os.environ.get("NGINX_BIN") or shutil.which("nginx")
    if nginx is None:
        pytest.skip("no nginx on this machine (Debian: apt-get install nginx; or NGINX_BIN)")
    cert, key = self_signed(tmp_path)
    live = "/etc/letsencrypt/live/bot.example.org"
    site = (
        NGINX_SITE.read_text()
        .replace(f"{live}/fullchain.pem", str(cert))
        .replace(f"{live}/privkey.pem", str(key))
        .replace("/var/log/nginx/", f"{tmp_path}/")
    )
    (tmp_path / "site.conf").write_text(site)
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        "http {\n"
        + "".join(f"  {kind}_temp_path {tmp_path}/{kind};\n" for kind in TEMP_PATHS)
        + f"  access_log {tmp_path}/access.log;\n  include {tmp_path}/site.conf;\n}}\n"
    )
    result = subprocess.run(
        [nginx, "-t", "-e", "stderr", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "[warn]" not in result.stderr and "[emerg]" not in result.stderr, result.stderr
