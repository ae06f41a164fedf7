from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from learners.attendance import AttendanceView
from learners.certificate_admin import CertificateViewSet
from learners.participants import ParticipantsView, participants_csv
from learners.progress_report import (
    CourseProgressMenuItem,
    CourseProgressReportView,
    CourseProgressView,
    course_progress_csv,
)
from learners.school_admin import SchoolViewSet, approve_url_patterns

ENROLMENT_ACTIONS = {
    "confirmed": (_("Confirm enrolment"), _("Enrolment confirmed")),
    "waitlisted": (_("Join waiting list"), _("Put on the waiting list")),
    "awaiting_consent": (_("Reserve seat"), _("Seat reserved, awaiting consent")),
    "promoted": (_("Promote from waiting list"), _("Promoted from the waiting list")),
    "cancelled": (_("Cancel enrolment"), _("Enrolment cancelled")),
    "started": (_("Start course"), _("Self-paced course started")),
    "session_cancelled": (_("Call off session"), _("Ended because the session was called off")),
    "consent_requested": (_("Ask guardian"), _("Guardian's consent requested")),
    "consent_given": (_("Give consent"), _("Guardian's consent given")),
    "consent_refused": (_("Refuse consent"), _("Guardian's consent refused")),
    "consent_expired": (_("Consent expired"), _("No guardian's consent in time")),
    "completed": (_("Complete"), _("Course completed")),
    "awaiting_approval": (_("Reserve seats"), _("Seats reserved, awaiting the school's approval")),
    "approved": (_("Confirm by approval"), _("Confirmed by the school's approval")),
    "resized": (_("Change class size"), _("Class size changed")),
}

SCHOOL_ACTIONS = {
    "registered": (_("Register school"), _("School registered")),
    "approved": (_("Approve school"), _("School approved")),
    "teacher_invited": (_("Invite teacher"), _("Teacher invited")),
    "teacher_joined": (_("Join school"), _("Teacher joined the school")),
    "pupil_joined": (_("Join class"), _("A pupil joined the class")),
    "joining_opened": (_("Open joining"), _("Pupils can join the class")),
    "joining_closed": (_("Close joining"), _("Joining the class closed")),
    "pupil_password_reset": (_("Reset pupil's password"), _("A pupil's password was reset")),
    "pupil_removed": (_("Remove pupil"), _("A pupil was removed from the class")),
    "certificates_printed": (
        _("Print class certificates"),
        _("Certificates for the class were printed"),
    ),
}


@hooks.register("register_log_actions")
def register_enrolment_actions(actions):
    for event, (label, message) in ENROLMENT_ACTIONS.items():
        actions.register_action(f"learners.enrolment.{event}", label, message)
    actions.register_action(
        "learners.certificate.issued", _("Issue certificate"), _("Certificate issued")
    )
    actions.register_action(
        "learners.certificate.revoked", _("Revoke certificate"), _("Certificate revoked")
    )


@hooks.register("register_log_actions")
def register_school_actions(actions):
    for event, (label, message) in SCHOOL_ACTIONS.items():
        actions.register_action(f"learners.school.{event}", label, message)


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
            participants_csv,
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
            course_progress_csv,
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


@hooks.register("register_admin_viewset")
def register_certificate_viewset():
    return CertificateViewSet("certificates")


@hooks.register("register_admin_viewset")
def register_school_viewset():
    return SchoolViewSet("schools")


@hooks.register("register_admin_urls")
def register_school_approval_urls():
    return approve_url_patterns()
