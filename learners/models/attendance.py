"""Who was there: the trainer's attendance list, one row per participant and session day."""

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
    date = models.DateField(_("date"))
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
                fields=["enrolment", "date"], name="one_attendance_row_per_enrolment_and_day"
            )
        ]

    def __str__(self):
        return f"{self.enrolment_id} {self.date:%Y-%m-%d}: {self.present}"
