"""Certificates in the admin: the managers' list, and the actions the audit log records."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from learners.certificates.admin import CertificateViewSet


@hooks.register("register_log_actions")
def register_certificate_actions(actions):
    actions.register_action(
        "learners.certificate.issued", _("Issue certificate"), _("Certificate issued")
    )
    actions.register_action(
        "learners.certificate.revoked", _("Revoke certificate"), _("Certificate revoked")
    )


@hooks.register("register_admin_viewset")
def register_certificate_viewset():
    return CertificateViewSet("certificates")
