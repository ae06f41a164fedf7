"""Enrolment in the admin: the actions its audit log records (Reports → Site history)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

ENROLMENT_ACTIONS = {
    "confirmed": (_("Confirm enrolment"), _("Enrolment confirmed")),
    "waitlisted": (_("Join waiting list"), _("Put on the waiting list")),
    "awaiting_consent": (_("Reserve seat"), _("Seat reserved, awaiting consent")),
    "promoted": (_("Promote from waiting list"), _("Promoted from the waiting list")),
    "cancelled": (_("Cancel enrolment"), _("Enrolment cancelled")),
    "started": (_("Start course"), _("Self-paced course started")),
    "session_cancelled": (_("Call off session"), _("Ended because the session was called off")),
    "consent_requested": (_("Ask guardian"), _("Guardian's consent requested")),
    "consent_given": (_("Give consent"), _("Guardian's consent given")),
    "consent_refused": (_("Refuse consent"), _("Guardian's consent refused")),
    "consent_expired": (_("Consent expired"), _("No guardian's consent in time")),
    "completed": (_("Complete"), _("Course completed")),
    "awaiting_approval": (_("Reserve seats"), _("Seats reserved, awaiting the school's approval")),
    "approved": (_("Confirm by approval"), _("Confirmed by the school's approval")),
    "resized": (_("Change class size"), _("Class size changed")),
}


@hooks.register("register_log_actions")
def register_enrolment_actions(actions):
    for event, (label, message) in ENROLMENT_ACTIONS.items():
        actions.register_action(f"learners.enrolment.{event}", label, message)
