import pytest

from tests import factories

pytestmark = pytest.mark.django_db

LANGUAGES = ["de", "en", "pl", "cs", "hsb"]


@pytest.mark.parametrize("code", LANGUAGES)
def test_home_page_in_every_language(client, site, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    assert f'<html lang="{code}">' in response.content.decode()
    assert response.templates[0].name == "home/home_page.html"


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalogue_in_every_language(client, site, code):
    catalogue = factories.german_catalogue().get_translation(factories.locale(code))
    response = client.get(catalogue.url)
    assert response.status_code == 200
    assert response.templates[0].name == "courses/course_index_page.html"


@pytest.mark.parametrize(
    ("accept", "expected"),
    [("pl-PL,pl;q=0.9", "/pl/"), ("cs", "/cs/"), ("hsb", "/hsb/"), ("fr-FR", "/de/"), ("", "/de/")],
)
def test_root_redirects_to_preferred_language(client, site, accept, expected):
    response = client.get("/", headers={"accept-language": accept} if accept else {})
    assert response.status_code == 302
    assert response["Location"] == expected


def test_unknown_language_prefix_is_a_404_in_german(client, site):
    response = client.get("/fr/kurse/", follow=True)
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.content.decode() or "Page not found" in (
        response.content.decode()
    )


def test_course_and_lesson_routing(client, site):
    course = factories.make_course(title="Löten für Anfänger", format="self_paced")
    lesson = factories.make_lesson(course, title="Sicherheit zuerst")
    assert client.get(course.url).status_code == 200
    response = client.get(lesson.url)
    assert response.status_code == 200
    assert "Sicherheit zuerst" in response.content.decode()
    assert "Lektion 1 von 1" in response.content.decode() or "Lesson 1 of 1" in (
        response.content.decode()
    )


def test_draft_course_is_not_served(client, site):
    course = factories.make_course(title="Entwurf", live=False)
    assert client.get(f"/de/kurse/{course.slug}/").status_code == 404
