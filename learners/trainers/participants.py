"""Participants of a session, for its trainers and for managers, in the admin and as CSV
or XLSX."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permissions import policy_registry

from courses.models import CourseSession
from courses.queries import original_course
from learners.learning.completion import held_meetings
from learners.models import ATTENDING_STATES, Attendance, Enrolment, EnrolmentStatus
from learners.trainers.forms import meeting_label
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


class Register:
    """Who was at which meeting of a session: the meetings held so far (not cancelled, on
    today or before) and the attendance recorded for them."""

    def __init__(self, session):
        today = timezone.localdate()
        self.meetings = [
            meeting
            for meeting in held_meetings(session)
            if timezone.localdate(meeting.start) <= today
        ]
        self.recorded = dict(
            ((row.enrolment_id, row.meeting_id), row.present)
            for row in Attendance.objects.filter(meeting__in=self.meetings).only(
                "enrolment_id", "meeting_id", "present"
            )
        )

    def attended(self, enrolment):
        """ "2 of 3": meetings attended of those held so far, for a booking that attends."""
        if not self.meetings or enrolment.status not in ATTENDING_STATES:
            return ""
        present = sum(self.recorded.get((enrolment.pk, m.pk), False) for m in self.meetings)
        return _("%(present)s of %(meetings)s") % {
            "present": present,
            "meetings": len(self.meetings),
        }

    def cells(self, enrolment):
        """{column: present, absent or empty (not recorded)} for each meeting so far."""
        if enrolment.status not in ATTENDING_STATES:
            return {column(m): "" for m in self.meetings}
        marks = {True: pgettext("attendance", "present"), False: pgettext("attendance", "absent")}
        return {
            column(m): marks.get(self.recorded.get((enrolment.pk, m.pk)), "") for m in self.meetings
        }

    def headings(self):
        return {column(meeting): meeting_label(meeting) for meeting in self.meetings}

    def per_meeting(self, attending):
        """For the page: each meeting so far with how many of the ``attending`` were there."""
        return [
            {
                "meeting": meeting,
                "label": meeting_label(meeting),
                "present": sum(self.recorded.get((pk, meeting.pk), False) for pk in attending),
                "of": len(attending),
            }
            for meeting in self.meetings
        ]


def column(meeting):
    return f"meeting_{meeting.pk}"


def participants(session, register=None):
    register = register or Register(session)
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
                {
                    **class_row(enrolment, position),
                    **attendance_columns(enrolment, register),
                }
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
                "enrolled_at": enrolment.created_at,
                **attendance_columns(enrolment, register),
            }
        )
    return rows


def attendance_columns(enrolment, register):
    return {
        "pk": enrolment.pk,
        "attends": enrolment.status in ATTENDING_STATES,
        "attended": register.attended(enrolment),
        **register.cells(enrolment),
    }


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
        "attended": gettext_lazy("Meetings attended"),
        "enrolled_at": gettext_lazy("Enrolled at"),
    }
    custom_field_preprocess = {
        "enrolled_at": {SpreadsheetExport.FORMAT_CSV: lambda value: f"{value:%Y-%m-%d %H:%M}"}
    }

    def dispatch(self, request, session_id):
        self.session = session_for(request.user, session_id)
        self.register = Register(self.session)
        # One column per meeting so far in the files, after the columns every list has.
        self.list_export = [*self.list_export, *self.register.headings()]
        self.export_headings = {**self.export_headings, **self.register.headings()}
        return super().dispatch(request, session_id)

    def get_page_subtitle(self):
        return f"{course_title(self.session)} – {self.session}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = participants(self.session, self.register)
        attending = [row["pk"] for row in rows if row["attends"]]
        context.update(
            session=self.session,
            participants=rows,
            meetings=self.register.per_meeting(attending),
        )
        return context

    def export_rows(self):
        return participants(self.session, self.register)

    def get_filename(self):
        start = f"{self.session.start:%Y-%m-%d}"
        return slugify(f"{course_title(self.session)}-{start}") or "participants"
