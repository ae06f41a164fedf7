"""Taking attendance: the trainer ticks who is there, per day of the session, on a phone
or tablet. Saving re-checks each participant's completion rules."""

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
from learners.models import Attendance, Enrolment, EnrolmentStatus
from learners.trainers.forms import AttendanceDayForm, AttendanceForm
from learners.trainers.participants import course_title, session_for

ATTENDING_STATES = [EnrolmentStatus.CONFIRMED, EnrolmentStatus.COMPLETED]


def default_day(days):
    """Today if the session meets today, else the last day it met, else its first day."""
    today = timezone.localdate()
    past = [day for day in days if day <= today]
    return past[-1] if past else days[0]


def attendance_list(session, day):
    enrolments = list(
        Enrolment.objects.filter(session=session, status__in=ATTENDING_STATES)
        .select_related("learner")
        .order_by("learner__display_name", "learner__username", "pk")
    )
    present = set(
        Attendance.objects.filter(enrolment__in=enrolments, date=day, present=True).values_list(
            "enrolment_id", flat=True
        )
    )
    for enrolment in enrolments:
        enrolment.present = enrolment.pk in present
        enrolment.name = str(enrolment.learner) if enrolment.learner else _("deleted account")
    return enrolments


def save_attendance(session, day, present_ids, actor):
    """Record who was there; returns the enrolments that are now completed."""
    enrolments = list(Enrolment.objects.filter(session=session, status__in=ATTENDING_STATES))
    with transaction.atomic():
        for enrolment in enrolments:
            Attendance.objects.update_or_create(
                enrolment=enrolment,
                date=day,
                defaults={"present": enrolment.pk in present_ids, "recorded_by": actor},
            )
    return [e for e in enrolments if e.pk in present_ids and completion.evaluate(e, actor)]


class AttendanceView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "learners/admin/attendance.html"
    header_icon = "tick"
    page_title = gettext_lazy("Attendance")

    def dispatch(self, request, session_id):
        self.session = session_for(request.user, session_id)
        self.days = completion.session_days(self.session)
        self.day = default_day(self.days)
        self.form = None
        if request.method == "POST":
            attending = Enrolment.objects.filter(session=self.session, status__in=ATTENDING_STATES)
            self.form = AttendanceForm(
                request.POST, self.days, attending.values_list("pk", flat=True)
            )
        else:
            asked = AttendanceDayForm(request.GET, self.days)
            if asked.is_valid():
                self.day = asked.cleaned_data["date"]
        return super().dispatch(request, session_id)

    def get_page_subtitle(self):
        start = date_format(timezone.localtime(self.session.start), "SHORT_DATETIME_FORMAT")
        return f"{course_title(self.session)} – {start}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        participants = attendance_list(self.session, self.day)
        if self.form is not None and self.form.errors and "date" in self.form.cleaned_data:
            # Refused: the day asked for, with the ticks as they were posted.
            ticked = self.form.ticked()
            for participant in participants:
                participant.present = str(participant.pk) in ticked
        context.update(
            session=self.session,
            days=self.days,
            day=self.day,
            participants=participants,
            present_count=sum(p.present for p in participants),
            day_to_come=self.day > timezone.localdate(),
        )
        return context

    def post(self, request, session_id):
        form = self.form
        if not form.is_valid():
            for errors in form.errors.values():
                messages.error(request, errors[0])
            self.day = form.cleaned_data.get("date", self.day)
            return self.get(request, session_id)
        self.day = form.cleaned_data["date"]
        if self.day > timezone.localdate():
            # Ticking ahead would complete the course, and issue certificates, too early.
            messages.error(request, _("Attendance can be taken on the day itself or later."))
            return self.get(request, session_id)
        present = set(form.cleaned_data["present"])
        completed = save_attendance(self.session, self.day, present, request.user)
        saved = _("Attendance saved: %(present)s present.") % {"present": len(present)}
        if completed:
            saved += " " + ngettext(
                "%(count)s participant has now completed the course.",
                "%(count)s participants have now completed the course.",
                len(completed),
            ) % {"count": len(completed)}
        messages.success(request, saved)
        url = reverse("session_attendance", args=[self.session.pk])
        return HttpResponseRedirect(f"{url}?date={self.day.isoformat()}")
