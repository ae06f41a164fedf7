from django.db import models
from django.utils.translation import gettext_lazy as _


class GuardianConsent(models.Model):
    """A parent's or guardian's decision on the booking of a learner under 16."""

    class Decision(models.TextChoices):
        PENDING = "pending", _("Pending")
        GIVEN = "given", _("Given")
        REFUSED = "refused", _("Refused")
        EXPIRED = "expired", _("Expired")

    enrolment = models.OneToOneField(
        "learners.Enrolment", on_delete=models.CASCADE, related_name="consent"
    )
    guardian_email = models.EmailField(_("e-mail of the parent or guardian"))
    requested_at = models.DateTimeField(_("requested at"))
    decision = models.CharField(
        _("decision"), max_length=10, choices=Decision.choices, default=Decision.PENDING
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    class Meta:
        verbose_name = _("guardian's consent")
        verbose_name_plural = _("guardians' consents")

    def __str__(self):
        return f"{self.guardian_email}: {self.get_decision_display()}"
