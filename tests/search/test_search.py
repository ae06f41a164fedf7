import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from courses.catalogue import Vocabulary, apply_filters
from courses.catalogue import facet_counts as catalogue_facet_counts
from courses.models import CompetenceField
from courses.queries import visible_courses
from search.facets import FACT_FIELDS, facet_counts, matching, read_facts
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed(site):
    venue = factories.make_venue("Bautzen")
    solar = factories.make_course(
        title="Solarstrom für das eigene Dach",
        teaser="Photovoltaik planen und Speicher richtig dimensionieren.",
        field="research",
        ages=("adults",),
    )
    factories.make_session(solar, venue=venue)
    garden = factories.make_course(
        title="Gärtnern mit Kindern",
        teaser="Beete anlegen und ernten.",
        field="life",
        ages=("children",),
    )
    polish = factories.translate(
        solar,
        "pl",
        title="Energia słoneczna na własnym dachu",
        slug="energia-sloneczna",
        teaser="Planowanie fotowoltaiki i magazynów energii.",
    )
    course = factories.make_course(title="Robotik-AG", format="self_paced")
    factories.make_lesson(course, title="Photovoltaik-Grundlagen für Roboter")
    call_command("update_index", verbosity=0)
    return {"solar": solar, "garden": garden, "polish": polish}


def search(client, language="de", **params):
    return client.get(f"/{language}/search/", params)


def test_finds_courses_and_lessons_in_the_visitors_language(client, indexed):
    response = search(client, q="Photovoltaik")
    assert response.status_code == 200
    assert [c.title for c in response.context["courses"].object_list] == [
        "Solarstrom für das eigene Dach"
    ]
    assert [lesson.title for lesson in response.context["lessons"]] == [
        "Photovoltaik-Grundlagen für Roboter"
    ]
    assert "<mark>Photovoltaik</mark>" in response.content.decode()


def test_polish_visitors_find_the_polish_translation(client, indexed):
    response = search(client, language="pl", q="fotowoltaiki")
    assert [c.title for c in response.context["courses"].object_list] == [
        "Energia słoneczna na własnym dachu"
    ]
    # German-only courses are found in German and offered below the Polish catalogue.
    response = search(client, language="pl", q="Gärtnern")
    (garden,) = response.context["courses"].object_list
    assert garden.is_fallback and garden.display_url.startswith("/pl/courses-pl/")


def test_search_with_filters(client, indexed):
    assert search(client, q="Photovoltaik", field="life").context["courses"].paginator.count == 0
    response = search(client, q="Photovoltaik", field="research", place="Bautzen")
    assert response.context["courses"].paginator.count == 1


def test_nothing_found_page_helps(client, indexed):
    response = search(client, q="Quantenschaum")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Quantenschaum" in html
    assert response.context["courses"].paginator.count == 0
    assert 'href="/de/kurse/"' in html


def test_over_long_query_is_shortened_with_a_notice(client, indexed, settings):
    response = search(client, q="Photovoltaik " + "x" * 5000)
    assert response.status_code == 200
    assert len(response.context["query"]) == settings.SEARCH_QUERY_MAX_LENGTH
    assert response.context["query_truncated"]


@pytest.mark.parametrize(
    "query", ["<script>alert(1)</script>", "' OR 1=1 --", "%", "\\", "AND OR NOT", "ä" * 199]
)
def test_odd_queries_never_fail(client, indexed, query):
    response = search(client, q=query)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_empty_search_shows_the_form(client, indexed):
    response = search(client)
    assert response.status_code == 200
    assert "courses" not in response.context


def test_search_page_out_of_range_is_404(client, indexed):
    assert search(client, q="Photovoltaik", page="7").status_code == 404


# Facets over the courses found: the same rules as the catalogue's -----------------------


@pytest.fixture
def varied_catalogue(site):
    """Courses over every field, two age groups, all formats, one or two languages of
    instruction, sessions in two towns on different days, some without a session, offered
    by three partners, some of them jointly."""
    towns = [factories.make_venue("Bautzen"), factories.make_venue("Görlitz"), None]
    formats = ["in_person", "blended", "self_paced"]
    partners = [
        factories.german_partner(),
        factories.make_partner("Holzverein", slug="holzverein"),
        factories.make_partner("Sägewerk", slug="saegewerk"),
    ]
    for number in range(12):
        course = factories.make_course(
            title=f"Holzbau {number}",
            field=["economy", "life", "research", "education"][number % 4],
            ages=[("children",), ("adults", "seniors")][number % 2],
            format=formats[number % 3],
            languages=[("de",), ("de", "pl")][number % 3 == 0],
            parent=partners[number % 3],
        )
        if number % 4 == 0:
            course.co_providers.add(partners[(number + 1) % 3])
            factories.publish(course)
        if number % 5:
            factories.make_session(course, days_ahead=number + 1, venue=towns[number % 3])
        if number % 4 == 1:
            factories.make_session(course, days_ahead=40 + number, venue=towns[(number + 1) % 3])


