"""The weekly accountability digest (P2): how a goal is going, sent to its buddy.

It tells the buddy the goal, the progress against the target line, what was done in the last
seven days and what is due next, as counts only: a buddy sees neither the people in the
owner's network nor their notes, the same as on the share page.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db.models import Q, Sum
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from nettverk.arenas.models import ArenaVisit
from nettverk.goals.buddy import buddy_address
from nettverk.goals.models import Goal
from nettverk.goals.progress import Progress, goal_progress
from nettverk.goals.segments import goal_contacts, goal_interactions
from nettverk.interactions.models import Interaction, Kind
from nettverk.relationships.due import due_now

WEEK = timedelta(days=7)


@dataclass(frozen=True)
class Digest:
    goal: Goal
    to: str  # "" when the goal has no buddy to send to
    subject: str
    text: str
    html: str


def digest_build(goal: Goal, *, today: date) -> Digest:
    """The digest as of `today`, in the owner's language."""
    progress = goal_progress(goal, today=today)
    with translation.override(goal.owner.language):
        context = {"goal": goal, "progress": progress, "owner": _owner_name(goal),
                   "language": goal.owner.language,
                   "done": week_done(goal, today), "next": due_next(goal, progress, today),
                   "since": today - WEEK + timedelta(days=1), "today": today}
        subject = _("Goal digest: %(pace)s, %(total)d so far") % {
            "pace": progress.pace_label.lower(), "total": progress.total}
        text = render_to_string("goals/digest.txt", context)
        html = render_to_string("goals/digest.html", context)
    return Digest(goal=goal, to=buddy_address(goal), subject=subject, text=text, html=html)


def _owner_name(goal: Goal) -> str:
    return goal.owner.get_full_name() or goal.owner.username


def week_done(goal: Goal, today: date) -> dict[str, object]:
    """What the owner did for the goal in the seven days up to today, as counts."""
    since = today - WEEK + timedelta(days=1)
    people = goal_contacts(goal)
    touched = Interaction.objects.owned_by(goal.owner).filter(
        occurred_on__range=(since, today)).filter(_with_goal(goal))
    kinds = Counter(touched.order_by().values_list("kind", flat=True))
    visits = ArenaVisit.objects.owned_by(goal.owner).filter(on__range=(since, today))
    hours = visits.aggregate(total=Sum("hours"))["total"] or Decimal(0)
    labels = dict(Kind.choices)
    return {
        "new_contacts": people.filter(first_met__range=(since, today)).count(),
        "kinds": [(str(labels.get(k, k)), n) for k, n in kinds.most_common()],
        "visits": visits.count(), "hours": hours,
        "checkins": goal.checkins.filter(on__range=(since, today)).count(),
    }


def _with_goal(goal: Goal) -> Q:
    """Interactions of any kind with the goal's people, or tied to the goal."""
    with_people = Interaction.contacts.through.objects.filter(
        contact__in=goal_contacts(goal).values("pk")).values("interaction_id")
    return Q(goal=goal) | Q(pk__in=with_people)


def due_next(goal: Goal, progress: Progress, today: date) -> dict[str, object]:
    """What the current window still needs, and how many goal contacts are due a follow-up."""
    current = progress.current
    needed = max(0, (current.target or 0) - current.count) if current else 0
    due = due_now(goal.owner, today).filter(contact__in=goal_contacts(goal).values("pk"))
    return {"window": current, "needed": needed, "due": due.count(),
            "planned": goal_interactions(goal).filter(occurred_on__gt=today).count()}


def digest_send(digest: Digest) -> None:
    """Send through Django's mail settings (SMTP from NETTVERK_SMTP_* in production)."""
    owner_email = digest.goal.owner.email
    message = EmailMultiAlternatives(
        subject=digest.subject, body=digest.text, from_email=settings.DEFAULT_FROM_EMAIL,
        to=[digest.to], reply_to=[owner_email] if owner_email else None,
    )
    message.attach_alternative(digest.html, "text/html")
    message.send()
