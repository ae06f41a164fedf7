import pytest
from django.core.management import call_command

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
