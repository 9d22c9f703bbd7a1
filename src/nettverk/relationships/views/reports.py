"""Read-only overviews: the give-and-take ledger and the network quality page."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from nettverk.accounts.http import AuthedRequest
from nettverk.relationships import quality
from nettverk.relationships.charts import strength_chart
from nettverk.relationships.due import due_count
from nettverk.relationships.ledger import ledger_rows, ledger_totals


@login_required
@require_http_methods(["GET"])
def ledger_page(request: AuthedRequest) -> HttpResponse:
    rows = ledger_rows(request.user)
    context = {"rows": rows, "totals": ledger_totals(request.user),
               "flags": [row for row in rows if row.balance.flagged]}
    return render(request, "relationships/ledger.html", context)


@login_required
@require_http_methods(["GET"])
def quality_page(request: AuthedRequest) -> HttpResponse:
    user = request.user
    counts = quality.strength_histogram(user)
    total = sum(counts)
    context = {
        "chart": strength_chart(counts),
        "total": total,
        "deep": sum(counts[quality.DEEP // 10:]),
        "shallow": sum(counts[: quality.SHALLOW // 10]),
        "strong_min": quality.STRONG,
        "deep_min": quality.DEEP,
        "shallow_max": quality.SHALLOW - 1,
        "decision_makers": quality.segment_coverage(user, Q(decision_maker=True)),
        "strong": quality.segment_coverage(user, Q()).strong,
        "goals": quality.goal_coverage(user),
        "diversity": [
            ("function", quality.diversity(user, "function")),
            ("seniority", quality.diversity(user, "seniority")),
            ("industry", quality.diversity(user, "industry")),
        ],
        "cold": quality.going_cold(user),
        "overdue": due_count(user),
    }
    return render(request, "relationships/quality.html", context)
