"""Dated sessions of a course: one pool per course, shared by all its translations."""

from django.db import models, transaction
from django.db.models import Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel

from courses.choices import SessionStatus

from .meetings import Meeting, meetings_for_span


def seat_holding_states():
    """The states of a booking that hold a seat. Bookings are kept by the app that enrols
    learners, which the catalogue does not import: it reads the rule from the model behind
    the ``enrolments`` relation."""
    return CourseSession._meta.get_field("enrolments").related_model.SEAT_STATES


def wall_clock(moment):
    """The local date and time of an aware datetime, as a naive one."""
    return timezone.localtime(moment).replace(tzinfo=None)


class CourseSessionQuerySet(models.QuerySet):
    def with_seats_taken(self):
        states = seat_holding_states()
        return self.annotate(
            taken=Coalesce(Sum("enrolments__seats", filter=Q(enrolments__status__in=states)), 0)
        )

    def for_course(self, course):
        return self.filter(course_key=course.translation_key)

    def scheduled(self):
        return self.filter(status=SessionStatus.SCHEDULED)

    def upcoming(self):
        """Sessions still to begin, and series under way that people can still join."""
        now = timezone.now()
        return self.scheduled().filter(Q(start__gte=now) | Q(late_joining=True, end__gte=now))


class CourseSession(ClusterableModel):
    """One dated run of a course, booked once: a series of one or more meetings
    (``Meeting``), sharing one seat pool and one waiting list.

    Keyed to the course's ``translation_key``, which every translation of the course
    shares, so all language versions show the same sessions and the same seats.

    ``start`` and ``end`` are the span of its meetings (the first one's start, the last
    one's end, cancelled meetings left out): what the catalogue sorts and filters by and
    what the deadlines default to. A session saved with a start and an end but no meetings
    gets its meetings from that span (``meetings_for_span``).

    Its notes for participants are written on the course's pages, in every language
    (``SessionNote``)."""

    course_key = models.UUIDField(
        _("course"),
        db_index=True,
        editable=False,
        help_text=_("The translation key shared by the course and all its translations."),
    )
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    venue = models.ForeignKey(
        "courses.Venue",
        verbose_name=_("venue"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sessions",
        help_text=_("Leave empty for an online session."),
    )
    online_url = models.URLField(
        _("online meeting link"),
        blank=True,
        help_text=_("Shown to enrolled participants only."),
    )
    capacity = models.PositiveIntegerField(_("seats"), default=12)
    booking_deadline = models.DateTimeField(
        _("booking deadline"),
        null=True,
        blank=True,
        help_text=_("Empty: bookings are possible until the session starts."),
    )
    cancellation_deadline = models.DateTimeField(
        _("cancellation deadline"),
        null=True,
        blank=True,
        help_text=_("Empty: participants can cancel online until the session starts."),
    )
    late_joining = models.BooleanField(
        _("late joining"),
        default=False,
        help_text=_(
            "People can still book once the series has begun, until its last meeting. "
            "Otherwise bookings close when the first meeting starts."
        ),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=SessionStatus.choices, default=SessionStatus.SCHEDULED
    )
    objects = CourseSessionQuerySet.as_manager()

    class Meta:
        ordering = ["start"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        permissions = [("manage_all_sessions", _("Can manage the sessions of every course"))]
        indexes = [
            models.Index(fields=["course_key", "start"], name="session_course_start"),
            # The next sessions of all courses (home page, place filter): read in date order.
            models.Index(fields=["start"], name="session_start"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")), name="session_ends_after_start"
            )
        ]

    def __str__(self):
        return f"{timezone.localtime(self.start):%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        if "meetings" in getattr(self, "_cluster_related_objects", {}):
            self.take_span_from(self.meetings.all())
        elif self.pk and self.meetings.exists():
            self.move_meetings_to_span()
        elif self.start and self.end:
            self.meetings = [
                Meeting(start=s, end=e) for s, e in meetings_for_span(self.start, self.end)
            ]
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        """The session's notes for participants (on the course's pages) go with it
        (``SessionNote.session``); so do they from what wagtail-localize keeps of the
        course for translating it."""
        from .session_notes import forget_session_in_translation_sources

        with transaction.atomic():
            forget_session_in_translation_sources(self)
            return super().delete(*args, **kwargs)

    def take_span_from(self, meetings):
        held = [m for m in meetings if not m.is_cancelled] or list(meetings)
        if held:
            self.start, self.end = min(m.start for m in held), max(m.end for m in held)

    def move_meetings_to_span(self):
        """Someone set start and end directly: a single meeting takes the new span, a series
        moves as a whole to the new start, keeping its times of day."""
        meetings = list(self.meetings.all())
        new_start, new_end = self.start, self.end
        self.take_span_from(meetings)
        if (new_start, new_end) == (self.start, self.end):
            return
        if len(meetings) == 1:
            meetings[0].start, meetings[0].end = new_start, new_end
        else:
            shift = wall_clock(new_start) - wall_clock(self.start)
            for meeting in meetings:
                meeting.start = timezone.make_aware(wall_clock(meeting.start) + shift)
                meeting.end = timezone.make_aware(wall_clock(meeting.end) + shift)
        self.meetings = meetings
        self.take_span_from(meetings)

    @property
    def is_online(self):
        return self.venue_id is None

    @property
    def is_cancelled(self):
        return self.status == SessionStatus.CANCELLED

    @property
    def seats_taken(self):
        """Seats held by confirmed enrolments and those awaiting a guardian's consent.

        Uses the ``with_seats_taken()`` annotation when the queryset provides it."""
        if hasattr(self, "taken"):
            return self.taken
        held = self.enrolments.holding_seats().aggregate(n=Sum("seats"))["n"]
        return held or 0

    @property
    def seats_left(self):
        return max(self.capacity - self.seats_taken, 0)

    @property
    def bookable_until(self):
        return self.booking_deadline or (self.end if self.late_joining else self.start)

    @property
    def cancellable_until(self):
        return self.cancellation_deadline or self.start

    def is_bookable(self, now=None):
        now = now or timezone.now()
        return not self.is_cancelled and now < self.bookable_until
