from django.urls import path

from learners import calendar_feed, consent_views, my_data, profile, views

urlpatterns = [
    path("my-learning/", views.my_learning, name="my_learning"),
    path("sessions/<int:session_id>/enrol/", views.enrol_in_session, name="enrol_in_session"),
    path("courses/<int:course_id>/start/", views.start_course, name="start_course"),
    path("enrolments/<int:enrolment_id>/cancel/", views.cancel, name="cancel_enrolment"),
]

urlpatterns += [
    path(
        "enrolments/<int:enrolment_id>/guardian/",
        consent_views.ask_guardian,
        name="ask_guardian",
    ),
    path("consent/<str:token>/", consent_views.guardian_decision, name="guardian_decision"),
    path("my-learning/calendar/", calendar_feed.renew_feed, name="renew_calendar_feed"),
]

# Profile and "My data"
urlpatterns += [
    path("profile/", profile.profile, name="profile"),
    path("my-data/", my_data.my_data, name="my_data"),
    path("my-data/download/", my_data.my_data_download, name="my_data_download"),
    path("my-data/delete/", my_data.delete_account_view, name="delete_account"),
]
