"""What the course page shows: facts in the visitor's language, sessions, lessons."""

from django.utils.translation import get_language

from courses.jsonld import course_jsonld
from courses.models import AgeGroup, CompetenceField, CourseSession, Venue
from home.translation import url_below


def translated(rows, model, language_code):
    """Replace each vocabulary row by its translation into language_code, where there is one."""
    translations = {
        row.translation_key: row
        for row in model.objects.filter(
            translation_key__in=[r.translation_key for r in rows],
            locale__language_code=language_code,
        )
    }
    return [translations.get(row.translation_key, row) for row in rows]


def upcoming_sessions(course, language_code):
    sessions = list(CourseSession.objects.for_course(course).upcoming().select_related("venue"))
    venues = translated([s.venue for s in sessions if s.venue], Venue, language_code)
    by_key = {venue.translation_key: venue for venue in venues}
    for session in sessions:
        session.place = by_key.get(session.venue.translation_key) if session.venue else None
    return sessions


def course_context(course, request):
    language_code = get_language()
    course_url = request.path
    lessons = list(course.get_children().live().specific().only("title", "slug", "path"))
    for lesson in lessons:
        lesson.display_url = url_below(course_url, [lesson])
    sessions = upcoming_sessions(course, language_code)
    (field,) = translated([course.competence_field], CompetenceField, language_code)
    return {
        "sessions": sessions,
        "lessons": lessons,
        "field": field,
        "age_groups": translated(list(course.age_groups.all()), AgeGroup, language_code),
        "instruction_languages": list(course.instruction_languages.all()),
        "trainers": list(course.trainers.all()),
        "jsonld": course_jsonld(course, sessions, request),
    }
