"""The API's page for people, linked from every page's footer."""

import pytest

from api.views import requests_per_minute

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("de", "Offene Daten: die Wirkstatt-API"),
        ("en", "Open data: the Wirkstatt API"),
        ("pl", "Otwarte dane: API Wirkstatt"),
        ("cs", "Otevřená data: API Wirkstatt"),
        ("hsb", "Wotewrjene daty: API Wirkstatt"),
    ],
)
def test_the_page_explains_the_api_in_the_readers_language(client, site, language, heading):
    html = client.get(f"/{language}/api/").content.decode()
    assert f"<h1>{heading}</h1>" in html
    assert "/api/v1/openapi.json" in html
    assert "/api/v1/courses?age=children&amp;place=Görlitz&amp;lang=de" in html
    assert "/api/v1/courses?age=adults&amp;sort=new&amp;lang=en" in html


def test_every_page_links_to_it_in_its_language(client, site):
    assert 'href="/pl/api/"' in client.get("/pl/").content.decode()
    assert 'href="/de/api/"' in client.get("/de/").content.decode()


def test_the_limit_is_told_per_minute(client, site, settings):
    settings.API_RATE = "600/h"
    assert "Höchstens 10 Anfragen pro Minute" in client.get("/de/api/").content.decode()
    assert [requests_per_minute(r) for r in ("120/m", "5/10s", "1/d")] == [120, 30, 1]
