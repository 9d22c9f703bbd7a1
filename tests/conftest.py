"""Shared people and tools: alice owns a network, bob is another user of the same home."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from nettverk.accounts.models import User
from nettverk.accounts.services import user_create

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    """../shared beside the repository, or $NETTVERK_SHARED."""
    return Path(os.environ.get("NETTVERK_SHARED", REPO.parent / "shared"))


@pytest.fixture
def alice(db: None) -> User:
    return user_create(username="alice", email="alice@example.com", password="alice-pass-2026")


@pytest.fixture
def bob(db: None) -> User:
    return user_create(username="bob", email="bob@example.com", password="bob-pass-2026")


@dataclass
class Cli:
    """The real `nettverk` entry point in its own data home (and own database on PostgreSQL)."""

    home: Path
    env: dict[str, str]

    def __call__(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "nettverk", *args], env=self.env, input=stdin,
            capture_output=True, text=True, timeout=300,
        )


@pytest.fixture
def cli(tmp_path: Path) -> Iterator[Cli]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NETTVERK_", "DJANGO_"))}
    env["NETTVERK_HOME"] = str(tmp_path / "home")
    server_url = os.environ.get("DATABASE_URL")
    if not server_url:
        yield Cli(tmp_path / "home", env)
        return
    name = f"nvcli_{uuid.uuid4().hex[:12]}"
    _admin_sql(server_url, f'CREATE DATABASE "{name}"')
    env["DATABASE_URL"] = server_url.rsplit("/", 1)[0] + "/" + name
    try:
        yield Cli(tmp_path / "home", env)
    finally:
        _admin_sql(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _admin_sql(url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        conn.execute(sql)  # type: ignore[arg-type]
