"""The catalogue other websites embed, and the admin page that builds its snippet."""

import pytest
from django.contrib.auth.models import Group

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def courses(site):
    venue = factories.make_venue("Görlitz")
    life = factories.make_course(title="Gärtnern im Quartier", field="life", ages=("seniors",))
    research = factories.make_course(title="Sterne beobachten", field="research")
    undated = factories.make_course(title="Ohne Termin", field="life")
    factories.make_session(life, days_ahead=3, venue=venue)
    factories.make_session(research, days_ahead=4, venue=venue)
    return {"life": life, "research": research, "undated": undated}


def titles(response):
    return [course.title for course in response.context["courses"]]


def test_shows_the_upcoming_courses_of_the_selection(client, courses):
    response = client.get("/de/embed/courses/", {"field": "life"})
    assert response.status_code == 200
    assert titles(response) == ["Gärtnern im Quartier"]
    html = response.content.decode()
    assert '<html lang="de">' in html and "<h1" in html
    assert 'target="_blank" rel="noopener"' in html
    assert 'href="/de/kurse/?field=life"' in html  # the whole selection on the site


def test_shows_the_courses_in_the_visitors_language(client, courses):
    factories.translate(courses["life"], "pl", title="Ogrodnictwo w dzielnicy")
    html = client.get("/pl/embed/courses/").content.decode()
    assert "Ogrodnictwo w dzielnicy" in html
    assert '<a href="' in html and 'lang="de">Sterne beobachten' in html  # German fallback
    assert "Tylko po niemiecku" in html


def test_the_number_of_courses_is_limited(client, courses):
    assert titles(client.get("/de/embed/courses/", {"limit": 1})) == ["Gärtnern im Quartier"]
    assert len(titles(client.get("/de/embed/courses/", {"limit": "many"}))) == 2


def test_only_the_embedded_catalogue_may_be_framed(client, courses):
    embedded = client.get("/de/embed/courses/")
    assert "X-Frame-Options" not in embedded
    assert "frame-ancestors *" in embedded["Content-Security-Policy"]
    for path in ("/de/", "/de/kurse/", courses["life"].url, "/api/v1/courses"):
        page = client.get(path)
        assert page["X-Frame-Options"] == "DENY", path
        assert "frame-ancestors 'none'" in page["Content-Security-Policy"], path


def test_stays_frameable_when_served_from_the_page_cache(client, courses, settings):
    settings.PAGE_CACHE_SECONDS = 300
    client.get("/de/embed/courses/")
    cached = client.get("/de/embed/courses/")
    assert cached["X-Page-Cache"] == "hit"
    assert "X-Frame-Options" not in cached
    assert "frame-ancestors *" in cached["Content-Security-Policy"]


def test_an_unknown_value_is_said_not_ignored(client, courses):
    response = client.get("/cs/embed/courses/", {"field": "cooking"})
    assert response.status_code == 400
    assert "Tento seznam nelze zobrazit" in response.content.decode()


def test_the_address_without_language_follows_the_visitors_browser(client, courses):
    response = client.get("/embed/courses/", {"field": "life"}, HTTP_ACCEPT_LANGUAGE="pl")
    assert response.status_code == 302
    assert response["Location"] == "/pl/embed/courses/?field=life"
    assert "Accept-Language" in response["Vary"]
    assert "X-Frame-Options" not in response


# The admin's snippet builder ----------------------------------------------------------------


def test_the_builder_gives_the_snippet_and_a_preview(client, courses, manager):
    client.force_login(manager)
    response = client.get(
        "/admin/embed-catalogue/",
        {"field": "life", "place": "Görlitz", "language": "pl", "limit": 4, "provider": ""},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Katalog einbinden" in html  # the managers' admin is German
    expected = "/pl/embed/courses/?field=life&amp;place=G%C3%B6rlitz&amp;limit=4"
    assert f'&lt;iframe src="https://wirkstatt.test{expected}"' in html
    assert f'src="{expected}"' in html  # the preview frames the same list


def test_the_builder_starts_from_the_partner_the_user_manages(client, courses):
    partner = factories.make_partner("Holzverein", slug="holzverein")
    partner.refresh_from_db()
    user = factories.make_user("partner.manager")
    user.groups.add(partner.managers_group, Group.objects.get(name="Editors"))
    client.force_login(user)
    response = client.get("/admin/embed-catalogue/")
    assert response.status_code == 200
    assert response.context["form"]["provider"].value() == "holzverein"
    assert "/embed/courses/?provider=holzverein&amp;limit=6" in response.content.decode()


def test_the_builder_is_for_the_admin_only(client, courses):
    response = client.get("/admin/embed-catalogue/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
