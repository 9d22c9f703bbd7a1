"""Shared people and tools: alice owns a network, bob is another user of the same home."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.core.cache import cache
from django.test import Client

from nettverk.accounts.models import User
from nettverk.accounts.services import user_create
from tests.browser import page

__all__ = ["page"]  # the Playwright page fixture, for every browser test

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


def _signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def alice_client(alice: User) -> Client:
    return _signed_in(alice)


@pytest.fixture
def bob_client(bob: User) -> Client:
    return _signed_in(bob)


@pytest.fixture(autouse=True)
def _clean_cache() -> Iterator[None]:
    """Ids repeat between tests: what one test's alice had cached must not reach the next's."""
    cache.clear()
    yield
    cache.clear()


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


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NETTVERK_", "DJANGO_"))}
    # The entry point runs this tree's code even when another checkout is the installed one.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"), env.get("PYTHONPATH")]))
    return env


def _server_url(name: str) -> str:
    return os.environ["DATABASE_URL"].rsplit("/", 1)[0] + "/" + name


def _migrate(env: dict[str, str]) -> None:
    setup = "from nettverk.cli.runtime import setup; setup()"
    subprocess.run([sys.executable, "-c", setup], env=env, check=True, timeout=300)


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One database migrated per run, copied for each CLI test instead of migrating again.

    First-use migration itself stays covered by the tests that point at a fresh home.
    """
    env = _clean_env()
    if "DATABASE_URL" not in os.environ:
        home = tmp_path_factory.mktemp("template-home")
        env["NETTVERK_HOME"] = str(home)
        _migrate(env)
        yield str(home / "nettverk.sqlite3")
        return
    name = f"nvcli_template_{uuid.uuid4().hex[:12]}"
    _admin_sql(os.environ["DATABASE_URL"], f'CREATE DATABASE "{name}"')
    env["NETTVERK_HOME"] = str(tmp_path_factory.mktemp("template-home"))
    env["DATABASE_URL"] = _server_url(name)
    try:
        _migrate(env)
        yield name
    finally:
        _admin_sql(os.environ["DATABASE_URL"], f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def cli(tmp_path: Path, migrated_database: str) -> Iterator[Cli]:
    env = _clean_env()
    home = tmp_path / "home"
    home.mkdir()
    env["NETTVERK_HOME"] = str(home)
    if "DATABASE_URL" not in os.environ:
        shutil.copyfile(migrated_database, home / "nettverk.sqlite3")
        yield Cli(home, env)
        return
    name = f"nvcli_{uuid.uuid4().hex[:12]}"
    _admin_sql(os.environ["DATABASE_URL"],
               f'CREATE DATABASE "{name}" TEMPLATE "{migrated_database}"')
    env["DATABASE_URL"] = _server_url(name)
    try:
        yield Cli(home, env)
    finally:
        _admin_sql(os.environ["DATABASE_URL"], f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _admin_sql(url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        conn.execute(sql)  # type: ignore[arg-type]
