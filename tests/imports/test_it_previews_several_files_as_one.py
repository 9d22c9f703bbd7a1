"""A dry run of several files counts as importing them one after the other would: a person in a
LinkedIn file and a Google file is new in the first and updated in the second."""

from __future__ import annotations

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.imports.pipeline import FileResult, dry_runs_together

from .pipeline import import_text

LINKEDIN = ("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            "Ingrid,Berg,https://www.linkedin.com/in/ingrid-berg,ingrid@fjord.no,Fjord AS,CFO,"
            "01 Mar 2021\n")
GOOGLE = ("Name,Given Name,Family Name,E-mail 1 - Type,E-mail 1 - Value\n"
          "Ingrid Berg,Ingrid,Berg,* Work,ingrid@fjord.no\n"
          "Lars Bergström,Lars,Bergström,* Home,lars@home.example\n")
BROKEN = "BEGIN:VCARD\nFN:Alice\n"


def _counts(results: list[FileResult]) -> list[tuple[int, int, int]]:
    return [(r.new, r.updated, r.unchanged) for r in results]


def _both(owner: User, *, dry_run: bool) -> list[FileResult]:
    with dry_runs_together(dry_run):
        return [import_text(owner, LINKEDIN, "Connections.csv", dry_run=dry_run),
                import_text(owner, BROKEN, "broken.vcf", dry_run=dry_run),
                import_text(owner, GOOGLE, "google.csv", dry_run=dry_run)]


def test_the_preview_of_two_files_counts_what_the_import_stores(alice: User) -> None:
    """GIVEN Ingrid in a LinkedIn and a Google file, and a broken file between them WHEN the
    three are previewed together THEN the counts are those the real import gives, the broken
    file alone is refused, and nothing is stored."""
    preview = _both(alice, dry_run=True)
    assert _counts(preview) == [(1, 0, 0), (0, 0, 0), (1, 1, 0)]
    assert not preview[1].ok
    assert not Contact.objects.exists()
    assert _counts(_both(alice, dry_run=False)) == _counts(preview)
    assert Contact.objects.owned_by(alice).count() == 2


def test_a_dry_run_alone_still_stores_nothing(alice: User) -> None:
    assert import_text(alice, LINKEDIN, "Connections.csv", dry_run=True).new == 1
    assert not Contact.objects.exists()
