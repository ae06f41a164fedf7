"""Participants of a session, for its trainers and for managers, in the admin and as CSV
or XLSX."""

from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permissions import policy_registry

from courses.models import CourseSession
from courses.queries import original_course
from learners.learning.completion import session_days
from learners.models import Attendance, Enrolment, EnrolmentStatus
from learners.trainers.spreadsheets import SpreadsheetExport

LISTED_STATES = [
    EnrolmentStatus.CONFIRMED,
    EnrolmentStatus.AWAITING_CONSENT,
    EnrolmentStatus.AWAITING_APPROVAL,
    EnrolmentStatus.COMPLETED,
    EnrolmentStatus.WAITLISTED,
]


def session_for(user, session_id):
    session = get_object_or_404(CourseSession.objects.select_related("venue"), pk=session_id)
    policy = policy_registry.get_by_type(CourseSession)
    if not policy.user_has_permission_for_instance(user, "change", session):
        raise PermissionDenied
    return session


def attendance_of(session):
    """({booking id: days attended}, days the session meets so far)."""
    today = timezone.localdate()
    days = [day for day in session_days(session) if day <= today]
    present = (
        Attendance.objects.filter(enrolment__session=session, present=True, date__in=days)
        .values("enrolment_id")
        .annotate(n=Count("pk"))
    )
    return {row["enrolment_id"]: row["n"] for row in present}, len(days)


def attended(enrolment, present, days):
    if not days or enrolment.status not in (EnrolmentStatus.CONFIRMED, EnrolmentStatus.COMPLETED):
        return ""
    return _("%(present)s of %(days)s") % {"present": present.get(enrolment.pk, 0), "days": days}


def participants(session):
    present, days = attendance_of(session)
    enrolments = (
        Enrolment.objects.filter(session=session, status__in=LISTED_STATES)
        .select_related("learner", "consent", "school_class__school")
        .order_by("status", "waitlisted_at", "created_at")
    )
    rows = []
    position = 0
    for enrolment in enrolments:
        learner = enrolment.learner
        if enrolment.status == EnrolmentStatus.WAITLISTED:
            position += 1
        consent = getattr(enrolment, "consent", None)
        if enrolment.school_class_id:
            rows.append(
                {**class_row(enrolment, position), "attended": attended(enrolment, present, days)}
            )
            continue
        rows.append(
            {
                "name": str(learner) if learner else _("deleted account"),
                "email": learner.email if learner else "",
                "language": learner.get_preferred_language_display() if learner else "",
                "accessibility": learner.accessibility_needs if learner else "",
                "status": enrolment.get_status_display(),
                "waiting_position": position
                if enrolment.status == EnrolmentStatus.WAITLISTED
                else "",
                "consent": consent.get_decision_display() if consent else "",
                "attended": attended(enrolment, present, days),
                "enrolled_at": enrolment.created_at,
            }
        )
    return rows


def class_row(enrolment, position):
    """A school class as trainers see it: the class, its school and how many come."""
    school_class = enrolment.school_class
    return {
        "name": _("Class %(name)s, %(school)s: %(pupils)s pupils, %(adults)s adults")
        % {
            "name": school_class.class_name,
            "school": school_class.school.name,
            "pupils": school_class.pupils,
            "adults": school_class.accompanying_adults,
        },
        "email": "",
        "language": "",
        "accessibility": school_class.notes,
        "status": enrolment.get_status_display(),
        "waiting_position": position if enrolment.status == EnrolmentStatus.WAITLISTED else "",
        "consent": _("held by the school") if school_class.consent_confirmed_at else "",
        "enrolled_at": enrolment.created_at,
    }


def course_title(session):
    course = original_course(session.course_key)
    return course.title if course else ""


class ParticipantsView(SpreadsheetExport, WagtailAdminTemplateMixin, TemplateView):
    """The participants as a page, or as CSV or XLSX (``SpreadsheetExport``)."""

    template_name = "learners/admin/participants.html"
    header_icon = "group"
    page_title = gettext_lazy("Participants")
    list_export = [
        "name", "email", "language", "accessibility", "status", "waiting_position", "consent",
        "attended", "enrolled_at",
    ]  # fmt: skip
    export_headings = {
        "name": gettext_lazy("Name"),
        "email": gettext_lazy("E-mail"),
        "language": gettext_lazy("Language"),
        "accessibility": gettext_lazy("Accessibility needs"),
        "status": gettext_lazy("Status"),
        "waiting_position": gettext_lazy("Waiting list position"),
        "consent": gettext_lazy("Guardian's consent"),
        "attended": gettext_lazy("Days attended"),
        "enrolled_at": gettext_lazy("Enrolled at"),
    }
    custom_field_preprocess = {
        "enrolled_at": {SpreadsheetExport.FORMAT_CSV: lambda value: f"{value:%Y-%m-%d %H:%M}"}
    }

    def dispatch(self, request, session_id):
        self.session = session_for(request.user, session_id)
        return super().dispatch(request, session_id)

    def get_page_subtitle(self):
        return f"{course_title(self.session)} – {self.session}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(session=self.session, participants=participants(self.session))
        return context

    def export_rows(self):
        return participants(self.session)

    def get_filename(self):
        start = f"{self.session.start:%Y-%m-%d}"
        return slugify(f"{course_title(self.session)}-{start}") or "participants"
