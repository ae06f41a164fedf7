from django.utils.translation import gettext_lazy as _
from wagtail import hooks

ENROLMENT_ACTIONS = {
    "confirmed": (_("Confirm enrolment"), _("Enrolment confirmed")),
    "waitlisted": (_("Join waiting list"), _("Put on the waiting list")),
    "awaiting_consent": (_("Reserve seat"), _("Seat reserved, awaiting consent")),
    "promoted": (_("Promote from waiting list"), _("Promoted from the waiting list")),
    "cancelled": (_("Cancel enrolment"), _("Enrolment cancelled")),
    "started": (_("Start course"), _("Self-paced course started")),
}


@hooks.register("register_log_actions")
def register_enrolment_actions(actions):
    for event, (label, message) in ENROLMENT_ACTIONS.items():
        actions.register_action(f"learners.enrolment.{event}", label, message)
