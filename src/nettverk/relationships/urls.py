from django.urls import path

from nettverk.relationships.views import cadences, calendar, due, offers, reports

app_name = "relationships"
urlpatterns = [
    path("due/", due.due_page, name="due"),
    path("due/<int:pk>/done/", due.done, name="done"),
    path("due/<int:pk>/snooze/", due.snooze_view, name="snooze"),
    path("relationships/contacts/<int:pk>/tier/", due.tier_view, name="tier"),
    path("relationships/cadences/", cadences.cadences_page, name="cadences"),
    path("relationships/tags/<int:pk>/cadence/", cadences.tag_cadence_view, name="tag_cadence"),
    path("relationships/ledger/", reports.ledger_page, name="ledger"),
    path("relationships/quality/", reports.quality_page, name="quality"),
    path("relationships/offers/", offers.offers_page, name="offers"),
    path("relationships/offers/<int:pk>/edit/", offers.offer_edit, name="offer_edit"),
    path("relationships/offers/<int:pk>/delete/", offers.offer_delete_view, name="offer_delete"),
    path("relationships/calendar/renew/", calendar.calendar_renew, name="calendar_renew"),
    path("calendar/<str:token>/due.ics", calendar.calendar_feed, name="calendar_feed"),
]
