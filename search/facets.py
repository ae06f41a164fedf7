"""Filters and facet counts over the courses one search found.

The catalogue filters and counts in the database, one query per facet
(``courses.catalogue.apply_filters`` and ``facet_counts``), because it works on the whole
catalogue. A search finds a few hundred courses at most (``search.services.MAX_HITS``), so
here the facts the filters look at are read for those courses (from the shared cache, or
in three queries) and the filters and counts are applied in Python, by the same rules;
tests/search/test_search.py checks that both give the same results.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.utils import timezone
from wagtail.models import Page

from courses.choices import SessionStatus
from courses.models import CoursePage, CourseSession, Meeting
from wirkstatt.caching.page_cache import shared_values

FACT_FILTERS = ("field", "age", "format", "language", "place", "provider")
FACT_FIELDS = ("pk", "translation_key", "competence_field__code", "format", "path")


@dataclass
class CourseFacts:
    pk: int
    translation_key: object
    field: str | None
    format: str
    path: str
    ages: set = field(default_factory=set)
    languages: set = field(default_factory=set)
    #: (town or None, local date) of every upcoming session
    sessions: list = field(default_factory=list)
    #: filter values of the partners that lead or co-offer the course
    providers: set = field(default_factory=set)

    def values(self, name):
        """The course's values for the facet name (a course may have several)."""
        if name == "field":
            return {self.field}
        if name == "age":
            return self.ages
        if name == "format":
            return {self.format}
        if name == "language":
            return self.languages
        if name == "provider":
            return self.providers
        return {town for town, _date in self.sessions if town is not None}

    def passes(self, filters, skip=None):
        """Whether the course stays when every filter but the one named skip applies."""
        for name in FACT_FILTERS:
            if name != skip and filters.get(name) and not self.values(name) & set(filters[name]):
                return False
        start, end = filters.get("date_from"), filters.get("date_to")
        if start or end:
            return any(
                (start is None or start <= date) and (end is None or date <= end)
                for _town, date in self.sessions
            )
        return True


def read_facts(rows, partner_values):
    """The facts of the courses in rows (FACT_FIELDS of each), in their order; partner_values
    maps a partner page's path to its filter value. Their age groups, languages, sessions
    and co-providers are the same for every visitor: they come from the shared cache, which
    every publish and every session, venue or vocabulary change retires."""
    facts = {row[0]: CourseFacts(*row) for row in rows}
    shared = shared_values("search-course-facts", list(facts), lambda pks: read_shared(pks, facts))
    now = timezone.now()
    for pk, (ages, languages, sessions, co_providers) in shared.items():
        course = facts[pk]
        course.ages, course.languages = set(ages), set(languages)
        partner_paths = [course.path[: -Page.steplen], *co_providers]
        course.providers = {partner_values[p] for p in partner_paths if p in partner_values}
        course.sessions = [
            (town, timezone.localtime(start).date()) for town, start in sessions if start >= now
        ]
    return list(facts.values())


def read_shared(pks, facts):
    """{pk: (age group codes, language codes, (town, start) of the meetings of upcoming
    sessions, paths of
    the co-providers)}; whoever uses the sessions drops those that have begun since (the
    value is kept a while)."""
    ages, languages, sessions, co_providers = ({pk: [] for pk in pks} for _ in range(4))
    for pk, code in CoursePage.age_groups.through.objects.filter(coursepage_id__in=pks).values_list(
        "coursepage_id", "agegroup__code"
    ):
        ages[pk].append(code)
    for pk, code in CoursePage.instruction_languages.through.objects.filter(
        coursepage_id__in=pks
    ).values_list("coursepage_id", "instructionlanguage__code"):
        languages[pk].append(code)
    for pk, path in CoursePage.co_providers.through.objects.filter(
        coursepage_id__in=pks
    ).values_list("coursepage_id", "partnerpage__path"):
        co_providers[pk].append(path)
    by_key = {}
    for pk in pks:
        by_key.setdefault(facts[pk].translation_key, []).append(pk)
    sessions_ahead = CourseSession.objects.upcoming().filter(course_key__in=by_key)
    upcoming = (
        Meeting.objects.filter(session__in=sessions_ahead, status=SessionStatus.SCHEDULED)
        .order_by()
        .values_list("session__course_key", "session__venue__town", "start")
    )
    for key, town, start in upcoming:
        for pk in by_key[key]:
            sessions[pk].append((town, start))
    return {pk: (ages[pk], languages[pk], sessions[pk], co_providers[pk]) for pk in pks}


def matching(found, filters):
    return [course for course in found if course.passes(filters)]


def facet_counts(found, filters):
    """How many of the courses found each filter value would show, given the other filters
    (as ``courses.catalogue.facet_counts``)."""
    return {
        name: Counter(
            value
            for course in found
            if course.passes(filters, skip=name)
            for value in course.values(name)
        )
        for name in FACT_FILTERS
    }
