"""The weekly digest through a real SMTP server on loopback, read back as the buddy gets it."""

from __future__ import annotations

import json

from nettverk.accounts.models import User
from nettverk.goals.digest import digest_build, digest_send
from nettverk.goals.services import checkin_add, goal_create
from nettverk.relationships.models import Relationship
from tests.conftest import Cli
from tests.goals.conftest import Mailbox, d, person, touch

SENTENCE = "Have 2 meetings with CFOs every week next quarter"
TODAY = d("2027-01-13")  # Wednesday of the second full week


def test_it_emails_text_and_html_to_the_buddy(alice: User, smtp_settings: Mailbox) -> None:
    goal = goal_create(owner=alice, sentence=SENTENCE, today=d("2026-11-22"),
                       buddy="kari@example.no")
    ingrid = person(alice, "Ingrid Secretname", title="CFO")
    touch(alice, ingrid, "2027-01-11")
    touch(alice, ingrid, "2027-01-12").contacts.add(person(alice, "Per Hidden", title="CFO"))
    Relationship.objects.filter(contact=ingrid).update(due_on=TODAY)
    checkin_add(goal, "Met Ingrid Secretname twice", on=TODAY)

    digest_send(digest_build(goal, today=TODAY))

    [message] = smtp_settings.messages()
    assert message["To"] == "kari@example.no"
    assert message["Subject"].startswith("Goal digest:")
    assert [e.rcpt_tos for e in smtp_settings.envelopes] == [["kari@example.no"]]
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    for body in (text, html):
        assert SENTENCE in body
        assert "alice shares this networking goal with you" in body
        assert "Meeting: 2" in body.replace("<li>", "")
        assert "1 person in the goal's segment is due for a follow-up" in body
        for secret in ("Secretname", "Per Hidden", "Met Ingrid"):
            assert secret not in body
    assert "2 / 2" in text  # this week's meetings against the target
    assert html.lstrip().startswith("<!doctype html>")


def test_the_command_sends_it_over_smtp_from_the_environment(cli: Cli,
                                                               smtp_server: Mailbox) -> None:
    added = cli("goal", "add", SENTENCE, "--today", "2026-11-22", "--buddy",
                "buddy@example.se", "--json")
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["buddy"] == {"email": "buddy@example.se"}
    cli.env |= {"NETTVERK_SMTP_HOST": smtp_server.host,
                "NETTVERK_SMTP_PORT": str(smtp_server.port),
                "NETTVERK_FROM_EMAIL": "nettverk@example.org"}
    sent = cli("digest", "--send", "--today", "2027-01-13")
    assert sent.returncode == 0, sent.stderr
    assert "buddy@example.se" in sent.stderr
    [message] = smtp_server.messages()
    assert message["To"] == "buddy@example.se"
    assert message["From"] == "nettverk@example.org"
    assert message.get_body(("html",)) is not None


def test_the_command_prints_it_and_refuses_to_send_without_a_buddy(cli: Cli) -> None:
    assert cli("goal", "add", SENTENCE, "--today", "2026-11-22").returncode == 0
    printed = cli("digest", "--today", "2027-01-13")
    assert printed.returncode == 0, printed.stderr
    assert SENTENCE in printed.stdout
    refused = cli("digest", "--send", "--today", "2027-01-13")
    assert refused.returncode == 1
    assert "no buddy" in refused.stderr
