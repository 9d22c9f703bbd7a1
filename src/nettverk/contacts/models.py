from __future__ import annotations

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from nettverk.accounts.ownership import Owned


class Function(models.TextChoices):
    EXECUTIVE = "executive", _("Executive")
    FINANCE = "finance", _("Finance")
    HR = "hr", _("HR")
    IT = "it", _("IT")
    SALES = "sales", _("Sales")
    MARKETING = "marketing", _("Marketing")
    OPERATIONS = "operations", _("Operations")
    LEGAL = "legal", _("Legal")
    PROCUREMENT = "procurement", _("Procurement")
    COMMUNICATIONS = "communications", _("Communications")
    PRODUCT = "product", _("Product")
    RESEARCH = "research", _("Research")
    OTHER = "other", _("Other")


class Seniority(models.TextChoices):
    BOARD = "board", _("Board")
    C_LEVEL = "c_level", _("C-level")
    OWNER = "owner", _("Owner")
    DIRECTOR = "director", _("Director")
    MANAGER = "manager", _("Manager")
    PROFESSIONAL = "professional", _("Professional")
    ENTRY = "entry", _("Entry level")


DECISION_MAKER_SENIORITIES = frozenset({"board", "c_level", "owner", "director"})


class Organization(Owned):
    name = models.CharField(_("name"), max_length=200)
    industry = models.CharField(_("industry"), max_length=100, blank=True)
    size = models.CharField(_("size"), max_length=50, blank=True)
    location = models.CharField(_("location"), max_length=200, blank=True)
    website = models.URLField(_("website"), max_length=500, blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "name"], name="organization_unique_per_owner")
        ]

    def __str__(self) -> str:
        return self.name


class Tag(Owned):
    name = models.CharField(_("name"), max_length=60)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "name"], name="tag_unique_per_owner")
        ]

    def __str__(self) -> str:
        return self.name


class Contact(Owned):
    name = models.CharField(_("name"), max_length=200)
    given_name = models.CharField(_("given name"), max_length=100, blank=True)
    family_name = models.CharField(_("family name"), max_length=100, blank=True)
    organization = models.ForeignKey(
        Organization, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="contacts", verbose_name=_("organization"),
    )
    department = models.CharField(_("department"), max_length=200, blank=True)
    title = models.CharField(_("title"), max_length=300, blank=True)
    function = models.CharField(
        _("function"), max_length=20, choices=Function.choices, default=Function.OTHER
    )
    seniority = models.CharField(
        _("seniority"), max_length=20, choices=Seniority.choices, default=Seniority.PROFESSIONAL
    )
    decision_maker = models.BooleanField(_("decision-maker"), default=False)
    # Once the user sets function or seniority by hand, a new title no longer overrides them.
    classification_manual = models.BooleanField(default=False)
    industry = models.CharField(_("industry"), max_length=100, blank=True)
    location = models.CharField(_("location"), max_length=200, blank=True)
    languages = models.CharField(_("languages"), max_length=200, blank=True)
    expertise = models.TextField(_("expertise"), blank=True)
    needs = models.TextField(_("needs and interests"), blank=True)
    notes = models.TextField(_("notes"), blank=True)
    first_met = models.DateField(_("first met"), null=True, blank=True)
    arena = models.ForeignKey(
        "arenas.Arena", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="contacts", verbose_name=_("arena"),
    )
    introduced_by = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="introduced", verbose_name=_("introduced by"),
    )
    cadence_days = models.PositiveIntegerField(
        _("keep in touch every (days)"), null=True, blank=True
    )
    birthday = models.DateField(_("birthday"), null=True, blank=True)
    source = models.CharField(_("source"), max_length=50, blank=True, default="manual")
    strength = models.PositiveSmallIntegerField(_("strength"), default=0)
    # Which source last set each single-valued field ("manual" for the user's own typing), so
    # an import can tell a value it may refresh from one it must not overwrite.
    field_sources = models.JSONField(default=dict, blank=True)
    # The contact's own stable identity: the vCard UID on export and the key that ties a JSON
    # backup together, so a restore into another home needs no database ids.
    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    tags = models.ManyToManyField(Tag, blank=True, related_name="contacts", verbose_name=_("tags"))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name", "id"]
        indexes = [
            models.Index(fields=["owner", "name"]),
            models.Index(fields=["owner", "function", "decision_maker"]),
            models.Index(fields=["owner", "first_met"]),
        ]
        constraints = [
            models.UniqueConstraint(fields=["owner", "uid"], name="contact_uid_unique_per_owner")
        ]

    def __str__(self) -> str:
        return self.name


class ContactEmail(models.Model):
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="emails")
    address = models.EmailField(_("email"), max_length=254)
    label = models.CharField(_("label"), max_length=40, blank=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["contact", "address"], name="email_unique_per_contact")
        ]
        indexes = [models.Index(fields=["address"])]

    def __str__(self) -> str:
        return self.address


class ContactPhone(models.Model):
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="phones")
    number = models.CharField(_("phone"), max_length=40)
    label = models.CharField(_("label"), max_length=40, blank=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.number


class ContactLink(models.Model):
    """A profile URL; `kind` says which network it belongs to (linkedin, github, website, ...)."""

    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="links")
    url = models.URLField(_("URL"), max_length=500)
    kind = models.CharField(_("kind"), max_length=30, blank=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.url


class ContactAddress(models.Model):
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="addresses")
    text = models.CharField(_("address"), max_length=500)
    label = models.CharField(_("label"), max_length=40, blank=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.text


class ContactPhoto(models.Model):
    contact = models.OneToOneField(Contact, on_delete=models.CASCADE, related_name="photo")
    data = models.BinaryField()
    content_type = models.CharField(max_length=50)

    def __str__(self) -> str:
        return f"photo of {self.contact_id}"


class ContactSource(models.Model):
    """Where a contact's data came from; `key` identifies the person in that source.

    A vCard UID, a LinkedIn profile URL or an email address: the same key from any later import
    finds this contact again instead of creating a duplicate.
    """

    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="sources")
    kind = models.CharField(_("source"), max_length=20)
    key = models.CharField(max_length=500, blank=True)
    file_name = models.CharField(max_length=255, blank=True)
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["kind", "key"])]

    def __str__(self) -> str:
        return f"{self.kind}:{self.key}"
