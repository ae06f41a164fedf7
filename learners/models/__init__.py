from .attendance import Attendance
from .calendar import CalendarFeed
from .certificates import Certificate
from .consent import GuardianConsent
from .enrolments import ACTIVE_STATES, ATTENDING_STATES, SEAT_STATES, Enrolment, EnrolmentStatus
from .notifications import Notification
from .progress import LessonProgress, QuizAttempt
from .schools import (
    Pupil,
    School,
    SchoolClass,
    SchoolMembership,
    SchoolType,
    TeacherInvitation,
)
from .users import User, user_with_school_role

__all__ = [
    "Attendance",
    "Certificate",
    "LessonProgress",
    "QuizAttempt",
    "CalendarFeed",
    "ACTIVE_STATES",
    "ATTENDING_STATES",
    "SEAT_STATES",
    "Enrolment",
    "EnrolmentStatus",
    "GuardianConsent",
    "Notification",
    "Pupil",
    "School",
    "SchoolClass",
    "SchoolMembership",
    "SchoolType",
    "TeacherInvitation",
    "User",
    "user_with_school_role",
]
