"""/sitemap.xml (home/sitemap.py): every page a visitor may see, in every language it
exists in, with its translations as hreflang alternates, at the site's public address.

The files are parsed with xml.etree and checked against the sitemap protocol by hand
(tests/home/crawler_checks.py says why). Query counts at two sizes are in
tests/test_query_counts.py.
"""

import datetime
import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from home.sitemap import PageSitemap
from tests import factories
from tests.home.crawler_checks import sitemap_index, urlset

pytestmark = pytest.mark.django_db

SITE = "https://wirkstatt.test"
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def listed(client, path="/sitemap.xml", **headers):
    response = client.get(path, **headers)
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/xml"
    return urlset(response.content)


def address(page):
    return SITE + page.url


def restrict(page, **fields):
    return PageViewRestriction.objects.create(
        page=page,
        restriction_type=fields.pop("restriction_type", PageViewRestriction.PASSWORD),
        password=fields.pop("password", "geheim"),
        **fields,
    )


@pytest.fixture
def world(site):
    """A course in German and Polish with a lesson, and every kind of page that must not
    be listed."""
    course = factories.make_course(title="Fahrrad reparieren", slug="fahrrad")
    polish = factories.translate(course, "pl", title="Naprawa roweru", slug="rower")
    lesson = factories.make_lesson(course, title="Werkzeug")
    czech = factories.translate(course, "cs", title="Oprava kola", slug="kolo")
    czech.unpublish()
    private_partner = factories.make_partner("Geschlossene Gesellschaft", slug="geschlossen")
    private_course = factories.make_course(title="Intern", slug="intern", parent=private_partner)
    restrict(private_partner)
    members_course = factories.make_course(title="Nur für Mitglieder", slug="mitglieder")
    restrict(members_course, restriction_type=PageViewRestriction.LOGIN, password="")
    draft = factories.make_course(title="Entwurf", slug="entwurf", live=False)
    withdrawn = factories.make_course(title="Zurückgezogen", slug="zurueckgezogen")
    orphan = factories.make_lesson(withdrawn, title="Lektion ohne Kurs")
    withdrawn.unpublish()
    return {
        "course": course,
        "polish": polish,
        "lesson": lesson,
        "czech": czech,
        "hidden": [private_partner, private_course, members_course, draft, withdrawn, orphan],
    }


def test_every_public_page_is_listed_once_per_language_it_exists_in(client, world):
    found = listed(client)
    catalogue, partner = factories.german_catalogue(), factories.german_partner()
    expected = {
        address(translation)
        for page in (factories.german_home(), catalogue, partner)
        for translation in page.get_translations(inclusive=True)
    } | {address(world["course"]), address(world["polish"]), address(world["lesson"])}
    assert set(found) == expected
    assert len(found) == 3 * len(LANGUAGES) + 3


def test_drafts_restricted_and_private_partners_pages_are_absent(client, world):
    found = listed(client)
    assert address(world["czech"].get_translation(factories.locale("de"))) in found
    paths = {urlsplit(location).path for location in found}
    for page in [world["czech"], *world["hidden"]]:
        assert not any(path.endswith(f"/{page.slug}/") for path in paths), page.title
    alternates = {code for entry in found.values() for code in entry["alternates"]}
    assert alternates == {*LANGUAGES, "x-default"}
    assert "cs" not in found[address(world["course"])]["alternates"]


def test_every_listed_address_answers(world):
    client = Client()
    for location in listed(client):
        assert location.startswith(SITE + "/")
        response = client.get(location.removeprefix(SITE))
        assert response.status_code == 200, location


def test_alternates_are_the_translations_each_naming_all_the_others(client, world):
    found = listed(client)
    pages = {
        address(page): page
        for page in Page.objects.live().filter(depth__gt=1).select_related("locale")
        if address(page) in found
    }
    for location, entry in found.items():
        alternates = dict(entry["alternates"])
        page = pages[location]
        assert alternates.pop("x-default") == alternates["de"]
        assert alternates[page.locale.language_code] == location
        for code, href in alternates.items():
            assert href in found, f"{location}: {code} alternate is not listed"
            translation = pages[href]
            assert translation.translation_key == page.translation_key
            assert translation.locale.language_code == code
            assert found[href]["alternates"] == entry["alternates"]
    assert found[address(world["lesson"])]["alternates"] == {
        "de": address(world["lesson"]),
        "x-default": address(world["lesson"]),
    }
    assert found[address(world["polish"])]["alternates"] == {
        "de": address(world["course"]),
        "pl": address(world["polish"]),
        "x-default": address(world["course"]),
    }


