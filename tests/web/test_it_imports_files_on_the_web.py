"""The import page: upload, a preview that stores nothing, confirm; export downloads; the
duplicates page merges and dismisses with htmx."""

from __future__ import annotations

import json
import re

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create
from nettverk.imports.models import PendingImport
from nettverk.imports.uploads import uploads_dir
from tests.imports.helpers import fixtures_dir


def _upload(name: str, data: bytes | None = None) -> SimpleUploadedFile:
    content = data if data is not None else (fixtures_dir() / name).read_bytes()
    return SimpleUploadedFile(name.rsplit("/", 1)[-1], content)


def _token(page: str) -> str:
    found = re.search(r"/import/([\w-]+)/confirm/", page)
    assert found, "no confirm form"
    return found[1]


def test_upload_preview_confirm(alice: User, alice_client: Client) -> None:
    broken = _upload("broken.vcf", b"BEGIN:VCARD\nFN:Alice\n")
    response = alice_client.post("/import/", {"upload": [
        _upload("linkedin/Connections.csv"), _upload("csv/google-contacts.csv"), broken]})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Preview: nothing is stored until you confirm" in page
    assert "Lars Bergström" in page and "Kristian Olsen" in page  # the first rows
    assert "broken.vcf:1: END: the card that starts here has no END:VCARD" in page
    assert not Contact.objects.exists()
    token = _token(page)
    assert (uploads_dir() / token).is_dir()
    done = alice_client.post(f"/import/{token}/confirm/").content.decode()
    assert "linkedin Connections.csv: 9 new" in done
    assert Contact.objects.owned_by(alice).count() == 12
    assert not PendingImport.objects.exists() and not (uploads_dir() / token).exists()


def test_the_preview_counts_new_updated_and_suspected(alice: User, alice_client: Client) -> None:
    """GIVEN Kristian's email and a "Lars Bergstrom" at Nordbanken typed by hand WHEN LinkedIn
    and Google exports are previewed THEN the counts say what confirming would do."""
    contact_create(owner=alice, name="Kristian Olsen", emails=["kristian@example.no"])
    contact_create(owner=alice, name="Lars Bergstrom", organization="Nordbanken")
    response = alice_client.post("/import/", {"upload": [
        _upload("linkedin/Connections.csv"), _upload("csv/google-contacts.csv")]})
    counts = re.findall(r"<dt>([\w ]+)</dt><dd>(\d+)</dd>", response.content.decode())
    assert counts[:3] == [("New", "9"), ("Updated", "0"), ("Suspected duplicates", "1")]
    assert counts[5:8] == [("New", "2"), ("Updated", "1"), ("Suspected duplicates", "0")]
    assert Contact.objects.owned_by(alice).count() == 2


def test_the_preview_of_two_files_counts_what_confirming_does(alice: User,
                                                             alice_client: Client) -> None:
    """GIVEN Ingrid in a LinkedIn and a Google file WHEN both are previewed THEN the Google
    file's counts see the LinkedIn one (1 new, 1 updated), as confirming then stores them."""
    linkedin = _upload("Connections.csv", (
        b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        b"Ingrid,Berg,https://www.linkedin.com/in/ingrid-berg,ingrid@fjord.no,Fjord AS,CFO,"
        b"01 Mar 2021\n"))
    google = _upload("google.csv", (
        "Name,Given Name,Family Name,E-mail 1 - Type,E-mail 1 - Value\n"
        "Ingrid Berg,Ingrid,Berg,* Work,ingrid@fjord.no\n"
        "Lars Bergström,Lars,Bergström,* Home,lars@home.example\n").encode())
    page = alice_client.post("/import/", {"upload": [linkedin, google]}).content.decode()
    counts = re.findall(r"<dt>([\w ]+)</dt><dd>(\d+)</dd>", page)
    assert counts[5:7] == [("New", "1"), ("Updated", "1")]
    assert not Contact.objects.exists()
    done = alice_client.post(f"/import/{_token(page)}/confirm/").content.decode()
    assert "google google.csv: 1 new, 1 updated" in done
    assert Contact.objects.owned_by(alice).count() == 2


def test_another_user_cannot_confirm_alices_upload(alice_client: Client,
                                                  bob_client: Client) -> None:
    page = alice_client.post("/import/", {"upload": [_upload("linkedin/Connections.csv")]})
    token = _token(page.content.decode())
    assert bob_client.post(f"/import/{token}/confirm/").status_code == 404
    assert not Contact.objects.exists()
    alice_client.post(f"/import/{token}/cancel/")
    assert not PendingImport.objects.exists()


def test_the_form_asks_for_a_file(alice_client: Client) -> None:
    response = alice_client.post("/import/", {})
    assert response.status_code == 400
    assert "Choose at least one file." in response.content.decode()


def test_export_downloads(alice: User, alice_client: Client) -> None:
    contact_create(owner=alice, name="Ingrid Berg", emails=["ingrid@nordlys.no"])
    vcard = alice_client.get("/export/?format=vcard")
    assert vcard["Content-Type"].startswith("text/vcard")
    assert "attachment" in vcard["Content-Disposition"]
    assert b"FN:Ingrid Berg\r\n" in vcard.content
    backup = json.loads(alice_client.get("/export/?format=json").content)
    assert backup["contacts"][0]["emails"] == [{"address": "ingrid@nordlys.no", "label": ""}]
    assert alice_client.get("/export/?format=pdf").status_code == 404


def test_bob_exports_only_his_own(alice: User, bob_client: Client) -> None:
    contact_create(owner=alice, name="Ingrid Berg")
    assert b"Ingrid" not in bob_client.get("/export/?format=csv").content


def test_the_duplicates_page_merges_with_htmx(alice: User, alice_client: Client) -> None:
    first = contact_create(owner=alice, name="Lars Bergström",
                           emails=["lars.bergstrom@example.se"])
    second = contact_create(owner=alice, name="Lars Bergstrom", organization="Nordbanken")
    page = alice_client.get("/contacts/duplicates/").content.decode()
    assert "Lars Bergstrom" in page and "spells the other&#x27;s name" in page
    response = alice_client.post("/contacts/duplicates/merge/",
                                 {"keep": first.pk, "other": second.pk}, HTTP_HX_REQUEST="true")
    assert "No likely duplicates." in response.content.decode()
    assert list(Contact.objects.owned_by(alice)) == [first]


def test_not_a_duplicate_is_remembered(alice: User, alice_client: Client) -> None:
    first = contact_create(owner=alice, name="Erik Dahl", organization="Bygg AS")
    second = contact_create(owner=alice, name="Erik Dahl", organization="Bygg")
    alice_client.post("/contacts/duplicates/dismiss/", {"keep": first.pk, "other": second.pk})
    assert "No likely duplicates." in alice_client.get("/contacts/duplicates/").content.decode()
    assert Contact.objects.owned_by(alice).count() == 2


def test_bob_cannot_merge_alices_contacts(alice: User, bob_client: Client) -> None:
    first = contact_create(owner=alice, name="Erik Dahl")
    second = contact_create(owner=alice, name="Erik Dahl")
    response = bob_client.post("/contacts/duplicates/merge/", {"keep": first.pk,
                                                                "other": second.pk})
    assert response.status_code == 404
    assert Contact.objects.count() == 2
