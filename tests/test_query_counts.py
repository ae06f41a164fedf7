"""Exact SQL query counts of the pages the benchmark measures (bench/pages.py), each with a
small and a ten times larger catalogue (courses, sessions, lessons, enrolments): the same
number at both sizes shows the count does not grow with the data.

Every test measures a request with warm caches. An exact count catches a new query as well
as an N+1; when a change adds a query on purpose, update the number. A known N+1 is marked
as an expected failure at the larger size (strict, so fixing it fails the test until the
mark goes). tests/courses/test_catalogue.py already compares the German home page, the first
catalogue page and an age+field filter at two sizes. Celery tasks queued after commit
(e-mails) are not part of a request.
"""

import datetime
import importlib

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import clear_url_caches
from django.utils import timezone

from learners.models import Enrolment, EnrolmentStatus, LessonProgress
from tests import factories

pytestmark = pytest.mark.django_db

SMALL, LARGE = 3, 30
SIZES = [SMALL, LARGE]
FIELDS = ["economy", "life", "research", "education"]
AGES = [("children",), ("adults", "seniors")]


def queries_of(request):
    """The SQL of one request, after a first identical request warmed the caches."""
    request()
    return queries_of_cold(request)


def queries_of_cold(request):
    with CaptureQueriesContext(connection) as context:
        response = request()
    assert response.status_code in (200, 302), response.status_code
    return [query["sql"] for query in context.captured_queries]


def assert_count(queries, expected):
    listing = "\n".join(f"{n}. {sql[:200]}" for n, sql in enumerate(queries, 1))
    assert len(queries) == expected, f"{len(queries)} queries, expected {expected}:\n{listing}"


