"""Taking attendance: the trainer ticks who is there, per day of the session, on a phone
or tablet. Saving re-checks each participant's completion rules."""

import datetime

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
from learners.trainers.participants import course_title, session_for

ATTENDING_STATES = [EnrolmentStatus.CONFIRMED, EnrolmentStatus.COMPLETED]


def requested_day(days, value):
    """The day asked for, if it is one of the session's days."""
    try:
        day = datetime.date.fromisoformat(value or "")
    except ValueError:
        return None
    return day if day in days else None


def default_day(days):
    today = timezone.localdate()
    return today if today in days else days[0]


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


def present_ids_from(post, enrolments):
    """Ticked participants; anything that is not a participant of this session is ignored."""
    allowed = {enrolment.pk for enrolment in enrolments}
    ids = set()
    for value in post.getlist("present"):
        if value.isdigit() and int(value) in allowed:
            ids.add(int(value))
    return ids


class AttendanceView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "learners/admin/attendance.html"
    header_icon = "tick"
    page_title = gettext_lazy("Attendance")

    def dispatch(self, request, session_id):
        self.session = session_for(request.user, session_id)
        self.days = completion.session_days(self.session)
        source = request.POST if request.method == "POST" else request.GET
        day = requested_day(self.days, source.get("date"))
        self.day_refused = day is None and (bool(source.get("date")) or request.method == "POST")
        self.day = day or default_day(self.days)
        return super().dispatch(request, session_id)

    def get_page_subtitle(self):
        start = date_format(timezone.localtime(self.session.start), "SHORT_DATETIME_FORMAT")
        return f"{course_title(self.session)} – {start}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        participants = attendance_list(self.session, self.day)
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
        if self.day_refused:
            messages.error(request, _("That day is not a day of this session."))
            return self.get(request, session_id)
        if self.day > timezone.localdate():
            # Ticking ahead would complete the course, and issue certificates, too early.
            messages.error(request, _("Attendance can be taken on the day itself or later."))
            return self.get(request, session_id)
        enrolments = Enrolment.objects.filter(session=self.session, status__in=ATTENDING_STATES)
        present = present_ids_from(request.POST, enrolments)
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
