"""Full-text search over courses and lessons in the visitor's language."""

from collections.abc import Sequence

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
    """Courses matching query and filters, best match first: the candidates (for the facet
    counts) and the ranked courses, read one page at a time."""
    hits = list(
        CoursePage.objects.live()
        .filter(locale__in=searchable_locales(language_code))
        .only("pk")  # the ranking is all this needs; the courses are read below
        .search(query, operator="and")[:MAX_HITS]
    )
    rank = {hit.pk: position for position, hit in enumerate(hits)}
    candidates = visible_courses(language_code).filter(pk__in=rank)
    matched = apply_filters(candidates, filters).order_by().values_list("pk", flat=True)
    return candidates, RankedCourses(sorted(matched, key=rank.__getitem__))


class RankedCourses(Sequence):
    """Course ids in rank order that read their courses (with the next session, field and
    age groups) only for the slice a page of results shows."""

    def __init__(self, ids):
        self.ids = ids

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return courses_in_order(self.ids[index])
        return courses_in_order([self.ids[index]])[0]


def courses_in_order(ids):
    position = {pk: n for n, pk in enumerate(ids)}
    courses = list(
        with_next_session(CoursePage.objects.filter(pk__in=ids))
        .select_related("competence_field", "locale")
        .prefetch_related("age_groups")
    )
    courses.sort(key=lambda course: position[course.pk])
    return courses


def search_lessons(query, language_code, request):
    hits = list(
        LessonPage.objects.live()
        .filter(locale__in=Locale.objects.filter(language_code=language_code))
        .defer("body")
        .search(query, operator="and")[:MAX_LESSONS]
    )
    for lesson in hits:  # all in the visitor's language: their own URLs
        lesson.display_url = lesson.get_url(request)
    return hits
