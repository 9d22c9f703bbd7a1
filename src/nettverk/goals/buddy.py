"""The accountability buddy (P2): a contact with an email, another user of the home, or an email.

    buddy_set(goal, "kari@example.no")   # a contact with that email, else a user, else the address
    buddy_set(goal, "bob")               # a user of this home, else a contact by id or name
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from nettverk.accounts.models import User
from nettverk.contacts import validation as v
from nettverk.contacts.models import Contact
from nettverk.contacts.services import contact_find
from nettverk.goals.models import Goal


def buddy_set(goal: Goal, ref: str) -> None:
    """Point the goal at the buddy `ref` names ("" for none); the caller saves the goal."""
    goal.buddy_contact, goal.buddy_user, goal.buddy_email = None, None, ""
    ref = ref.strip()
    if not ref:
        return
    if "@" in ref:
        _by_address(goal, v.clean_email(ref))
    else:
        _by_name(goal, ref)


def _by_address(goal: Goal, address: str) -> None:
    contact = (Contact.objects.owned_by(goal.owner)
               .filter(emails__address__iexact=address).order_by("pk").first())
    user = User.objects.filter(email__iexact=address, is_active=True).exclude(
        pk=goal.owner_id).first()
    if contact is not None:
        goal.buddy_contact = contact
    elif user is not None:
        goal.buddy_user = user
    else:
        goal.buddy_email = address


def _by_name(goal: Goal, ref: str) -> None:
    user = User.objects.filter(username__iexact=ref, is_active=True).exclude(
        pk=goal.owner_id).first()
    if user is not None:
        if not user.email:
            raise ValidationError({"buddy": _("User %r has no email address.") % user.username})
        goal.buddy_user = user
        return
    try:
        contact = contact_find(goal.owner, ref)
    except ValidationError as error:
        raise ValidationError({"buddy": error.messages}) from None
    if not contact.emails.exists():
        raise ValidationError({"buddy": _("%s has no email address; add one first.")
                               % contact.name})
    goal.buddy_contact = contact


def buddy_address(goal: Goal) -> str:
    """Where the digest goes; "" when the goal has no buddy (or the buddy lost their email)."""
    if goal.buddy_contact is not None:
        first = goal.buddy_contact.emails.order_by("pk").first()
        return first.address if first else ""
    if goal.buddy_user is not None:
        return goal.buddy_user.email
    return goal.buddy_email


def buddy_label(goal: Goal) -> str:
    """The buddy as the owner knows them: a contact's or user's name, else the address."""
    if goal.buddy_contact is not None:
        return goal.buddy_contact.name
    if goal.buddy_user is not None:
        return goal.buddy_user.get_full_name() or goal.buddy_user.username
    return goal.buddy_email
