from __future__ import annotations

from django.db import models

from nettverk.accounts.ownership import Owned


class DuplicateDismissal(Owned):
    """The user said these two contacts are different people: never suggest the pair again.

    Stored with the smaller id first, so one row answers for the pair in either order.
    """

    first = models.ForeignKey("contacts.Contact", on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey("contacts.Contact", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["first", "second"], name="dismissal_unique_pair")
        ]

    def __str__(self) -> str:
        return f"{self.first_id} is not {self.second_id}"
