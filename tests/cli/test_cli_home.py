"""The data home: chosen by --home or $NETTVERK_HOME, created and migrated on first use."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from tests.conftest import Cli


def test_init_creates_the_home_with_a_private_secret_key(cli: Cli) -> None:
    result = cli("init")
    assert result.returncode == 0, result.stderr
    key = cli.home / "secret_key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    first = key.read_text()
    assert cli("init").returncode == 0
    assert key.read_text() == first


def test_home_option_wins_over_the_environment(cli: Cli, tmp_path: Path) -> None:
    cli.env.pop("DATABASE_URL", None)  # each home's own embedded database is the point here
    other = tmp_path / "other"
    assert cli("--home", str(other), "contact", "add", "Solveig").returncode == 0
    assert (other / "secret_key").exists()
    assert json.loads(cli("contacts", "--json").stdout) == []
    names = [c["name"] for c in json.loads(cli("--home", str(other), "contacts", "--json").stdout)]
    assert names == ["Solveig"]


def test_users_see_only_their_own_contacts(cli: Cli) -> None:
    assert cli("user", "add", "alice").returncode == 0
    assert cli("user", "add", "bob", "--language", "sv").returncode == 0
    cli("--user", "alice", "contact", "add", "Alice's friend")
    assert json.loads(cli("--user", "bob", "contacts", "--json").stdout) == []
    env_user = dict(cli.env, NETTVERK_USER="alice")
    cli.env = env_user
    assert [c["name"] for c in json.loads(cli("contacts", "--json").stdout)] == ["Alice's friend"]


def test_a_second_user_with_the_same_name_is_refused(cli: Cli) -> None:
    cli("user", "add", "alice")
    result = cli("user", "add", "Alice")
    assert result.returncode == 1
    assert "exists" in result.stderr


def test_the_platform_folder_is_the_default_home(cli: Cli, tmp_path: Path) -> None:
    env = {k: v for k, v in cli.env.items() if k != "NETTVERK_HOME"}
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    cli.env = env
    assert cli("init").returncode == 0
    assert (tmp_path / "xdg" / "nettverk" / "secret_key").exists()
    assert os.path.isdir(tmp_path / "xdg" / "nettverk")
