"""The data home: one folder holding the database, the secret key and uploads.

Resolved once, from `--home` (the CLI exports it as NETTVERK_HOME), else $NETTVERK_HOME, else the
platform's user data folder. Every other path derives from it.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

import dj_database_url
import platformdirs

HOME_ENV = "NETTVERK_HOME"


def data_home() -> Path:
    raw = os.environ.get(HOME_ENV)
    home = Path(raw).expanduser() if raw else platformdirs.user_data_path("nettverk")
    home.mkdir(parents=True, exist_ok=True)
    return home.resolve()


def secret_key(home: Path) -> str:
    """Generated once per home and kept there, so sessions survive restarts."""
    path = home / "secret_key"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as out:
            out.write(secrets.token_urlsafe(50))
    return path.read_text().strip()


def database_settings(home: Path, url: str | None) -> dict[str, Any]:
    """SQLite in the home unless DATABASE_URL names a PostgreSQL server."""
    if url:
        if not url.startswith(("postgres://", "postgresql://")):
            raise ValueError(f"DATABASE_URL must be a postgresql:// URL, not {url.split(':')[0]!r}")
        config: dict[str, Any] = dict(dj_database_url.parse(url, conn_max_age=60))
        config["CONN_HEALTH_CHECKS"] = True
        return config
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": home / "nettverk.sqlite3",
        "OPTIONS": {
            # WAL lets the web app read while an import writes; IMMEDIATE takes the write lock at
            # BEGIN so two writers queue on busy_timeout instead of failing mid-transaction.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        },
    }
