"""The dated meetings of a session: a course that meets six Tuesday evenings is one
session (one booking, one seat pool) with six meetings."""

from datetime import datetime, time, timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey

from courses.choices import SessionStatus


def original_venues():
    """Venues are chosen in their original language; visitors see them translated."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


class Meeting(models.Model):
    session = ParentalKey(
        "courses.CourseSession",
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="meetings",
    )
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    venue = models.ForeignKey(
        "courses.Venue",
        verbose_name=_("other venue"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=original_venues,
        help_text=_("Empty: the session's venue."),
    )
    online = models.BooleanField(
        _("online"),
        default=False,
        help_text=_("This meeting takes place online, at the session's meeting link."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=SessionStatus.choices, default=SessionStatus.SCHEDULED
    )

    class Meta:
        ordering = ["start"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        indexes = [models.Index(fields=["session", "start"], name="meeting_session_start")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")),
                name="meeting_ends_after_start",
                violation_error_message=_("A meeting must end after it starts."),
            )
        ]

    def __str__(self):
        return f"{timezone.localtime(self.start):%Y-%m-%d %H:%M}"

    @property
    def is_cancelled(self):
        return self.status == SessionStatus.CANCELLED


def meetings_for_span(start, end):
    """The meetings of a session known only by its start and end: one meeting, or one per
    calendar day when the span covers several days (each from the start's time of day to
    the end's), as attendance was taken per day before sessions had meetings."""
    first_day, last_day = timezone.localtime(start).date(), timezone.localtime(end).date()
    if first_day == last_day:
        return [(start, end)]
    opens, closes = timezone.localtime(start).time(), timezone.localtime(end).time()
    if closes <= opens:
        return [(start, end)]
    days = (last_day - first_day).days + 1
    return [
        (
            local_datetime(first_day + timedelta(n), opens),
            local_datetime(first_day + timedelta(n), closes),
        )
        for n in range(days)
    ]


def local_datetime(day, time_of_day: time):
    return timezone.make_aware(datetime.combine(day, time_of_day))
