"""Who was there: the trainer's attendance list, one row per participant and meeting."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Attendance(models.Model):
    enrolment = models.ForeignKey(
        "learners.Enrolment",
        verbose_name=_("enrolment"),
        on_delete=models.CASCADE,
        related_name="attendance",
    )
    meeting = models.ForeignKey(
        "courses.Meeting",
        verbose_name=_("meeting"),
        on_delete=models.PROTECT,  # the session form refuses to remove a meeting with attendance
        related_name="attendance",
    )
    present = models.BooleanField(_("present"), default=False)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "meeting"], name="one_attendance_row_per_meeting"
            )
        ]

    def __str__(self):
        return f"{self.enrolment_id} {self.meeting}: {self.present}"
