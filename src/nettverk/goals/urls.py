from django.urls import path

from nettverk.goals.views import actions, pages, public

app_name = "goals"
urlpatterns = [
    path("goals/", pages.goal_list, name="list"),
    path("goals/new/", pages.goal_new, name="new"),
    path("goals/preview/", pages.goal_preview, name="preview"),
    path("goals/<int:pk>/", pages.goal_detail, name="detail"),
    path("goals/<int:pk>/edit/", pages.goal_edit, name="edit"),
    path("goals/<int:pk>/checkin/", actions.goal_checkin, name="checkin"),
    path("goals/<int:pk>/status/", actions.goal_status, name="status"),
    path("goals/<int:pk>/share/", actions.goal_share, name="share_manage"),
    path("goals/<int:pk>/tie/", actions.goal_tie_view, name="tie"),
    path("goals/<int:pk>/untie/<int:contact_pk>/", actions.goal_untie_view, name="untie"),
    path("goals/calendar/", actions.calendar_enable, name="calendar_enable"),
    path("share/<str:token>/", public.share_page, name="share"),
    path("calendar/<str:token>/goals.ics", public.calendar_feed, name="calendar"),
]
