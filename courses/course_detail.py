"""What the course page shows: facts in the visitor's language, sessions, lessons."""

import uuid

from django.conf import settings
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from courses.jsonld import course_jsonld
from courses.models import AgeGroup, CompetenceField, CourseSession
from courses.queries import translated
from home.page_cache import depend_on_seats, enabled, generation, is_preview
from home.translation import url_below
from learners.learning import enrolments_for_course, venues_in
from learners.progress import LEARNING_STATES, progress_for


def upcoming_sessions(course, language_code):
    sessions = list(
        CourseSession.objects.for_course(course)
        .upcoming()
        .with_seats_taken()
        .select_related("venue")
    )
    places = venues_in([s.venue for s in sessions if s.venue], language_code)
    for session in sessions:
        session.place = places.get(session.venue.translation_key) if session.venue else None
    return sessions


def course_context(course, request):
    language_code = get_language()
    depend_on_seats(request, course.translation_key)
    course_url = request.path
    # Only what every page has: a course's children are its lessons (subpage_types).
    lessons = list(course.get_children().live().only("title", "slug", "path", "translation_key"))
    for lesson in lessons:
        lesson.display_url = url_below(course_url, [lesson])
    sessions = upcoming_sessions(course, language_code)
    my_enrolments = enrolments_for_course(request.user, course)
    for session in sessions:
        session.my_enrolment = my_enrolments.get(session.pk)
    learning = my_progress(request.user, course, lessons, my_enrolments)
    return {
        "sessions": sessions,
        "lessons": lessons,
        # Read only when the course's head is rendered, not when it comes from the cache.
        "field": SimpleLazyObject(
            lambda: translated([course.competence_field], CompetenceField, language_code)[0]
        ),
        "age_groups": SimpleLazyObject(
            lambda: translated(list(course.age_groups.all()), AgeGroup, language_code)
        ),
        "instruction_languages": SimpleLazyObject(lambda: list(course.instruction_languages.all())),
        "trainers": SimpleLazyObject(lambda: list(course.trainers.all())),
        "shared_fragment": shared_fragment(request),
        "jsonld": course_jsonld(course, sessions, request),
        "self_paced_enrolment": my_enrolments.get(None),
        "first_lesson": lessons[0] if lessons else None,
        **learning,
    }


def shared_fragment(request):
    """Timeout and version for ``{% cache %}`` around what every visitor sees the same (the
    course's head: facts and description): kept under the page-cache generation, which
    every publish retires. A preview, or a site without the page cache, gets a version of
    its own that is never stored, so a draft never shows the published text or the other
    way round."""
    if not enabled() or is_preview(request):
        return {"seconds": 0, "version": uuid.uuid4().hex}
    return {"seconds": settings.PAGE_CACHE_SECONDS, "version": generation()}


def my_progress(user, course, lessons, my_enrolments):
    """The signed-in learner's progress through the lessons, and where to go on."""
    learning = [e for e in my_enrolments.values() if e.status in LEARNING_STATES]
    if not learning or not lessons:
        return {"progress": None, "continue_lesson": None, "completed_enrolment": None}
    progress = progress_for(user, course.translation_key)
    for lesson in lessons:
        lesson.is_done = lesson.translation_key in progress.done
    continue_key = progress.continue_key
    return {
        "progress": progress,
        "continue_lesson": next((x for x in lessons if x.translation_key == continue_key), None),
        "completed_enrolment": next((e for e in learning if e.status == "completed"), None),
    }