def make_catalogue(size):
    """size courses in every field and two age groups, each with an upcoming session at a
    venue (a series of two meetings at the small size, of twelve at the large one; the
    cards' series are one query, from the shared cache as served); a third of them
    translated into Polish; every other one has a cover picture (two pictures in turn; the
    cards' pictures and their sizes are two queries, whatever their number).
    They are offered by size // 3 partners
    in turn (three courses each; every partner translated into Polish), and the second
    course jointly with the tests' own partner."""
    venue = factories.make_venue("Bautzen")
    polish = venue.copy_for_translation(factories.locale("pl"))
    polish.town = "Budziszyn"
    polish.save()
    partners = []
    for number in range(size // 3):
        partner = factories.make_partner(f"Partner {number}", slug=f"partner-{number}")
        factories.translate(partner, "pl", title=f"Partner {number} PL")
        partners.append(partner)
    pictures = [factories.make_picture("Sonne"), factories.make_picture("Wind", "#1d5e3a")]
    courses = []
    for number in range(size):
        covered = number % 2 == 0
        course = factories.make_course(
            title=f"Energie {number}",
            cover_image=pictures[number // 2 % 2] if covered else None,
            cover_alt=f"Bild {number}" if covered else "",
            field=FIELDS[number % 4],
            ages=AGES[number % 2],
            languages=("de", "pl") if number % 2 else ("de",),
            parent=partners[number % len(partners)],
        )
        if number == 1:
            course.co_providers.add(factories.german_partner())
            factories.publish(course)
        factories.make_series(
            course,
            meetings=2 if size == SMALL else 12,
            days_ahead=number + 1,
            every_days=1,
            hours=1,
            venue=venue,
        )
        if number % 3 == 0:
            factories.translate(course, "pl", title=f"Energia {number}", slug=f"kurs-{number}")
        courses.append(course)
    return courses


@pytest.fixture
def learner(db):
    return factories.make_user("lena", email="lena@example.org", year_of_birth=1990)


# Home, catalogue and search ----------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("path", ["/pl/", "/hsb/"])
def test_home_in_a_translated_language(client, site, path, size):
    make_catalogue(size)
    # Upper Sorbian has no translation of the catalogue's partners: their German pages
    # are linked as fallbacks.
    assert_count(queries_of(lambda: client.get(path)), {"/pl/": 48, "/hsb/": 50}[path])


@pytest.mark.parametrize("size", SIZES)
def test_translated_catalogue_with_german_fallbacks(client, site, settings, size):
    settings.CATALOGUE_PAGE_SIZE = 50
    make_catalogue(size)
    path = factories.german_catalogue().get_translation(factories.locale("pl")).url
    assert_count(queries_of(lambda: client.get(path)), 40)


@pytest.mark.parametrize("size", SIZES)
def test_catalogue_filtered_by_place_format_dates_and_sorted(client, site, settings, size):
    settings.CATALOGUE_PAGE_SIZE = 50
    make_catalogue(size)
    today = timezone.localdate()
    params = {
        "place": "Bautzen",
        "format": "in_person",
        "language": "pl",
        "date_from": today.isoformat(),
        "date_to": (today + datetime.timedelta(days=60)).isoformat(),
        "sort": "title",
    }
    response = client.get("/de/kurse/", params)
    assert response.context["courses"].paginator.count == size // 2
    assert_count(queries_of(lambda: client.get("/de/kurse/", params)), 35)


@pytest.mark.parametrize("size", SIZES)
def test_search(client, site, settings, size):
    settings.CATALOGUE_PAGE_SIZE = 50
    for course in make_catalogue(size):
        factories.make_lesson(course, title="Energie sparen")
    response = client.get("/de/search/", {"q": "Energie"})
    assert response.context["courses"].paginator.count == size
    # 20: the search reads the facts the filters need with its hits and three more queries
    # and counts the facets from them (search/facets.py), instead of a query per facet.
    assert_count(queries_of(lambda: client.get("/de/search/", {"q": "Energie"})), 27)


# Partners ----------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("code", ["de", "pl"])
def test_partner_page_for_a_visitor(client, site, code, size):
    """The first partner's page, in German and in its Polish translation: three courses it
    leads at every size, among size // 3 partners."""
    partner = make_catalogue(size)[0].get_parent().get_translation(factories.locale(code))
    response = client.get(partner.url)
    assert len(response.context["courses"]) == 3
    assert_count(queries_of(lambda: client.get(partner.url)), {"de": 37, "pl": 40}[code])


@pytest.mark.parametrize("size", SIZES)
def test_catalogue_filtered_by_provider(client, site, settings, size):
    """Two partners: the courses the first one leads and the tests' partner's joint
    course."""
    settings.CATALOGUE_PAGE_SIZE = 50
    courses = make_catalogue(size)
    first = courses[0].get_parent()
    offered = [c for c in courses if c.get_parent().pk == first.pk or c.co_providers.exists()]
    params = {"provider": ["partner-0", "testpartner"]}
    response = client.get("/de/kurse/", params)
    assert response.context["courses"].paginator.count == len(offered)
    assert_count(queries_of(lambda: client.get("/de/kurse/", params)), 37)


# Sitemap -----------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
def test_sitemap(client, site, size):
    """Every page in every language it exists in, with its alternates: the site's home,
    catalogue and partner in five languages, size // 3 partners and a third of the size
    courses in German and Polish, the rest of the courses in German."""
    make_catalogue(size)
    response = client.get("/sitemap.xml")
    translated = -(-size // 3)
    assert response.content.count(b"<url>") == 3 * 5 + 2 * (size // 3) + size + translated
    # The site with its root page, the root's translations, the view restrictions (from
    # the shared cache as served) and the pages with their languages.
    assert_count(queries_of(lambda: client.get("/sitemap.xml")), 4)


@pytest.mark.parametrize("size", SIZES)
def test_sitemap_as_served(size, site, settings):
    """From the page cache, as a crawler gets it: no query."""
    settings.PAGE_CACHE_SECONDS = 60
    make_catalogue(size)
    client = Client()
    client.get("/sitemap.xml")
    assert_count(queries_of_cold(lambda: client.get("/sitemap.xml")), 0)


# Course and lesson pages -------------------------------------------------------------------


def make_blended_course(size):
    """A blended course with size sessions (every other one online) of one meeting at the
    small size and twelve at the large one, size lessons (every other one with a quiz) and
    size // 3 participants per session of two seats, the rest of them on its waiting
    list."""
    course = factories.make_course(title="Solarstrom", format="blended")
    venue = factories.make_venue("Görlitz")
    course.bench_sessions = [
        factories.make_series(
            course,
            meetings=1 if size == SMALL else 12,
            days_ahead=number + 1,
            every_days=1,
            hours=1,
            venue=venue if number % 2 else None,
            capacity=2,
        )
        for number in range(size)
    ]
    course.bench_lessons = [
        factories.make_lesson(course, f"Lektion {number}", [factories.quiz()] if number % 2 else [])
        for number in range(size)
    ]
    for session in course.bench_sessions:
        for number in range(size // SMALL):
            participant = factories.make_user(f"participant-{session.pk}-{number}")
            enrol_directly(participant, course, session)
    return course


def enrol_directly(learner, course, session):
    """Booked while a seat is free, on the waiting list after that."""
    full = session.seats_taken >= session.capacity
    return Enrolment.objects.create(
        learner=learner,
        course_key=course.translation_key,
        session=session,
        status=EnrolmentStatus.WAITLISTED if full else EnrolmentStatus.CONFIRMED,
        waitlisted_at=timezone.now() if full else None,
    )


@pytest.mark.parametrize("size", SIZES)
def test_course_page_for_a_visitor(client, site, size):
    course = make_blended_course(size)
    # The sessions' meetings are one query, whatever their number (cached when served);
    # so are the notes for participants shown with them. Without the page cache the
    # sections with view restrictions are read twice: for the providers and for whether
    # the page's skeleton may be stored.
    assert_count(queries_of(lambda: client.get(course.url)), 42)


@pytest.mark.parametrize("size", SIZES)
def test_course_page_for_a_learner_booked_into_its_sessions(client, site, learner, size):
    course = make_blended_course(size)
    first, second, *others = course.bench_sessions
    # Confirmed in one session and waiting in another at every size; the rest as they come.
    Enrolment.objects.create(
        learner=learner, course_key=course.translation_key, session=first, status="confirmed"
    )
    Enrolment.objects.create(
        learner=learner,
        course_key=course.translation_key,
        session=second,
        status=EnrolmentStatus.WAITLISTED,
        waitlisted_at=timezone.now(),
    )
    for session in others:
        enrol_directly(learner, course, session)
    client.force_login(learner)
    assert_count(queries_of(lambda: client.get(course.url)), 49)


@pytest.mark.parametrize("size", SIZES)
def test_course_page_for_a_learner_as_served(client, site, learner, settings, size):
    """With the caches on, as in production: the page comes from its stored skeleton
    (``wirkstatt.caching.personal_parts``), without Wagtail's routing; only the learner's
    parts read the database: their session and their user with their school role for the
    menu (in production the session comes from the cache), their bookings of the course
    and their progress through its lessons. At most six, whatever the number of sessions
    and meetings."""
    settings.PAGE_CACHE_SECONDS = 60
    course = make_blended_course(size)
    first = course.bench_sessions[0]
    Enrolment.objects.create(
        learner=learner, course_key=course.translation_key, session=first, status="confirmed"
    )
    client.force_login(learner)
    assert_count(queries_of(lambda: client.get(course.url)), 4)


@pytest.mark.parametrize("size", SIZES)
def test_lesson_page_for_a_visitor(client, site, size):
    course = make_blended_course(size)
    url = course.bench_lessons[1].url
    assert_count(queries_of(lambda: client.get(url)), 28)


@pytest.mark.parametrize("size", SIZES)
def test_lesson_page_for_a_learner_with_progress(client, site, learner, size):
    course = make_blended_course(size)
    Enrolment.objects.create(
        learner=learner,
        course_key=course.translation_key,
        session=course.bench_sessions[0],
        status=EnrolmentStatus.CONFIRMED,
    )
    now = timezone.now()
    for lesson in course.bench_lessons[:-1]:
        LessonProgress.objects.create(
            learner=learner,
            course_key=course.translation_key,
            lesson_key=lesson.translation_key,
            last_opened_at=now,
            completed_at=now,
        )
    client.force_login(learner)
    url = course.bench_lessons[1].url
    response = client.get(url)
    assert response.context["learning"]["enrolment"] is not None
    assert_count(queries_of(lambda: client.get(url)), 36)


# My learning and booking -------------------------------------------------------------------


def give_history(learner, size):
    """size enrolments of every kind in turn: booked, waiting, past and self-paced; the
    sessions meet once at the small size, twelve times at the large one."""
    meetings = 1 if size <= SMALL + 1 else 12
    venue = factories.make_venue("Zittau")
    kinds = ["confirmed", "waitlisted", "past", "self_paced"]
    for number in range(size):
        kind = kinds[number % len(kinds)]
        course_format = "self_paced" if kind == "self_paced" else "in_person"
        course = factories.make_course(title=f"Kurs {kind} {number}", format=course_format)
        values = {"learner": learner, "course_key": course.translation_key}
        if kind == "self_paced":
            factories.make_lesson(course, "Einstieg")
            Enrolment.objects.create(**values, status=EnrolmentStatus.CONFIRMED)
            continue
        days = -40 - number if kind == "past" else number + 1
        session = factories.make_series(
            course, meetings=meetings, days_ahead=days, every_days=1, hours=1, venue=venue
        )
        Enrolment.objects.create(
            **values,
            session=session,
            status={
                "confirmed": EnrolmentStatus.CONFIRMED,
                "waitlisted": EnrolmentStatus.WAITLISTED,
                "past": EnrolmentStatus.COMPLETED,
            }[kind],
            waitlisted_at=timezone.now() if kind == "waitlisted" else None,
        )


@pytest.mark.parametrize("size", SIZES)
def test_my_learning(client, site, learner, size):
    give_history(learner, size + 1)
    client.force_login(learner)
    response = client.get("/de/my-learning/")
    shown = len(response.context["upcoming"] + response.context["waiting"])
    assert shown + len(response.context["self_paced"] + response.context["past"]) == size + 1
    # 18: the meetings of the sessions listed are one query (from the shared cache as served).
    assert_count(queries_of(lambda: client.get("/de/my-learning/")), 18)


@pytest.mark.parametrize("size", SIZES)
def test_my_learning_with_the_shared_cache(client, site, learner, settings, size):
    """As served with the page cache on: course titles, links, venues and lesson outlines
    come from the shared cache, only the learner's own rows from the database."""
    settings.PAGE_CACHE_SECONDS = 60
    give_history(learner, size + 1)
    client.force_login(learner)
    assert_count(queries_of(lambda: client.get("/de/my-learning/")), 7)


@pytest.mark.parametrize("size", SIZES)
def test_my_learning_from_the_learners_stored_copy(client, site, learner, settings, size):
    """As served again while nothing of the learner's changed (learners.learning.my_learning_cache):
    only the session (from Redis in production) and the learner."""
    settings.PAGE_CACHE_SECONDS = 60
    give_history(learner, size + 1)
    client.force_login(learner)
    client.get("/de/my-learning/")  # the browser gets its CSRF cookie; then stored
    assert_count(queries_of(lambda: client.get("/de/my-learning/")), 2)


@pytest.mark.parametrize("size", SIZES)
def test_enrolment_post(client, site, size):
    course = make_blended_course(size)
    session = factories.make_session(course, days_ahead=40, capacity=100)  # a seat at any size
    client.force_login(factories.make_user("booker", year_of_birth=1985))
    client.get(course.url)
    # Warm like a running server: the audit log's content type is cached per process.
    ContentType.objects.get_for_model(Enrolment)
    queries = queries_of_cold(lambda: client.post(f"/de/sessions/{session.pk}/enrol/"))
    assert Enrolment.objects.filter(learner__username="booker", session=session).exists()
    # The session and the user; then the booking's five statements between a savepoint and
    # its release (learners.enrolment.services.enrol).
    assert_count(queries, 9)


# The benchmark's baseline ------------------------------------------------------------------


@pytest.fixture
def baseline_routed(settings):
    import wirkstatt.urls

    settings.BENCHMARK_BASELINE = True
    importlib.reload(wirkstatt.urls)
    clear_url_caches()
    yield
    settings.BENCHMARK_BASELINE = False
    importlib.reload(wirkstatt.urls)
    clear_url_caches()


def test_baseline_renders_without_touching_the_database(client, baseline_routed):
    queries = queries_of(lambda: client.get("/bench/baseline"))
    assert_count(queries, 0)
    response = client.get("/bench/baseline")
    assert response.templates[0].name == "bench/baseline.html"
    assert '<html lang="de">' in response.content.decode()


def test_baseline_is_not_routed_unless_a_benchmark_asks(client, db):
    response = client.get("/bench/baseline", follow=True)
    assert response.status_code == 404
    assert "bench/baseline.html" not in [template.name for template in response.templates]


# Public API --------------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
def test_api_course_list(client, site, size):
    """Every course in Polish, with the German fallbacks, on one page of the API."""
    make_catalogue(size)
    params = {"lang": "pl", "page_size": 50}
    assert client.get("/api/v1/courses", params).json()["count"] == size
    assert_count(queries_of(lambda: client.get("/api/v1/courses", params)), 21)


@pytest.mark.parametrize("size", SIZES)
def test_api_course(client, site, size):
    """A joint course in Polish (a German fallback), its series and its picture."""
    course = make_catalogue(size)[2]
    path = f"/api/v1/courses/{course.translation_key}?lang=pl"
    assert client.get(path).json()["sessions"]
    assert_count(queries_of(lambda: client.get(path)), 26)
