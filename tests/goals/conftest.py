"""Goals on hand-built histories, and a real SMTP server on loopback for the digest."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from pytest_django.fixtures import Settings

from nettverk.accounts.models import User
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_create
from nettverk.goals.models import Goal
from nettverk.interactions.models import Interaction
from nettverk.interactions.services import interaction_log


def goal_make(owner: User, **fields: Any) -> Goal:
    """A goal written straight into the database, without a sentence to parse."""
    fields.setdefault("sentence", "A goal for a test")
    fields.setdefault("measure", "new_contacts")
    fields.setdefault("cadence", "week")
    return Goal.objects.create(owner=owner, **fields)


def person(owner: User, name: str, *, first_met: str | None = None, **fields: Any) -> Contact:
    return contact_create(owner=owner, name=name, first_met=first_met, **fields)


def touch(owner: User, contact: Contact, day: str, kind: str = "meeting",
          goal: Goal | None = None) -> Interaction:
    return interaction_log(owner=owner, contacts=[contact], kind=kind, occurred_on=day,
                           goal=goal)


def d(text: str) -> date:
    return date.fromisoformat(text)


@dataclass
class Mailbox:
    """What the loopback SMTP server received, parsed as the recipient's client would."""

    host: str
    port: int
    envelopes: list[Any] = field(default_factory=list)

    def messages(self) -> list[EmailMessage]:
        found = []
        for envelope in self.envelopes:
            message = message_from_bytes(envelope.content, policy=policy.default)
            assert isinstance(message, EmailMessage)
            found.append(message)
        return found


class _Collect:
    def __init__(self, box: Mailbox) -> None:
        self.box = box

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.box.envelopes.append(envelope)
        await asyncio.sleep(0)
        return "250 Message accepted"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp_server() -> Iterator[Mailbox]:
    """An aiosmtpd server on a free loopback port, collecting every message it accepts."""
    box = Mailbox("127.0.0.1", _free_port())
    controller = Controller(_Collect(box), hostname=box.host, port=box.port)
    controller.start()
    try:
        yield box
    finally:
        controller.stop()


@pytest.fixture
def smtp_settings(settings: Settings, smtp_server: Mailbox) -> Mailbox:
    """Django's real SMTP backend pointed at the loopback server (tests default to locmem)."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = smtp_server.host
    settings.EMAIL_PORT = smtp_server.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    return smtp_server
