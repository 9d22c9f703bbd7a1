"""HTML in a name is stored and returned verbatim, as JSON data that no browser runs."""

from __future__ import annotations

from nettverk.contacts.models import Contact
from tests.api.conftest import ApiClient

NAME = '<script>alert("x")</script> Berg'


def test_it_returns_a_script_tag_as_json_data(alice_api: ApiClient) -> None:
    created = alice_api.post("/api/contacts", {"name": NAME, "notes": "<b>bold</b>"})
    assert created.status_code == 201
    assert Contact.objects.get().name == NAME
    for response in (created, alice_api.get(f"/api/contacts/{created.json()['id']}"),
                     alice_api.get("/api/contacts")):
        assert response["Content-Type"].startswith("application/json")
        assert response["X-Content-Type-Options"] == "nosniff"
    assert alice_api.get(f"/api/contacts/{created.json()['id']}").json()["name"] == NAME
    assert alice_api.get("/api/contacts").json()["items"][0]["name"] == NAME
