"""The ask's words of the contacts an import has just created, from the values it stored.

The ask's index then need not read 100,000 contacts and their tags back (`ask.index.
new_documents`). Each text must be exactly what `ask.sql.contact_texts` and `tag_names`
would read: the contact's own fields as `store_new.NewContacts` writes them, and the names of
its organization and tags as stored (`lookups.Names`), which may differ in case from the file's.
"""

from __future__ import annotations

from collections.abc import Iterator

from nettverk.ask.documents import ContactText
from nettverk.contacts.models import Organization
from nettverk.imports.incoming import Incoming
from nettverk.imports.store import Stored


def new_contact_texts(stored: Stored) -> Iterator[tuple[int, ContactText]]:
    """(id, text) of each contact `stored` creates. What it needs of the database (industries
    of organizations) is read now, so the texts can be made where no database is at hand."""
    organizations, tags = stored.lookups.organizations, stored.lookups.tags
    industries = dict(Organization.objects.owned_by(organizations.owner).exclude(industry="")
                      .values_list("pk", "industry"))

    def text(item: Incoming) -> ContactText:
        get = item.fields.get
        organization = get("organization")
        org_name, org_industry = (
            (organizations.name_of(str(organization)),
             industries.get(organizations.id_of(str(organization)), ""))
            if organization else (None, None))
        return ContactText(
            str(get("title", "")), str(get("expertise", "")), str(get("notes", "")),
            str(get("needs", "")), str(get("department", "")), str(get("industry", "")),
            org_name, org_industry, _tag_names(item.tags, tags.names),
        )

    return zip(stored.new_ids, map(text, stored.new_items), strict=True)


def _tag_names(tags: list[str], stored: dict[str, str]) -> tuple[str, ...]:
    if not tags:  # nearly every record of most formats
        return ()
    # Sorted by code point, as `ask.sql.tag_names` reads them; "GDPR" and "gdpr" are one tag.
    return tuple(sorted({stored[tag.lower()] for tag in tags}))
