"""Demo content for ``manage.py load_demo_data``: users, vocabulary translations, venues,
pages, courses with lessons and sessions, and the courses' translations.

Every text is German first; translations are keyed by the German course slug."""

from .courses_economy import ECONOMY_COURSES
from .courses_education import EDUCATION_COURSES
from .courses_life import LIFE_COURSES
from .courses_research import RESEARCH_COURSES
from .pages import CATALOGUE_PAGE, HOME_PAGE, STANDARD_PAGES
from .site import AGE_GROUPS, COMPETENCE_FIELDS, PASSWORD, USERS
from .venues import VENUES

COURSES = [*ECONOMY_COURSES, *LIFE_COURSES, *RESEARCH_COURSES, *EDUCATION_COURSES]

COURSE_TRANSLATIONS = {}

__all__ = [
    "AGE_GROUPS",
    "CATALOGUE_PAGE",
    "COMPETENCE_FIELDS",
    "COURSES",
    "COURSE_TRANSLATIONS",
    "HOME_PAGE",
    "PASSWORD",
    "STANDARD_PAGES",
    "USERS",
    "VENUES",
]
