from .enrolments import ACTIVE_STATES, SEAT_STATES, Enrolment, EnrolmentStatus
from .notifications import Notification
from .users import User

__all__ = ["ACTIVE_STATES", "SEAT_STATES", "Enrolment", "EnrolmentStatus", "Notification", "User"]