FILTERS = [
    {},
    {"field": ["economy", "research"]},
    {"age": ["children"], "format": ["self_paced", "blended"]},
    {"language": ["pl"], "place": ["Görlitz"]},
    {"place": ["Bautzen", "Görlitz"], "field": ["life"]},
    {"date_from": "today+3", "date_to": "today+30"},
    {"date_from": "today+30", "place": ["Görlitz"], "age": ["adults"]},
    {"date_to": "today+5", "language": ["de"]},
    {"provider": ["holzverein"]},
    {"provider": ["saegewerk", "testpartner"], "age": ["children"]},
    {"provider": ["holzverein"], "place": ["Görlitz"], "field": ["economy", "life"]},
]


def with_dates(filters):
    today = timezone.localdate()
    return {
        name: today + datetime.timedelta(days=int(value[6:])) if name.startswith("date") else value
        for name, value in filters.items()
    }


@pytest.mark.parametrize("filters", FILTERS)
def test_facets_of_a_search_count_as_the_catalogue_does(varied_catalogue, filters):
    filters = with_dates(filters)
    courses = visible_courses("de").filter(title__startswith="Holzbau")
    vocabulary = Vocabulary("de")
    found = read_facts(courses.order_by("pk").values_list(*FACT_FIELDS), vocabulary.partner_values)
    assert [c.pk for c in matching(found, filters)] == list(
        apply_filters(courses, filters).order_by("pk").values_list("pk", flat=True)
    )
    in_python = facet_counts(found, filters)
    in_sql = catalogue_facet_counts(courses, filters, vocabulary)
    assert set(in_sql) == set(in_python)
    for name, counts in in_sql.items():
        assert {value: n for value, n in in_python[name].items() if value} == {
            value: n for value, n in counts.items() if value
        }, name


# The shared cache (page cache on) ----------------------------------------------------------


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60


def test_a_renamed_field_shows_at_once_in_the_search_filters(
    client, indexed, page_cache_on, django_capture_on_commit_callbacks
):
    assert "Forschung" in search(client, q="Photovoltaik", **{"x": "1"}).content.decode()
    field = CompetenceField.objects.get(code="research", locale__language_code="de")
    field.name = "Forschung und Entwicklung"
    with django_capture_on_commit_callbacks(execute=True):
        field.save()
    # another address, so that only the shared vocabulary could be stale, not the page
    html = search(client, q="Photovoltaik", **{"x": "2"}).content.decode()
    assert "Forschung und Entwicklung" in html


def test_a_published_course_shows_at_once_in_search_results(
    client, indexed, page_cache_on, django_capture_on_commit_callbacks
):
    assert search(client, q="Photovoltaik").context["courses"].paginator.count == 1
    with django_capture_on_commit_callbacks(execute=True):
        factories.make_course(title="Photovoltaik auf dem Schuldach", field="education")
    response = search(client, q="Photovoltaik")
    assert response.get("X-Page-Cache") != "hit"
    assert response.context["courses"].paginator.count == 2
    education = next(f for f in response.context["facets"] if f["name"] == "field")
    assert {o["value"]: o["count"] for o in education["options"]}["education"] == 1


def test_a_new_session_shows_at_once_in_the_place_filter(
    client, indexed, page_cache_on, django_capture_on_commit_callbacks
):
    def goerlitz_count():
        response = search(client, q="Photovoltaik")
        place = next(f for f in response.context["facets"] if f["name"] == "place")
        return {o["value"]: o["count"] for o in place["options"]}.get("Görlitz")

    assert goerlitz_count() is None
    with django_capture_on_commit_callbacks(execute=True):
        factories.make_session(indexed["solar"], venue=factories.make_venue("Görlitz"))
    assert goerlitz_count() == 1


@pytest.mark.parametrize("query", ['"', '"Photovoltaik', 'Photovoltaik"', '"Photovoltaik"'])
def test_double_quotes_in_a_search_are_read_as_spaces(client, indexed, query):
    response = search(client, q=query)
    assert response.status_code == 200
    if query == '"':  # nothing left to search for: the empty form
        assert "courses" not in response.context
    else:
        titles = [c.title for c in response.context["courses"].object_list]
        assert titles == ["Solarstrom für das eigene Dach"]
