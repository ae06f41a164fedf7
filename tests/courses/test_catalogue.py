import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(site):
    zittau, goerlitz = factories.make_venue("Zittau"), factories.make_venue("Görlitz")
    printing = factories.make_course(
        title="3D-Druck für Kinder", field="economy", ages=("children",), languages=("de", "pl")
    )
    factories.make_session(printing, days_ahead=20, venue=zittau)
    energy = factories.make_course(
        title="Energiespeicher verstehen", field="research", ages=("adults", "seniors")
    )
    factories.make_session(energy, days_ahead=5, venue=goerlitz)
    factories.make_session(energy, days_ahead=40, venue=zittau)
    online = factories.make_course(
        title="Digital im Alltag", field="life", ages=("seniors",), format="self_paced"
    )
    return {"printing": printing, "energy": energy, "online": online}


def titles(response):
    return [course.title for course in response.context["courses"].object_list]


def get(client, **params):
    return client.get("/de/kurse/", params)


def test_lists_all_live_courses_sorted_by_next_date(client, catalogue):
    factories.make_course(title="Unveröffentlicht", live=False)
    response = get(client)
    assert response.status_code == 200
    assert titles(response) == [
        "Energiespeicher verstehen",
        "3D-Druck für Kinder",
        "Digital im Alltag",
    ]


def test_sort_by_title(client, catalogue):
    assert titles(get(client, sort="title")) == sorted(titles(get(client)))


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"field": "research"}, ["Energiespeicher verstehen"]),
        ({"field": ["research", "life"]}, ["Energiespeicher verstehen", "Digital im Alltag"]),
        ({"age": "seniors"}, ["Energiespeicher verstehen", "Digital im Alltag"]),
        ({"format": "self_paced"}, ["Digital im Alltag"]),
        ({"language": "pl"}, ["3D-Druck für Kinder"]),
        ({"place": "Görlitz"}, ["Energiespeicher verstehen"]),
        ({"place": "Zittau", "age": "children"}, ["3D-Druck für Kinder"]),
    ],
)
def test_filters(client, catalogue, params, expected):
    assert titles(get(client, **params)) == expected


def test_date_range_needs_one_session_inside_it(client, catalogue):
    today = timezone.localdate()
    params = {
        "date_from": (today + datetime.timedelta(days=15)).isoformat(),
        "date_to": (today + datetime.timedelta(days=25)).isoformat(),
    }
    assert titles(get(client, **params)) == ["3D-Druck für Kinder"]


def test_counts_per_filter_value_respect_the_other_filters(client, catalogue):
    response = get(client, age="seniors")
    facets = {facet["name"]: facet for facet in response.context["facets"]}
    counts = {o["value"]: o["count"] for o in facets["field"]["options"]}
    assert counts == {"economy": 0, "life": 1, "research": 1, "education": 0}
    # The age facet itself counts without its own filter.
    ages = {o["value"]: o["count"] for o in facets["age"]["options"]}
    assert ages["children"] == 1 and ages["seniors"] == 2
    places = {o["value"]: o["count"] for o in facets["place"]["options"]}
    assert places == {"Görlitz": 1, "Zittau": 1}
    checked = [o["value"] for o in facets["age"]["options"] if o["checked"]]
    assert checked == ["seniors"]


def test_filter_state_stays_in_the_form_and_paging_links(client, catalogue, settings):
    settings.CATALOGUE_PAGE_SIZE = 1
    response = get(client, age="seniors")
    html = response.content.decode()
    assert 'name="age" value="seniors" checked' in html
    assert "?age=seniors&amp;page=2" in html


def test_paging(client, catalogue, settings):
    settings.CATALOGUE_PAGE_SIZE = 2
    assert len(titles(get(client))) == 2
    assert titles(get(client, page=2)) == ["Digital im Alltag"]


@pytest.mark.parametrize("page_number", ["99", "0", "abc", "-1"])
def test_page_out_of_range_is_a_translated_404(client, catalogue, page_number):
    response = get(client, page=page_number)
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"field": "astrology"},
        {"age": "toddlers"},
        {"format": "carrier-pigeon"},
        {"language": "xx"},
        {"place": "Atlantis"},
        {"date_from": "31.02.2026"},
        {"date_to": "not-a-date"},
        {"sort": "price"},
    ],
)
def test_unknown_filter_values_are_ignored_with_a_notice(client, catalogue, params):
    response = get(client, **params)
    assert response.status_code == 200
    assert len(titles(response)) == 3
    assert "ignoriert" in response.content.decode() or "ignored" in response.content.decode()


def test_reversed_date_range_is_explained(client, catalogue):
    response = get(client, date_from="2026-12-31", date_to="2026-01-01")
    assert response.status_code == 200
    assert len(titles(response)) == 3
    assert 'aria-invalid="true"' in response.content.decode()


def test_translated_catalogue_shows_translations_and_german_fallbacks(client, catalogue):
    printing = catalogue["printing"]
    factories.translate(printing, "pl", title="Druk 3D dla dzieci", slug="druk-3d")
    response = client.get(factories.german_catalogue().get_translation(factories.locale("pl")).url)
    shown = titles(response)
    assert "Druk 3D dla dzieci" in shown
    assert "3D-Druck für Kinder" not in shown
    assert "Energiespeicher verstehen" in shown  # German, not translated yet
    fallback = next(
        c for c in response.context["courses"].object_list if c.title == "Energiespeicher verstehen"
    )
    assert fallback.display_url.startswith("/pl/courses-pl/")
    page = client.get(fallback.display_url)
    assert page.status_code == 200
    assert "Energiespeicher verstehen" in page.content.decode()


def make_catalogue_of(size):
    venue = factories.make_venue("Bautzen")
    for number in range(size):
        course = factories.make_course(
            title=f"Kurs {number}",
            field=["economy", "life", "research", "education"][number % 4],
            ages=[("children",), ("adults", "seniors")][number % 2],
        )
        factories.make_session(course, days_ahead=number + 1, venue=venue)


def count_queries(client, url):
    """Queries of a request with warm caches (Wagtail caches the site's root paths)."""
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("url", ["/de/kurse/", "/de/", "/de/kurse/?age=adults&field=life"])
def test_query_count_does_not_grow_with_the_catalogue(client, site, url, settings):
    settings.CATALOGUE_PAGE_SIZE = 50
    make_catalogue_of(5)
    small = count_queries(client, url)
    make_catalogue_of(45)
    large = count_queries(client, url)
    assert small == large
    assert large <= 40


def test_cards_name_towns_and_dates_in_the_visitors_language(client, site):
    venue = factories.make_venue("Bautzen")
    translated = venue.copy_for_translation(factories.locale("hsb"))
    translated.town = "Budyšin"
    translated.save()
    course = factories.make_course(title="Rjemjesło")
    factories.make_session(course, days_ahead=3, venue=venue)
    catalogue = factories.german_catalogue().get_translation(factories.locale("hsb"))
    (card,) = client.get(catalogue.url).context["courses"].object_list
    assert card.next_town == "Budyšin"
    (card,) = client.get("/de/kurse/").context["courses"].object_list
    assert card.next_town == "Bautzen"
