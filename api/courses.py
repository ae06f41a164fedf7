"""/api/v1/courses: the catalogue with its filters, full-text search, sorting and paging, and
one course with its sessions, in any of the site's languages."""

import math
import re
import uuid

import bleach
from django.http import HttpResponse
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext as _
from ninja import Query, Router

from api.languages import answering_in
from api.links import absolute
from api.problems import problem, responses
from api.schemas import CourseDetail, CoursePage, LanguageCode
from api.vocabularies import age_group_data, field_data, partner_reference, venue_data
from courses.catalogue import (
    CatalogueFilterForm,
    Vocabulary,
    apply_filters,
    decorate,
    sorted_courses,
)
from courses.choices import CatalogueSort
from courses.course_detail import upcoming_sessions
from courses.covers import page_cover
from courses.models import CoursePage as CourseModel
from courses.queries import visible_courses, with_next_session
from courses.session_notes import notes_of_session, shown_notes
from search.services import RankedCourses, search_courses
from search.views import searchable
from wirkstatt.caching.page_cache import depend_on_seats
from wirkstatt.links import absolute_reverse

router = Router(tags=["courses"])

MAX_PAGE_SIZE = 100
RELEVANCE = "relevance"
#: The API's names of the catalogue's filters (``courses.catalogue.CatalogueFilterForm``).
FILTER_NAMES = {"partner": "provider"}
DESCRIPTION_TAGS = [
    "p", "br", "h2", "h3", "h4", "b", "strong", "i", "em", "ul", "ol", "li", "hr", "a",
    "figure", "figcaption", "img",
]  # fmt: skip
DESCRIPTION_ATTRIBUTES = {"a": ["href"], "img": ["src", "alt", "width", "height"]}


@router.get(
    "/courses",
    response={200: CoursePage, **responses(400, 404, 429)},
    url_name="api_courses",
    summary="Courses, filtered, searched, sorted and paged",
)
def course_list(
    request,
    response: HttpResponse,
    lang: LanguageCode | None = None,
    q: str = Query("", max_length=200, description="Words to search for in the courses."),
    field: list[str] = Query([], description="Competence field codes (/fields)."),
    age: list[str] = Query([], description="Age group codes (/age-groups)."),
    format: list[str] = Query([], description="in_person, self_paced or blended."),
    language: list[str] = Query([], description="Languages of instruction (/languages)."),
    place: list[str] = Query([], description="Towns where a session takes place (/places)."),
    partner: list[str] = Query([], description="The `filter_value` of partners (/partners)."),
    date_from: str = Query("", description="Sessions on or after this day (YYYY-MM-DD)."),
    date_to: str = Query("", description="Sessions on or before this day (YYYY-MM-DD)."),
    sort: str = Query(
        "",
        description="date (next date first; the default), title, new (newest first) or "
        "relevance (the default with `q`).",
    ),
    page: int = Query(1, ge=1, le=100_000),
    page_size: int = Query(20, ge=1, le=MAX_PAGE_SIZE),
):
    """Every course a visitor of the catalogue in that language sees, with the catalogue's
    filters: several values of one filter mean any of them, different filters all of them.
    The same query gives the same courses as the catalogue page."""
    with answering_in(lang, response) as language_code:
        vocabulary = Vocabulary(language_code)
        asked = {
            "field": field, "age": age, "format": format, "language": language,
            "place": place, "provider": partner, "date_from": [date_from],
            "date_to": [date_to], "sort": [sort if sort != RELEVANCE else ""],
        }  # fmt: skip
        form = CatalogueFilterForm(MultiValueDict(asked), vocabulary=vocabulary)
        if not form.is_valid():
            return invalid_filters(request, form)
        filters = {name: value for name, value in form.cleaned_data.items() if value}
        order = filters.pop("sort", "")
        count, rows = matching_courses(language_code, filters, order, q, vocabulary)
        pages = max(1, math.ceil(count / page_size))
        if page > pages:
            return problem(
                request, 404, _("There is no such page of results."), [("page", _("Too high."))]
            )
        courses = list(rows[(page - 1) * page_size : page * page_size])
        decorate(courses, language_code, vocabulary, request)
        with_instruction_languages(courses)
        return {
            "count": count,
            "page": page,
            "pages": pages,
            "page_size": page_size,
            "next": page_address(request, page + 1) if page < pages else None,
            "previous": page_address(request, page - 1) if page > 1 else None,
            "results": [summary(course, language_code, vocabulary) for course in courses],
        }


def matching_courses(language_code, filters, order, q, vocabulary):
    """(How many, the rows to slice a page from): the site's search for words, ranked unless
    a sort is asked for; else the catalogue's query."""
    query, _cut = searchable(q)
    if query:
        ranked, _counts = search_courses(query, language_code, filters, vocabulary)
        ids = ranked.ids
        if order and order != RELEVANCE:
            in_order = sorted_courses(CourseModel.objects.filter(pk__in=ids), order)
            ids = list(in_order.values_list("pk", flat=True))
        return len(ids), RankedCourses(ids)
    courses = sorted_courses(
        apply_filters(visible_courses(language_code), filters), order or CatalogueSort.NEXT_DATE
    )
    rows = courses.select_related("competence_field", "locale").prefetch_related("age_groups")
    return courses.count(), rows


