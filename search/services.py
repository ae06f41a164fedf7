"""Full-text search over courses and lessons in the visitor's language."""

from collections.abc import Sequence

from wagtail.models import Locale

from courses.models import CoursePage, LessonPage
from courses.queries import visible_courses, with_next_session
from search.facets import FACT_FIELDS, facet_counts, matching, read_facts

MAX_HITS = 500
MAX_LESSONS = 10


def ranked_rows(results, *fields):
    """The given fields of the search results, best match first, read as plain values from the
    backend's queryset: building a page object for each of hundreds of hits, with the search
    vectors Wagtail selects alongside, cost more than the search itself."""
    return list(results.get_queryset().values_list(*fields))


def search_courses(query, language_code, filters, vocabulary):
    """Courses matching query and filters: the ranked courses, best match first and read
    one page at a time, and the facet counts of every visible match."""
    found = read_facts(
        ranked_rows(
            visible_courses(language_code).search(query, operator="and")[:MAX_HITS],
            *FACT_FIELDS,
        ),
        vocabulary.partner_values,
    )
    matched = [course.pk for course in matching(found, filters)]
    return RankedCourses(matched), facet_counts(found, filters)


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
        .filter(locale__in=list(Locale.objects.filter(language_code=language_code)))
        .defer("body")
        .search(query, operator="and")[:MAX_LESSONS]
    )
    for lesson in hits:  # all in the visitor's language: their own URLs
        lesson.display_url = lesson.get_url(request)
    return hits
