from .calendar import CalendarFeed
from .consent import GuardianConsent
from .enrolments import ACTIVE_STATES, SEAT_STATES, Enrolment, EnrolmentStatus
from .notifications import Notification
from .users import User

__all__ = [
    "CalendarFeed",
    "ACTIVE_STATES",
    "SEAT_STATES",
    "Enrolment",
    "EnrolmentStatus",
    "GuardianConsent",
    "Notification",
    "User",
]
