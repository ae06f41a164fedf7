"""Schools in the admin: the managers' list and approval, and the actions the audit log
records."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from learners.schools.admin import SchoolViewSet, approve_url_patterns

SCHOOL_ACTIONS = {
    "registered": (_("Register school"), _("School registered")),
    "approved": (_("Approve school"), _("School approved")),
    "teacher_invited": (_("Invite teacher"), _("Teacher invited")),
    "teacher_joined": (_("Join school"), _("Teacher joined the school")),
    "pupil_joined": (_("Join class"), _("A pupil joined the class")),
    "joining_opened": (_("Open joining"), _("Pupils can join the class")),
    "joining_closed": (_("Close joining"), _("Joining the class closed")),
    "pupil_password_reset": (_("Reset pupil's password"), _("A pupil's password was reset")),
    "pupil_locked": (
        _("Lock pupil's account"),
        _("A pupil's account was locked after too many wrong logins"),
    ),
    "pupil_removed": (_("Remove pupil"), _("A pupil was removed from the class")),
    "certificates_printed": (
        _("Print class certificates"),
        _("Certificates for the class were printed"),
    ),
}


@hooks.register("register_log_actions")
def register_school_actions(actions):
    for event, (label, message) in SCHOOL_ACTIONS.items():
        actions.register_action(f"learners.school.{event}", label, message)


@hooks.register("register_admin_viewset")
def register_school_viewset():
    return SchoolViewSet("schools")


@hooks.register("register_admin_urls")
def register_school_approval_urls():
    return approve_url_patterns()
