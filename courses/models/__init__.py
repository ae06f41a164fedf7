from .meetings import Meeting
from .pages import CourseIndexPage, CoursePage, LessonPage
from .partners import PartnerPage, parent_path
from .session_notes import SessionNote
from .sessions import CourseSession
from .taxonomy import AgeGroup, CompetenceField, InstructionLanguage
from .venues import Venue

__all__ = [
    "AgeGroup",
    "CompetenceField",
    "CourseIndexPage",
    "CoursePage",
    "CourseSession",
    "InstructionLanguage",
    "LessonPage",
    "Meeting",
    "PartnerPage",
    "SessionNote",
    "Venue",
    "parent_path",
]
