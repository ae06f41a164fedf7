"""The home page's sections. A fixed number of queries, whatever the catalogue's size."""

from django.db.models import F

from courses.catalogue import Vocabulary, decorate
from courses.models import CourseIndexPage, CoursePage, CourseSession
from courses.queries import (
    courses_by_key,
    venues_in,
    visible_courses,
    with_next_session,
)

UPCOMING_SESSIONS = 6
COURSES_PER_AGE_GROUP = 3


def catalogue_for(language_code):
    catalogue = (
        CourseIndexPage.objects.live().filter(locale__language_code=language_code).first()
        or CourseIndexPage.objects.live().first()
    )
    return catalogue


def upcoming_sessions(language_code, request):
    sessions = list(
        CourseSession.objects.upcoming().select_related("venue")[: UPCOMING_SESSIONS * 3]
    )
    courses = courses_by_key({s.course_key for s in sessions}, language_code, request)
    venues = venues_in([s.venue for s in sessions if s.venue], language_code)
    shown = []
    for session in sessions:
        session.course = courses.get(session.course_key)
        if session.course is None:
            continue
        session.place = venues.get(session.venue.translation_key) if session.venue else None
        shown.append(session)
    return shown[:UPCOMING_SESSIONS]


def courses_by_age_group(vocabulary, language_code, request):
    groups = []
    for age_group in vocabulary.age_groups:
        # Sorting every course of the group by its next date reads only their ids here;
        # the whole rows are read for the few shown (one query all the same).
        soonest = next_date_first(
            visible_courses(language_code).filter(age_groups__code=age_group.code)
        ).values("pk")[:COURSES_PER_AGE_GROUP]
        courses = list(
            next_date_first(CoursePage.objects.filter(pk__in=soonest))
            .select_related("competence_field", "locale")
            .prefetch_related("age_groups")
        )
        groups.append({"age_group": age_group, "courses": courses})
    decorate([c for g in groups for c in g["courses"]], language_code, vocabulary, request)
    return groups


def next_date_first(courses):
    return with_next_session(courses).order_by(F("next_start").asc(nulls_last=True), "title")


def home_sections(home_page, language_code, request):
    vocabulary = Vocabulary(language_code)
    return {
        "catalogue": catalogue_for(language_code),
        "competence_fields": vocabulary.fields,
        "upcoming_sessions": upcoming_sessions(language_code, request),
        "age_groups": courses_by_age_group(vocabulary, language_code, request),
        "partners": list(vocabulary.partner_index["by_key"].values()),
    }
