"""Dated sessions of a course: one pool per course, shared by all its translations."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.choices import SessionStatus


def seat_holding_states():
    """The states of a booking that hold a seat. Bookings are kept by the app that enrols
    learners, which the catalogue does not import: it reads the rule from the model behind
    the ``enrolments`` relation."""
    return CourseSession._meta.get_field("enrolments").related_model.SEAT_STATES


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
        return self.scheduled().filter(start__gte=timezone.now())


class CourseSession(models.Model):
    """One dated run of a course.

    Keyed to the course's ``translation_key``, which every translation of the course
    shares, so all language versions show the same sessions and the same seats.
    """

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
    status = models.CharField(
        _("status"), max_length=20, choices=SessionStatus.choices, default=SessionStatus.SCHEDULED
    )
    notes = models.CharField(
        _("notes"),
        max_length=300,
        blank=True,
        help_text=_("Short practical note, e.g. 'Please bring a laptop'."),
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

    def clean(self):
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The session must end after it starts.")})
        if self.booking_deadline and self.start and self.booking_deadline > self.start:
            raise ValidationError(
                {"booking_deadline": _("The booking deadline must be before the start.")}
            )
        if self.cancellation_deadline and self.start and self.cancellation_deadline > self.start:
            raise ValidationError(
                {"cancellation_deadline": _("The cancellation deadline must be before the start.")}
            )

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
        return self.booking_deadline or self.start

    @property
    def cancellable_until(self):
        return self.cancellation_deadline or self.start

    def is_bookable(self, now=None):
        now = now or timezone.now()
        return not self.is_cancelled and now < self.bookable_until
