"""Full-text search over courses and lessons in the visitor's language."""

from wagtail.models import Locale

from courses.catalogue import apply_filters
from courses.models import CoursePage, LessonPage
from courses.queries import visible_courses, with_next_session

MAX_HITS = 500
MAX_LESSONS = 10


def searchable_locales(language_code):
    codes = {language_code, Locale.get_default().language_code}
    return list(Locale.objects.filter(language_code__in=codes))


def search_courses(query, language_code, filters):
    """Courses matching query and filters, best match first."""
    hits = list(
        CoursePage.objects.live()
        .filter(locale__in=searchable_locales(language_code))
        .search(query, operator="and")[:MAX_HITS]
    )
    rank = {hit.pk: position for position, hit in enumerate(hits)}
    candidates = visible_courses(language_code).filter(pk__in=rank)
    matched = apply_filters(candidates, filters)
    courses = list(
        with_next_session(matched)
        .select_related("competence_field", "locale")
        .prefetch_related("age_groups")
    )
    courses.sort(key=lambda course: rank[course.pk])
    return candidates, courses


def search_lessons(query, language_code, request):
    hits = list(
        LessonPage.objects.live()
        .filter(locale__in=Locale.objects.filter(language_code=language_code))
        .search(query, operator="and")[:MAX_LESSONS]
    )
    for lesson in hits:  # all in the visitor's language: their own URLs
        lesson.display_url = lesson.get_url(request)
    return hits
