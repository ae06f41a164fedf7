"""Pages for teachers: register a school, accept an invitation, book a class, My school."""

from django.urls import path

from learners.schools import class_views
from learners.schools import views as school_views

# Registering a school and joining one by invitation
urlpatterns = [
    path("schools/register/", school_views.register, name="school_register"),
    path("schools/register/done/", school_views.registered, name="school_registered"),
    path("schools/invitations/<str:token>/", school_views.invitation, name="school_invitation"),
]

# Booking a class, "My school" and the code sheet
urlpatterns += [
    path("sessions/<int:session_id>/book-class/", class_views.book_class, name="book_class"),
    path("my-school/", class_views.my_school, name="my_school"),
    path("my-school/invite/", class_views.invite_colleague, name="my_school_invite"),
    path(
        "my-school/classes/<int:class_id>/sheet/", class_views.code_sheet, name="class_code_sheet"
    ),
    path(
        "my-school/classes/<int:class_id>/joining/",
        class_views.change_joining,
        name="class_joining",
    ),
    path("my-school/classes/<int:class_id>/results.csv", class_views.results, name="class_results"),
    path(
        "my-school/classes/<int:class_id>/certificates/",
        class_views.certificates,
        name="class_certificates",
    ),
    path("my-school/classes/<int:class_id>/size/", class_views.resize, name="class_resize"),
    path("my-school/classes/<int:class_id>/cancel/", class_views.cancel, name="class_cancel"),
    path(
        "my-school/classes/<int:class_id>/cancel/confirm/",
        class_views.confirm_cancel,
        name="class_cancel_confirm",
    ),
    path(
        "my-school/pupils/<int:pupil_id>/password/",
        class_views.reset_password,
        name="pupil_reset_password",
    ),
    path("my-school/pupils/<int:pupil_id>/remove/", class_views.remove_pupil, name="pupil_remove"),
    path(
        "my-school/pupils/<int:pupil_id>/remove/confirm/",
        class_views.confirm_remove_pupil,
        name="pupil_remove_confirm",
    ),
]
