"""Taking attendance: the trainer ticks who is there, per meeting of the session, on a phone
or tablet. Saving re-checks each participant's completion rules."""

from collections import Counter

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from learners.learning import completion
from learners.models import ATTENDING_STATES, Attendance, Enrolment
from learners.trainers.forms import AttendanceForm, AttendanceMeetingForm
from learners.trainers.participants import course_title, session_for


def default_meeting(meetings, now=None):
    """Today's meeting (the last one begun, when it meets twice), else the last meeting
    held, else the first one."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    todays = [meeting for meeting in meetings if timezone.localdate(meeting.start) == today]
    if todays:
        begun = [meeting for meeting in todays if meeting.start <= now]
        return begun[-1] if begun else todays[0]
    past = [meeting for meeting in meetings if timezone.localdate(meeting.start) < today]
    return past[-1] if past else meetings[0]


def to_come(meeting):
    """Attendance is taken on the day of the meeting or later, never ahead."""
    return timezone.localdate(meeting.start) > timezone.localdate()


def attendance_list(session, meeting):
    enrolments = list(
        Enrolment.objects.filter(session=session, status__in=ATTENDING_STATES)
        .select_related("learner")
        .order_by("learner__display_name", "learner__username", "pk")
    )
    present = set(
        Attendance.objects.filter(
            enrolment__in=enrolments, meeting=meeting, present=True
        ).values_list("enrolment_id", flat=True)
    )
    for enrolment in enrolments:
        enrolment.present = enrolment.pk in present
        enrolment.name = str(enrolment.learner) if enrolment.learner else _("deleted account")
    return enrolments


def save_attendance(session, meeting, present_ids, actor):
    """Record who was there; returns the enrolments that are now completed."""
    enrolments = list(Enrolment.objects.filter(session=session, status__in=ATTENDING_STATES))
    with transaction.atomic():
        for enrolment in enrolments:
            Attendance.objects.update_or_create(
                enrolment=enrolment,
                meeting=meeting,
                defaults={"present": enrolment.pk in present_ids, "recorded_by": actor},
            )
    return [e for e in enrolments if e.pk in present_ids and completion.evaluate(e, actor)]


class AttendanceView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "learners/admin/attendance.html"
    header_icon = "tick"
    page_title = gettext_lazy("Attendance")

    def dispatch(self, request, session_id):
        self.session = session_for(request.user, session_id)
        self.meetings = completion.held_meetings(self.session)
        self.meeting = default_meeting(self.meetings) if self.meetings else None
        self.form = None
        if request.method == "POST":
            attending = Enrolment.objects.filter(session=self.session, status__in=ATTENDING_STATES)
            self.form = AttendanceForm(
                request.POST, self.meetings, attending.values_list("pk", flat=True)
            )
        else:
            asked = AttendanceMeetingForm(request.GET, self.meetings)
            if asked.is_valid():
                self.meeting = asked.chosen()
        return super().dispatch(request, session_id)

    def get_page_subtitle(self):
        start = date_format(timezone.localtime(self.session.start), "SHORT_DATETIME_FORMAT")
        return f"{course_title(self.session)} – {start}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(session=self.session, meetings=meeting_links(self.meetings))
        if self.meeting is None:
            return context
        participants = attendance_list(self.session, self.meeting)
        if self.form is not None and self.form.errors and "meeting" in self.form.cleaned_data:
            # Refused: the meeting asked for, with the ticks as they were posted.
            ticked = self.form.ticked()
            for participant in participants:
                participant.present = str(participant.pk) in ticked
        context.update(
            meeting=self.meeting,
            starts=timezone.localtime(self.meeting.start),
            participants=participants,
            present_count=sum(p.present for p in participants),
            to_come=to_come(self.meeting),
        )
        return context

    def post(self, request, session_id):
        form = self.form
        if not form.is_valid():
            for errors in form.errors.values():
                messages.error(request, errors[0])
            if "meeting" in form.cleaned_data:
                self.meeting = form.chosen()
            return self.get(request, session_id)
        self.meeting = form.chosen()
        if to_come(self.meeting):
            # Ticking ahead would complete the course, and issue certificates, too early.
            messages.error(request, _("Attendance can be taken on the day itself or later."))
            return self.get(request, session_id)
        present = set(form.cleaned_data["present"])
        completed = save_attendance(self.session, self.meeting, present, request.user)
        saved = _("Attendance saved: %(present)s present.") % {"present": len(present)}
        if completed:
            saved += " " + ngettext(
                "%(count)s participant has now completed the course.",
                "%(count)s participants have now completed the course.",
                len(completed),
            ) % {"count": len(completed)}
        messages.success(request, saved)
        url = reverse("session_attendance", args=[self.session.pk])
        return HttpResponseRedirect(f"{url}?meeting={self.meeting.pk}")


def meeting_links(meetings):
    """The meetings to choose from, each with its local start and whether its day has
    another meeting (then the time tells them apart)."""
    days = Counter(timezone.localdate(meeting.start) for meeting in meetings)
    return [
        {
            "meeting": meeting,
            "starts": timezone.localtime(meeting.start),
            "same_day": days[timezone.localdate(meeting.start)] > 1,
        }
        for meeting in meetings
    ]
