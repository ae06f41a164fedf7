"""Enrolments: a learner's seat in a dated session, or their start of a self-paced course.

A school class booking is an enrolment too (``school_class`` set, ``learner`` the booking
teacher, ``seats`` the pupils and accompanying adults), so classes and individuals share one
pool of seats, one lock and one waiting list.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class EnrolmentStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    AWAITING_CONSENT = "awaiting_consent", _("Awaiting consent")
    AWAITING_APPROVAL = "awaiting_approval", _("Awaiting the school's approval")
    CANCELLED = "cancelled", _("Cancelled")
    COMPLETED = "completed", _("Completed")


#: States in which an enrolment counts: one per learner and session or course.
ACTIVE_STATES = [
    EnrolmentStatus.CONFIRMED,
    EnrolmentStatus.WAITLISTED,
    EnrolmentStatus.AWAITING_CONSENT,
    EnrolmentStatus.AWAITING_APPROVAL,
    EnrolmentStatus.COMPLETED,
]
#: States of a booking whose holder takes part: comes to the meetings, has attendance taken.
ATTENDING_STATES = [EnrolmentStatus.CONFIRMED, EnrolmentStatus.COMPLETED]
#: States that hold a seat of the session (a completed participant used theirs).
SEAT_STATES = [
    EnrolmentStatus.CONFIRMED,
    EnrolmentStatus.AWAITING_CONSENT,
    EnrolmentStatus.AWAITING_APPROVAL,
    EnrolmentStatus.COMPLETED,
]


class EnrolmentQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=ACTIVE_STATES)

    def holding_seats(self):
        return self.filter(status__in=SEAT_STATES)

    def individual(self):
        return self.filter(school_class__isnull=True)

    def class_bookings(self):
        return self.filter(school_class__isnull=False)

    def waitlisted(self):
        return self.filter(status=EnrolmentStatus.WAITLISTED).order_by("waitlisted_at", "pk")


class Enrolment(models.Model):
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        # Deleting an account keeps the enrolment as an anonymous count for statistics.
        on_delete=models.SET_NULL,
        null=True,
        related_name="enrolments",
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    session = models.ForeignKey(
        "courses.CourseSession",
        verbose_name=_("session"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="enrolments",
        help_text=_("Empty for a self-paced course."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=EnrolmentStatus.choices, db_index=True
    )
    seats = models.PositiveSmallIntegerField(_("seats"), default=1)
    created_at = models.DateTimeField(_("enrolled at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("changed at"), auto_now=True)
    waitlisted_at = models.DateTimeField(_("on the waiting list since"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    school_class = models.OneToOneField(
        "learners.SchoolClass",
        verbose_name=_("school class"),
        # A booked class stays as long as its booking: statistics count both.
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="enrolment",
        help_text=_("Set when a teacher booked the seats for a whole class."),
    )

    objects = EnrolmentQuerySet.as_manager()

    #: Read by the catalogue to count a session's seats (``CourseSession.with_seats_taken``).
    SEAT_STATES = SEAT_STATES

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "session"],
                # A teacher may book several classes into one session.
                condition=Q(status__in=ACTIVE_STATES)
                & Q(session__isnull=False)
                & Q(school_class__isnull=True),
                name="one_active_enrolment_per_learner_and_session",
            ),
            models.UniqueConstraint(
                fields=["learner", "course_key"],
                condition=Q(status__in=ACTIVE_STATES) & Q(session__isnull=True),
                name="one_active_self_paced_enrolment_per_learner_and_course",
            ),
        ]
        indexes = [models.Index(fields=["session", "status"], name="enrolment_session_status")]

    def __str__(self):
        return f"{self.learner or _('deleted account')} – {self.get_status_display()}"

    @property
    def is_active(self):
        return self.status in ACTIVE_STATES

    @property
    def is_class_booking(self):
        return self.school_class_id is not None

    @property
    def holds_seat(self):
        return self.status in SEAT_STATES

    def waiting_list_position(self):
        if self.status != EnrolmentStatus.WAITLISTED:
            return None
        if hasattr(self, "known_position"):  # set for whole lists by with_waiting_positions()
            return self.known_position
        ahead = (
            Enrolment.objects.waitlisted()
            .filter(session_id=self.session_id)
            .filter(
                Q(waitlisted_at__lt=self.waitlisted_at)
                | Q(waitlisted_at=self.waitlisted_at, pk__lt=self.pk)
            )
        )
        return ahead.count() + 1


def with_waiting_positions(enrolments):
    """Work out the waiting list positions of many enrolments in one query."""
    waiting = [e for e in enrolments if e.status == EnrolmentStatus.WAITLISTED]
    if not waiting:
        return enrolments
    queue = Enrolment.objects.waitlisted().filter(session__in={e.session_id for e in waiting})
    positions, counters = {}, {}
    for pk, session_id in queue.values_list("pk", "session_id"):
        counters[session_id] = counters.get(session_id, 0) + 1
        positions[pk] = counters[session_id]
    for enrolment in waiting:
        enrolment.known_position = positions.get(enrolment.pk)
    return enrolments
