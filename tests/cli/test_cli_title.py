from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Cli


def test_it_classifies_a_norwegian_title(cli: Cli) -> None:
    result = cli("title", "Økonomisjef", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["function"] == "finance"
    assert data["seniority"] in ("manager", "director")
    assert isinstance(data["decision_maker"], bool)


def test_it_needs_no_database(cli: Cli, tmp_path: Path) -> None:
    untouched = tmp_path / "untouched"
    assert cli("--home", str(untouched), "title", "CFO").returncode == 0
    assert not untouched.exists()
