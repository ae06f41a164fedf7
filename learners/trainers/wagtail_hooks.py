"""Trainers' tools in the admin: a session's participants and attendance, the course progress
report. Both lists download as CSV at their ``.csv`` URL, and as CSV or XLSX with
``?export=csv|xlsx`` on the page's URL."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from courses.permissions import can_manage_all_courses
from learners.trainers.attendance import AttendanceView
from learners.trainers.participants import ParticipantsView
from learners.trainers.progress_report import (
    CourseProgressMenuItem,
    CourseProgressReportView,
    CourseProgressView,
)


@hooks.register("register_admin_urls")
def register_participant_urls():
    return [
        path(
            "sessions/<int:session_id>/participants/",
            ParticipantsView.as_view(),
            name="session_participants",
        ),
        path(
            "sessions/<int:session_id>/participants.csv",
            ParticipantsView.as_view(export_format="csv"),
            name="session_participants_csv",
        ),
        path(
            "sessions/<int:session_id>/attendance/",
            AttendanceView.as_view(),
            name="session_attendance",
        ),
    ]


@hooks.register("register_admin_urls")
def register_progress_report_urls():
    return [
        path(
            "reports/course-progress/",
            CourseProgressReportView.as_view(),
            name="course_progress_report",
        ),
        path(
            "reports/course-progress.csv",
            CourseProgressReportView.as_view(export_format="csv"),
            name="course_progress_report_csv",
        ),
        path(
            "reports/course-progress/<uuid:course_key>/",
            CourseProgressView.as_view(),
            name="course_progress",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_progress_report_menu_item():
    return CourseProgressMenuItem(
        _("Course progress"),
        reverse("course_progress_report"),
        name="course-progress",
        icon_name="table",
        order=600,
    )


@hooks.register("construct_reports_menu")
def show_partner_staff_their_own_report(request, menu_items):
    """Wagtail's own reports cover the whole site; a partner's managers and trainers get the
    report about their own courses."""
    if not can_manage_all_courses(request.user):
        menu_items[:] = [item for item in menu_items if item.name == "course-progress"]