def invalid_filters(request, form):
    errors = [
        (next((api for api, ours in FILTER_NAMES.items() if ours == name), name), message)
        for name, messages in form.errors.items()
        for message in messages
    ]
    return problem(request, 400, _("Some filter values are not valid."), errors)


def with_instruction_languages(courses):
    """Set ``language_codes`` on each course, in one query for all of them."""
    through = CourseModel.instruction_languages.through
    codes = {}
    for course_id, code in through.objects.filter(
        coursepage_id__in=[course.pk for course in courses]
    ).values_list("coursepage_id", "instructionlanguage_id"):
        codes.setdefault(course_id, []).append(code)
    for course in courses:
        course.language_codes = sorted(codes.get(course.pk, []))
    return courses


def page_address(request, number):
    params = request.GET.copy()
    params["page"] = number
    return absolute(f"{request.path}?{params.urlencode()}")


def summary(course, language_code, vocabulary):
    """A course card's facts; course has been through ``courses.catalogue.decorate``."""
    fields = {f.code: f for f in vocabulary.fields}
    ages = {a.code: a for a in vocabulary.age_groups}
    field = fields.get(course.competence_field.code, course.competence_field)
    next_start = getattr(course, "next_start", None)
    cover = getattr(course, "cover", None)
    return {
        "key": course.translation_key,
        "language": course.locale.language_code,
        "title": course.title,
        "teaser": course.teaser,
        "url": absolute(course.display_url),
        "field": field_data(field),
        "age_groups": [age_group_data(ages.get(a.code, a)) for a in course.age_groups.all()],
        "minimum_age": course.minimum_age,
        "format": course.format,
        "instruction_languages": course.language_codes,
        "fee": course.fee,
        "certificate": course.awards_certificate,
        "partners": [partner_reference(p) for p in course.providers],
        "next_date": next_start
        and {
            "start": next_start,
            "town": getattr(course, "next_town", None),
            "meetings": course.next_meetings or 1,
        },
        "picture": cover and picture_data(cover),
    }


def picture_data(cover):
    return {
        "url": absolute(cover.largest_src),
        "width": cover.largest_width,
        "height": cover.largest_height,
        "alt": cover.alt,
    }


@router.get(
    "/courses/{key}",
    response={200: CourseDetail, **responses(400, 404, 429)},
    url_name="api_course",
    summary="One course with its sessions",
)
def course_detail(
    request, response: HttpResponse, key: uuid.UUID, lang: LanguageCode | None = None
):
    """A course as its page shows it: facts, description, and the sessions still to come
    with their meetings, places, notes and the seats left."""
    with answering_in(lang, response) as language_code:
        depend_on_seats(request, key)
        course = (
            with_next_session(visible_courses(language_code).filter(translation_key=key))
            .select_related("competence_field")
            .first()
        )
        if course is None:
            return problem(request, 404, _("There is no such course."))
        # Before the card's cover is read: that prefetches only the card's crops.
        cover = page_cover(course)
        vocabulary = Vocabulary(language_code)
        decorate([course], language_code, vocabulary, request)
        with_instruction_languages([course])
        data = summary(course, language_code, vocabulary)
        data["picture"] = cover and picture_data(cover)
        sessions = upcoming_sessions(course, language_code)
        notes = shown_notes(course, language_code) if sessions else []
        data.update(
            description_html=description_html(course, request),
            learning_outcomes=[line for line in course.learning_outcomes.splitlines() if line],
            prerequisites=course.prerequisites,
            duration_hours=course.duration_hours,
            sessions=[session_data(s, course, notes, language_code) for s in sessions],
        )
        return data


def description_html(course, request):
    html = str(course.description)
    cleaned = bleach.clean(
        html, tags=DESCRIPTION_TAGS, attributes=DESCRIPTION_ATTRIBUTES, strip=True
    )
    return re.sub(r'(href|src)="(/[^"]*)"', lambda m: f'{m[1]}="{absolute(m[2])}"', cleaned)


def session_data(session, course, notes, language_code):
    """A session as the course page lists it."""
    return {
        "id": session.pk,
        "start": session.start,
        "end": session.end,
        "status": session.status,
        "online": session.is_online,
        "capacity": session.capacity,
        "seats_left": session.seats_left,
        "bookable": session.is_bookable(),
        "bookable_until": session.bookable_until,
        "venue": session.place and venue_data(session.place),
        "meetings": [
            {
                "start": meeting.start,
                "end": meeting.end,
                "status": meeting.status,
                "venue": meeting.place and venue_data(meeting.place),
            }
            for meeting in session.meeting_list
        ],
        "notes": [note.text for note in notes_of_session(notes, session)],
        "booking_url": absolute(course.display_url) + f"#session-{session.pk}",
        "calendar_url": absolute_reverse("session_ics", [session.pk], language_code),
    }
