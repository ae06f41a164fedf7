from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    """An e-mail the platform owes someone: written in the same transaction as the change
    it reports, sent by a Celery task afterwards, and retried until it has gone out, so a
    broker or mail server outage delays messages but never loses them."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    email = models.EmailField(
        _("send to"), blank=True, help_text=_("Another address than the recipient's own.")
    )
    kind = models.CharField(_("kind"), max_length=40)
    enrolment = models.ForeignKey(
        "learners.Enrolment", on_delete=models.CASCADE, null=True, related_name="notifications"
    )
    certificate = models.ForeignKey(
        "learners.Certificate", on_delete=models.CASCADE, null=True, related_name="+"
    )
    meeting = models.ForeignKey(
        "courses.Meeting",
        on_delete=models.CASCADE,
        null=True,
        related_name="+",
        help_text=_("The meeting of a series the message is about, e.g. a reminder."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True, db_index=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "meeting"],
                condition=models.Q(kind="reminder"),
                name="one_reminder_per_meeting",
            )
        ]

    def __str__(self):
        return f"{self.kind} → {self.email or self.recipient}"

    @property
    def address(self):
        return self.email or self.recipient.email
