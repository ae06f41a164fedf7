"""Enrolments: a learner's seat in a dated session, or their start of a self-paced course."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class EnrolmentStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    AWAITING_CONSENT = "awaiting_consent", _("Awaiting consent")
    CANCELLED = "cancelled", _("Cancelled")
    COMPLETED = "completed", _("Completed")


#: States in which an enrolment counts: one per learner and session or course.
ACTIVE_STATES = [
    EnrolmentStatus.CONFIRMED,
    EnrolmentStatus.WAITLISTED,
    EnrolmentStatus.AWAITING_CONSENT,
    EnrolmentStatus.COMPLETED,
]
#: States that hold a seat of the session (a completed participant used theirs).
SEAT_STATES = [
    EnrolmentStatus.CONFIRMED,
    EnrolmentStatus.AWAITING_CONSENT,
    EnrolmentStatus.COMPLETED,
]


class EnrolmentQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=ACTIVE_STATES)

    def holding_seats(self):
        return self.filter(status__in=SEAT_STATES)

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

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "session"],
                condition=Q(status__in=ACTIVE_STATES) & Q(session__isnull=False),
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
    def holds_seat(self):
        return self.status in SEAT_STATES

    def waiting_list_position(self):
        if self.status != EnrolmentStatus.WAITLISTED:
            return None
        ahead = (
            Enrolment.objects.waitlisted()
            .filter(session=self.session)
            .filter(
                Q(waitlisted_at__lt=self.waitlisted_at)
                | Q(waitlisted_at=self.waitlisted_at, pk__lt=self.pk)
            )
        )
        return ahead.count() + 1
