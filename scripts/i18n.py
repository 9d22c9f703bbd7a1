"""Refresh the translation catalogs after changing user-facing text.

    python scripts/i18n.py            # extract strings into locale/*/django.po, then compile .mo

Needs GNU gettext (Debian package `gettext`). Translate the new empty entries in the .po files, then
run it again so the compiled .mo files match.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "nettverk"
LANGUAGES = ("sv", "nb")


def django_admin(*args: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    subprocess.run([sys.executable, "-m", "django", *args], cwd=PACKAGE, env=env, check=True)


def main() -> None:
    langs = [arg for lang in LANGUAGES for arg in ("-l", lang)]
    django_admin("makemessages", *langs, "--no-obsolete", "--add-location=file",
                 "--ignore=migrations/*")
    django_admin("compilemessages", *langs)


if __name__ == "__main__":
    main()
