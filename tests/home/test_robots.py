"""/robots.txt (home/robots.py): the public site open to crawlers, the personal areas,
forms, the admin, the search and the catalogue's filter combinations closed, the sitemap
named at the public address.

``allowed`` reads the rules as RFC 9309 says crawlers do (the most specific rule wins, an
allow over an equal disallow; ``*`` and ``$``); Python's urllib.robotparser knows neither
wildcards nor that order.
"""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import URLPattern, URLResolver, reverse
from django.utils import translation

import learners.urls
from tests import factories
from tests.home.crawler_checks import allowed, urlset

pytestmark = pytest.mark.django_db

SITE = "https://wirkstatt.test"
LANGUAGES = [code for code, _name in settings.LANGUAGES]
#: Views of learners that only take a POST: no crawler gets there.
POST_ONLY = {"start_course"}


@pytest.fixture
def robots(client, site):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain"
    return response.content.decode()


def test_it_names_the_sitemap_at_the_public_address(robots):
    assert f"Sitemap: {SITE}/sitemap.xml" in robots.splitlines()
    assert robots.splitlines()[0] == "User-agent: *"


def test_the_public_site_is_open(robots):
    course = factories.make_course(title="Fahrrad reparieren")
    lesson = factories.make_lesson(course)
    public = [
        "/",
        "/sitemap.xml",
        "/sitemap.xml?p=2",
        "/favicon.ico",
        "/static/css/site.css",
        "/documents/1/programm.pdf",
        course.url,
        lesson.url,
        course.get_parent().url,
        "/openbadges/issuer",
    ]
    for code in LANGUAGES:
        public += [
            f"/{code}/",
            factories.german_catalogue().get_translation(factories.locale(code)).url,
        ]
        with translation.override(code):
            public += [reverse("web_app_manifest")]
    public.append("/en/courses/")  # the English catalogue of the demo site
    closed = [path for path in public if not allowed(robots, path)]
    assert closed == []


def test_every_page_in_the_sitemap_is_open(client, robots):
    course = factories.make_course(title="Fahrrad reparieren")
    factories.make_lesson(course)
    factories.translate(course, "pl", slug="rower")
    locations = urlset(client.get("/sitemap.xml").content)
    assert len(locations) > 15
    assert [path for path in locations if not allowed(robots, path.removeprefix(SITE))] == []


def sample_paths(patterns, prefix=""):
    """(name, a path) for every named pattern, with sample values for its parameters."""
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from sample_paths(pattern.url_patterns, prefix)
        elif isinstance(pattern, URLPattern) and pattern.name:
            kwargs = {
                name: 7 if converter.regex == "[0-9]+" else "abc"
                for name, converter in pattern.pattern.converters.items()
            }
            yield pattern.name, reverse(pattern.name, kwargs=kwargs)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_personal_page_and_form_is_closed(robots, code):
    with translation.override(code):
        paths = [
            path for name, path in sample_paths(learners.urls.urlpatterns) if name not in POST_ONLY
        ]
        paths += [
            reverse(name)
            for name in ("account_login", "account_signup", "account_reset_password", "search")
        ]
        paths += [reverse("session_ics", args=[7]), f"{reverse('search')}?q=Energie&page=2"]
    assert len(paths) > 30
    assert all(path.startswith(f"/{code}/") for path in paths)
    open_ = [path for path in paths if allowed(robots, path)]
    assert open_ == []


def test_the_admin_feeds_and_filtered_or_paged_catalogues_are_closed(robots):
    paths = [
        "/admin/",
        "/admin/login/",
        "/calendar/abc.ics",
        "/i18n/setlang/",
        "/healthz",
        "/de/kurse/?page=2",
        "/de/kurse/?field=economy&age=children",
        "/pl/kursy/?sort=title",
        "/de/?utm_source=x",
    ]
    assert [path for path in paths if allowed(robots, path)] == []


def test_no_query_string_or_host_changes_it(site, robots):
    client = Client(raise_request_exception=False)
    for query in ["p=2", "x=%00", "a=" + "ä" * 400, "lang=pl"]:
        response = client.get(f"/robots.txt?{query}", HTTP_HOST="other.example")
        assert response.status_code == 200
        assert response.content.decode() == robots


def test_it_passes_the_content_policy_and_may_be_kept_a_day(client, site):
    response = client.get("/robots.txt")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["Cache-Control"] == "public, max-age=86400"
    assert client.post("/robots.txt").status_code in (403, 405)
