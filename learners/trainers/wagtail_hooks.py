"""Trainers' tools in the admin: a session's participants and attendance, the course progress
report. Both lists download as CSV at their ``.csv`` URL, and as CSV or XLSX with
``?export=csv|xlsx`` on the page's URL."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

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
