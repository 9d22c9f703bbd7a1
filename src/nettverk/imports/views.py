"""The import page (upload, preview, confirm), export downloads, and kept import values."""

from __future__ import annotations

import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from nettverk.accounts.http import AuthedRequest
from nettverk.exports.service import CONTENT_TYPES, FORMATS, export_filename, export_to
from nettverk.imports.conflicts import conflict_dismiss, conflict_for_user, conflict_use
from nettverk.imports.forms import ImportForm
from nettverk.imports.models import PendingImport
from nettverk.imports.pipeline import FileResult, dry_runs_together, import_data
from nettverk.imports.uploads import Upload, pending_create, pending_delete, pending_files

PREVIEW_ROWS = 10


@login_required
@require_http_methods(["GET", "POST"])
def import_page(request: AuthedRequest) -> HttpResponse:
    """GET: the upload form. POST: store the files, show what importing them would do."""
    posted = request.method == "POST"
    form = ImportForm(request.POST, request.FILES) if posted else ImportForm()
    if posted and form.is_valid():
        pending = pending_create(request.user, form.cleaned_data["upload"],
                                 form.cleaned_data["format"] or None)
        results = _run(request, pending, dry_run=True)
        context = {"form": form, "pending": pending, "results": results,
                   "can_confirm": any(r.ok and (r.new or r.updated) for r in results)}
        return render(request, "imports/import.html", context)
    return render(request, "imports/import.html", {"form": form},
                  status=400 if form.errors else 200)


@login_required
@require_POST
def import_confirm(request: AuthedRequest, token: str) -> HttpResponse:
    pending = _pending_for_user(request, token)
    results = _run(request, pending, dry_run=False)
    pending_delete(pending)
    for result in results:
        if result.ok:
            messages.success(request, result.summary())
        else:
            messages.error(request, result.error)
    return render(request, "imports/import.html", {"form": ImportForm(), "done": results})


@login_required
@require_POST
def import_cancel(request: AuthedRequest, token: str) -> HttpResponse:
    pending_delete(_pending_for_user(request, token))
    messages.success(request, _("Nothing was imported."))
    return redirect("imports:import")


def _pending_for_user(request: AuthedRequest, token: str) -> PendingImport:
    pending: PendingImport = get_object_or_404(PendingImport.objects.owned_by(request.user),
                                               token=token)
    return pending


def _run(request: AuthedRequest, pending: PendingImport, *, dry_run: bool) -> list[FileResult]:
    with dry_runs_together(dry_run):
        return [_run_one(request, upload, dry_run=dry_run) for upload in pending_files(pending)]


def _run_one(request: AuthedRequest, upload: Upload, *, dry_run: bool) -> FileResult:
    try:
        data = upload.path.read_bytes()
    except OSError:
        return FileResult(file=upload.name, error=_(
            "%(file)s: the upload is gone; upload it again") % {"file": upload.name})
    return import_data(request.user, data, file=upload.name, fmt=upload.format,
                       dry_run=dry_run, preview=PREVIEW_ROWS if dry_run else 0)


@login_required
@require_GET
def export_download(request: AuthedRequest) -> HttpResponse:
    """/export/?format=vcard|csv|json (&version=3.0 for vCard 3.0)."""
    fmt = request.GET.get("format", "")
    version = request.GET.get("version", "4.0")
    if fmt not in FORMATS:
        raise Http404(_("Unknown export format."))
    out = io.StringIO()
    try:
        export_to(request.user, fmt, out, vcard_version=version)
    except ValueError as error:
        raise Http404(str(error)) from None
    response = HttpResponse(out.getvalue().encode("utf-8"), content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{export_filename(fmt)}"'
    return response


@login_required
@require_POST
def conflict_action(request: AuthedRequest, pk: int, action: str) -> HttpResponse:
    """"use" stores the import's value, "dismiss" keeps the contact's own."""
    try:
        conflict = conflict_for_user(request.user, pk)
    except ValidationError:
        raise Http404(_("No such conflict.")) from None
    contact = conflict.contact
    try:
        if action == "use":
            conflict_use(conflict)
            messages.success(request, _("Stored %(value)s.") % {"value": conflict.incoming[:80]})
        else:
            conflict_dismiss(conflict)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("contacts:detail", pk=contact.pk)

