"""/api/v1/courses: the catalogue's courses with its filters, search, paging and languages,
and one course with its sessions."""

import datetime

import pytest
from django.utils import timezone

from tests import factories
from tests.search.test_search import FILTERS, varied_catalogue, with_dates  # noqa: F401

pytestmark = pytest.mark.django_db


def get(client, path, **params):
    return client.get(f"/api/v1{path}", params)


@pytest.fixture
def course(site):
    course = factories.make_course(
        title="Solarstrom im Dorf",
        teaser="Wie ein Dorf seinen Strom selbst erzeugt.",
        field="life",
        ages=("adults", "seniors"),
        languages=("de", "pl"),
        fee=15,
        awards_certificate=True,
    )
    venue = factories.make_venue("Görlitz", name="Stadtteilzentrum Königshufen")
    factories.make_session(course, days_ahead=10, venue=venue, capacity=8)
    return course


def test_lists_the_courses_with_their_facts(client, course):
    response = get(client, "/courses")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    body = response.json()
    assert (body["count"], body["page"], body["pages"], body["next"]) == (1, 1, 1, None)
    (found,) = body["results"]
    assert found["key"] == str(course.translation_key)
    assert found["title"] == "Solarstrom im Dorf"
    assert found["language"] == "de"
    assert found["url"] == f"http://testserver{course.url}" or found["url"].endswith(course.url)
    assert found["field"]["code"] == "life"
    assert [a["code"] for a in found["age_groups"]] == ["adults", "seniors"]
    assert found["instruction_languages"] == ["de", "pl"]
    assert (found["fee"], found["certificate"]) == ("15.00", True)
    assert found["partners"][0]["name"] == "Testpartner"
    assert found["next_date"]["town"] == "Görlitz"


def test_the_answer_is_in_the_language_asked_for_falling_back_to_german(client, course):
    factories.translate(course, "pl", title="Prąd słoneczny na wsi")
    polish = get(client, "/courses", lang="pl")
    assert polish["Content-Language"] == "pl"
    (found,) = polish.json()["results"]
    assert (found["title"], found["language"]) == ("Prąd słoneczny na wsi", "pl")
    czech = client.get("/api/v1/courses", HTTP_ACCEPT_LANGUAGE="cs")
    assert czech["Content-Language"] == "cs"
    (found,) = czech.json()["results"]
    assert (found["title"], found["language"]) == ("Solarstrom im Dorf", "de")
    assert found["field"]["name"] != "Leben" or found["field"]["code"] == "life"


def test_an_unknown_language_is_a_clear_error(client, course):
    response = get(client, "/courses", lang="xx")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == 400 and problem["errors"][0]["name"] == "lang"


@pytest.mark.parametrize("filters", FILTERS)
def test_filters_give_the_courses_the_catalogue_shows(client, varied_catalogue, filters):  # noqa: F811
    query = {
        ("partner" if name == "provider" else name): str(value)
        if name.startswith("date")
        else value
        for name, value in with_dates(filters).items()
    }
    catalogue = client.get(
        factories.german_catalogue().url,
        {("provider" if name == "partner" else name): value for name, value in query.items()},
    )
    expected = [c.title for c in catalogue.context["paginator"].object_list]
    response = get(client, "/courses", page_size=100, **query)
    assert response.status_code == 200
    assert [c["title"] for c in response.json()["results"]] == expected


def test_a_filter_value_that_does_not_exist_is_named_in_the_error(client, course):
    response = get(client, "/courses", field=["life", "cooking"], partner="nobody")
    assert response.status_code == 400
    names = {error["name"] for error in response.json()["errors"]}
    assert names == {"field", "partner"}
    assert response.json()["detail"] == "Einige Filterwerte sind ungültig."


def test_search_finds_by_words_and_keeps_the_filters(client, course):
    factories.make_course(title="Holz im Garten", field="life")
    found = get(client, "/courses", q="Solarstrom").json()
    assert [c["title"] for c in found["results"]] == ["Solarstrom im Dorf"]
    assert get(client, "/courses", q="Solarstrom", field="economy").json()["count"] == 0


def test_pages_link_to_each_other(client, site):
    for number in range(5):
        factories.make_course(title=f"Kurs {number:02}")
    first = get(client, "/courses", page_size=2, sort="title").json()
    assert (first["count"], first["pages"]) == (5, 3)
    assert [c["title"] for c in first["results"]] == ["Kurs 00", "Kurs 01"]
    assert "page=2" in first["next"] and first["previous"] is None
    third = get(client, "/courses", page_size=2, sort="title", page=3).json()
    assert [c["title"] for c in third["results"]] == ["Kurs 04"]
    beyond = get(client, "/courses", page_size=2, page=4)
    assert beyond.status_code == 404 and beyond.json()["errors"][0]["name"] == "page"


def test_one_course_with_its_sessions_meetings_and_seats(client, course):
    response = get(client, f"/courses/{course.translation_key}", lang="en")
    assert response.status_code == 200
    body = response.json()
    assert body["title"] == "Solarstrom im Dorf" and body["language"] == "de"
    (session,) = body["sessions"]
    assert (session["capacity"], session["seats_left"], session["bookable"]) == (8, 8, True)
    assert session["venue"]["name"] == "Stadtteilzentrum Königshufen"
    assert session["venue"]["town"] == "Görlitz"
    assert session["calendar_url"].endswith(f"/en/sessions/{session['id']}/calendar.ics")
    assert session["booking_url"].endswith(f"#session-{session['id']}")
    assert len(session["meetings"]) == 1


def test_an_unknown_or_unpublished_course_is_not_found(client, course):
    import uuid

    missing = get(client, f"/courses/{uuid.uuid4()}")
    assert missing.status_code == 404
    assert missing["Content-Type"] == "application/problem+json"
    assert missing.json()["detail"] == "Diesen Kurs gibt es nicht."
    course.unpublish()
    assert get(client, f"/courses/{course.translation_key}").status_code == 404
    assert get(client, "/courses/not-a-key").status_code == 400


def test_the_description_keeps_only_safe_html_with_absolute_links(client, site):
    course = factories.make_course(title="Mit Text")
    course.description = [
        ("text", '<p data-block-key="a">Siehe <a href="https://example.org">hier</a>.</p>')
    ]
    factories.publish(course)
    body = get(client, f"/courses/{course.translation_key}").json()
    assert body["description_html"] == '<p>Siehe <a href="https://example.org">hier</a>.</p>'


def test_dates_in_the_past_are_not_listed(client, course):
    session = course_session = factories.make_session(course, days_ahead=-3)
    body = get(client, f"/courses/{course.translation_key}").json()
    assert session.pk not in [s["id"] for s in body["sessions"]]
    assert course_session.start < timezone.now() + datetime.timedelta(days=1)