def test_a_page_without_a_german_version_has_no_x_default(client, site):
    polish_partner = factories.german_partner().get_translation(factories.locale("pl"))
    only_polish = factories.make_course(
        title="Tylko po polsku", slug="tylko", parent=polish_partner
    )
    entry = listed(client)[address(only_polish)]
    assert entry["alternates"] == {"pl": address(only_polish)}


def test_lastmod_is_the_day_of_the_last_publication(client, world):
    course = world["course"]
    course.last_published_at = timezone.now() - datetime.timedelta(days=40)
    course.save(update_fields=["last_published_at"])
    found = listed(client)
    expected = timezone.localdate(course.last_published_at).isoformat()
    assert found[address(course)]["lastmod"] == expected
    # Made by migrations, never published since: Wagtail knows no date.
    never_published = {address(factories.german_home()), address(factories.german_catalogue())}
    assert {location for location, entry in found.items() if not entry["lastmod"]} == (
        never_published
    )


def test_addresses_are_at_the_public_address_whatever_the_host(world, settings):
    found = listed(Client(), HTTP_HOST="other.example:8080")
    assert all(location.startswith(SITE + "/") for location in found)
    hrefs = [href for entry in found.values() for href in entry["alternates"].values()]
    assert all(href.startswith(SITE + "/") for href in hrefs)
    settings.WAGTAILADMIN_BASE_URL = "https://kurse.example/"
    assert all(location.startswith("https://kurse.example/") for location in listed(Client()))


def test_non_ascii_slugs_are_percent_encoded(client, world):
    sorbian = factories.translate(world["course"], "hsb", title="Koło porjedźić", slug="koło")
    location = f"{SITE}/hsb/courses-hsb/{factories.german_partner().slug}/ko%C5%82o/"
    found = listed(client)
    assert location in found
    assert found[address(world["course"])]["alternates"]["hsb"] == location
    assert client.get(location.removeprefix(SITE)).status_code == 200
    assert address(sorbian) == location


def test_a_long_sitemap_becomes_an_index_of_its_parts(client, world, monkeypatch):
    factories.publish(factories.german_home())
    factories.publish(factories.german_catalogue())
    whole = listed(client)
    monkeypatch.setattr(PageSitemap, "limit", 4)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    parts = sitemap_index(response.content)
    count = -(-len(whole) // 4)
    assert list(parts) == [f"{SITE}/sitemap.xml?p={n}" for n in range(1, count + 1)]
    assert all(parts.values())
    together = {}
    for location in parts:
        part = listed(client, location.removeprefix(SITE))
        assert len(part) <= 4
        together.update(part)
    assert together == whole
    assert client.get(f"/sitemap.xml?p={count + 1}").status_code == 404


@pytest.mark.parametrize(
    "query",
    ["p=0", "p=-1", "p=2", "p=", "p=x", "p=1.5", "p=1e309", "p=99999999999999999999", "p=%00",
     "p=1&p=x", "x=%ff", "lang=pl"],
)  # fmt: skip
def test_no_query_string_breaks_it(site, query):
    response = Client(raise_request_exception=False).get(f"/sitemap.xml?{query}")
    assert response.status_code in (200, 404)


def test_it_passes_the_content_policy_and_stays_out_of_search_results(client, site):
    response = client.get("/sitemap.xml")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Robots-Tag"].startswith("noindex")
    assert client.post("/sitemap.xml").status_code in (403, 405)


def test_it_is_served_from_the_page_cache_until_a_page_is_published(
    world, settings, django_assert_num_queries, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 60
    client = Client()
    first = client.get("/sitemap.xml")
    with django_assert_num_queries(0):
        again = client.get("/sitemap.xml")
    assert again["X-Page-Cache"] == "hit" and again.content == first.content
    with django_capture_on_commit_callbacks(execute=True):
        new = factories.make_course(title="Neu im Programm", slug="neu")
    fresh = client.get("/sitemap.xml")
    assert fresh.get("X-Page-Cache") != "hit"
    assert address(new) in urlset(fresh.content)
    with django_capture_on_commit_callbacks(execute=True):
        restrict(new)
    assert address(new) not in urlset(client.get("/sitemap.xml").content)


def test_a_pages_head_names_the_same_alternates_as_the_sitemap(client, world, settings):
    """At the public address whatever host the request came in on, with x-default."""
    settings.ALLOWED_HOSTS = ["*"]
    entry = listed(client)[address(world["course"])]
    html = client.get(world["course"].url, HTTP_HOST="10.0.0.5:8000").content.decode()
    head = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
    assert head == entry["alternates"]
    assert head["x-default"] == address(world["course"])
