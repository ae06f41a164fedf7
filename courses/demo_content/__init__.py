"""Demo content for ``manage.py load_demo_data``: users, vocabulary translations, venues,
pages, courses with lessons and sessions, and the courses' translations.

Every course is written in German first; its translations are keyed by the German slug.
Notes for participants are a session's ``notes``, or a course's ``notes`` for every
session; a translation gives the text of each of them under ``notes``, keyed by the German
text.
All people, addresses and dates are invented.
"""

from .courses_economy import ECONOMY_COURSES
from .courses_education import EDUCATION_COURSES
from .courses_life import LIFE_COURSES
from .courses_research import RESEARCH_COURSES
from .pages import CATALOGUE_PAGE, HOME_PAGE, STANDARD_PAGES
from .partners import COURSE_PROVIDERS, JOINT_COURSES, PARTNER_USERS, PARTNERS
from .site import AGE_GROUPS, COMPETENCE_FIELDS, PASSWORD, USERS
from .translations_cs import CS
from .translations_en import EN
from .translations_hsb import HSB
from .translations_pl import PL
from .venues import VENUES

COURSES = [*ECONOMY_COURSES, *LIFE_COURSES, *RESEARCH_COURSES, *EDUCATION_COURSES]


def _by_course(**languages):
    """{german slug: {language: translation}} from {language: {german slug: translation}}."""
    known = {course["slug"] for course in COURSES}
    merged = {}
    for language, courses in languages.items():
        for slug, translation in courses.items():
            if slug not in known:
                raise ValueError(f"Translation ({language}) of an unknown course: {slug}")
            merged.setdefault(slug, {})[language] = translation
    return merged


COURSE_TRANSLATIONS = _by_course(en=EN, pl=PL, cs=CS, hsb=HSB)

#: The demo learner has completed this self-paced course and holds its certificate.
DEMO_LEARNING = {"learner": "learner", "course": "lean-methoden-kompakt"}

__all__ = [
    "AGE_GROUPS",
    "CATALOGUE_PAGE",
    "COMPETENCE_FIELDS",
    "COURSES",
    "COURSE_PROVIDERS",
    "COURSE_TRANSLATIONS",
    "DEMO_LEARNING",
    "HOME_PAGE",
    "JOINT_COURSES",
    "PARTNERS",
    "PARTNER_USERS",
    "PASSWORD",
    "STANDARD_PAGES",
    "USERS",
    "VENUES",
]
