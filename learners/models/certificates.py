"""Certificates: what was certified, frozen at issue time, and whether it still stands.

The row keeps the facts the certificate states (so the verification page never changes
what a printed certificate says) and whether it was revoked; its primary key is its
position in the published status list.
The partners that offered the course are kept by their translation keys, so that the
verification page names them in the visitor's language as the PDF named them in the holder's.
When a learner deletes their account, ``holder_name`` is emptied and the stored files
are deleted; the row stays so that the verification page can still confirm that the
code was issued, without personal data.
"""

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils.translation import gettext_lazy as _


def private_storage():
    return storages["private"]


class Certificate(models.Model):
    code = models.CharField(_("certificate code"), max_length=20, unique=True)
    enrolment = models.OneToOneField(
        "learners.Enrolment",
        verbose_name=_("enrolment"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificate",
        help_text=_("Empty for a certificate issued by hand."),
    )
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="certificates",
    )
    holder_name = models.CharField(_("name on the certificate"), max_length=150, blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    course_key = models.UUIDField(_("course"))
    course_title = models.CharField(_("course title"), max_length=255)
    competence_field = models.CharField(_("competence field"), max_length=100, blank=True)
    hours = models.DecimalField(_("hours"), max_digits=5, decimal_places=1)
    first_date = models.DateField(_("from"), null=True, blank=True)
    last_date = models.DateField(_("until"), null=True, blank=True)
    trainers = models.CharField(_("trainers"), max_length=300, blank=True)
    # The translation keys of the partners that offered the course (lead partner first),
    # as strings; empty for certificates issued before partners existed.
    partner_keys = models.JSONField(_("partners"), default=list, blank=True, editable=False)
    issued_at = models.DateTimeField(_("issued at"))
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The manager who issued it by hand; empty when issued on completion."),
    )
    credential_jwt = models.TextField(_("signed credential"), blank=True)
    pdf = models.FileField(_("PDF"), upload_to="certificates/", storage=private_storage, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revocation_reason = models.CharField(_("reason for revocation"), max_length=300, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "-pk"]
        permissions = [("revoke_certificate", _("Can revoke certificates"))]

    def __str__(self):
        return self.code

    @property
    def is_revoked(self):
        return self.revoked_at is not None

    @property
    def status_index(self):
        """Position of this certificate's bit in the published revocation status list."""
        return self.pk

    @property
    def is_ready(self):
        """Signed and rendered; until then the learner sees "being prepared"."""
        return bool(self.credential_jwt and self.pdf)
