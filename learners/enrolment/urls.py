"""Booking and cancelling, a guardian's consent, the learner's calendar feed."""

from django.urls import path

from learners.enrolment import calendar_feed, consent_views, views

urlpatterns = [
    path("sessions/<int:session_id>/enrol/", views.enrol_in_session, name="enrol_in_session"),
    path("courses/<int:course_id>/start/", views.start_course, name="start_course"),
    path("enrolments/<int:enrolment_id>/cancel/", views.cancel, name="cancel_enrolment"),
    path(
        "enrolments/<int:enrolment_id>/cancel/confirm/",
        views.confirm_cancel,
        name="confirm_cancel_enrolment",
    ),
    path(
        "enrolments/<int:enrolment_id>/guardian/",
        consent_views.ask_guardian,
        name="ask_guardian",
    ),
    path("consent/<str:token>/", consent_views.guardian_decision, name="guardian_decision"),
    path("my-learning/calendar/", calendar_feed.renew_feed, name="renew_calendar_feed"),
]

#: Outside the language prefix: calendar programs fetch the feed by its address.
feed_patterns = [
    path("calendar/<str:token>.ics", calendar_feed.feed, name="calendar_feed"),
]
