"""What the course page shows: facts in the visitor's language, sessions, lessons."""

from django.utils.translation import get_language

from courses.jsonld import course_jsonld
from courses.models import AgeGroup, CompetenceField, CourseSession, Venue
from courses.queries import translated
from home.translation import url_below
from learners.learning import enrolments_for_course


def upcoming_sessions(course, language_code):
    sessions = list(
        CourseSession.objects.for_course(course)
        .upcoming()
        .with_seats_taken()
        .select_related("venue")
    )
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
    my_enrolments = enrolments_for_course(request.user, course)
    for session in sessions:
        session.my_enrolment = my_enrolments.get(session.pk)
    (field,) = translated([course.competence_field], CompetenceField, language_code)
    return {
        "sessions": sessions,
        "lessons": lessons,
        "field": field,
        "age_groups": translated(list(course.age_groups.all()), AgeGroup, language_code),
        "instruction_languages": list(course.instruction_languages.all()),
        "trainers": list(course.trainers.all()),
        "jsonld": course_jsonld(course, sessions, request),
        "self_paced_enrolment": my_enrolments.get(None),
        "first_lesson": lessons[0] if lessons else None,
    }
