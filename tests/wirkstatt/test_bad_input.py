"""What anyone can send gets a clear answer, never a server error: a `next` that is not a
page of this site, NUL bytes in the address, a foreign Host header; and the language
switcher links only to pages that exist."""

import re

import pytest
from django.test import Client

from learners.models import Enrolment, EnrolmentStatus
from tests import factories

pytestmark = pytest.mark.django_db

NOT_OUR_PAGES = [
    "foo",
    "0",
    "' OR 1=1--",
    " ",
    "//evil.example/",
    "/\\evil.example/",
    "https://evil.example/",
    "javascript:alert(1)",
    "/de/\x01",
    "/de/my-learning/\r\nSet-Cookie: a=b",
]


@pytest.fixture
def course(site):
    return factories.make_course(title="Lean-Methoden kompakt", slug="lean-methoden-kompakt")


@pytest.fixture
def learner(db):
    return factories.make_user("lena", year_of_birth=1990, email="lena@example.org")


@pytest.fixture
def strict_client(settings):
    """A client that answers like production: exceptions become error pages."""
    settings.DEBUG = False
    return Client(raise_request_exception=False)


@pytest.mark.parametrize("target", NOT_OUR_PAGES)
def test_a_booking_with_any_next_is_kept_and_leads_to_the_course_page(
    strict_client, course, learner, target
):
    session = factories.make_session(course)
    strict_client.force_login(learner)
    response = strict_client.post(f"/de/sessions/{session.pk}/enrol/", {"next": target})
    assert response.status_code == 302
    assert response["Location"] == course.url
    assert Enrolment.objects.get().status == EnrolmentStatus.CONFIRMED

    response = strict_client.post(
        f"/de/enrolments/{Enrolment.objects.get().pk}/cancel/", {"next": target}
    )
    assert (response.status_code, response["Location"]) == (302, course.url)
    assert Enrolment.objects.get().status == EnrolmentStatus.CANCELLED


@pytest.mark.parametrize("target", NOT_OUR_PAGES)
def test_starting_a_course_with_any_next_leads_to_the_course_page(
    strict_client, site, learner, target
):
    course = factories.make_course(title="Online-Kurs", format="self_paced")
    strict_client.force_login(learner)
    response = strict_client.post(f"/de/courses/{course.pk}/start/", {"next": target})
    assert (response.status_code, response["Location"]) == (302, course.url)
    assert Enrolment.objects.filter(session=None).count() == 1


def test_without_next_a_booking_leads_to_my_learning(client, course, learner):
    session = factories.make_session(course)
    client.force_login(learner)
    response = client.post(f"/de/sessions/{session.pk}/enrol/")
    assert response["Location"] == "/de/my-learning/"
    assert Enrolment.objects.get().status == EnrolmentStatus.CONFIRMED


def test_a_page_of_this_site_is_still_followed(client, course, learner):
    session = factories.make_session(course)
    client.force_login(learner)
    response = client.post(f"/de/sessions/{session.pk}/enrol/", {"next": "/de/my-learning/"})
    assert response["Location"] == "/de/my-learning/"


def test_visitors_are_sent_to_log_in_and_back_to_the_course(strict_client, course):
    session = factories.make_session(course)
    response = strict_client.post(f"/de/sessions/{session.pk}/enrol/", {"next": "foo"})
    assert response.status_code == 302
    assert response["Location"] == f"/de/accounts/login/?next={course.url}"


@pytest.mark.parametrize(
    "address",
    [
        "/calendar/%00.ics",
        "/calendar/abc%01def.ics",
        "/de/%00/",
        "/de/kurse/%00/",
        "/de/certificates/%00/",
        "/de/schools/invitations/%1b/",
    ],
)
def test_control_characters_in_the_path_get_the_bad_request_page(strict_client, site, address):
    response = strict_client.get(address)
    assert response.status_code == 400
    assert "Wir konnten diese Anfrage nicht verstehen" in response.content.decode()


@pytest.mark.parametrize("query", ["a%00b", "%00", "L%C3%B6ten%1b", "%09L%C3%B6ten%0A"])
def test_control_characters_in_a_search_are_left_out_with_a_notice(strict_client, site, query):
    factories.make_course(title="Löten für Einsteiger")
    response = strict_client.get(f"/de/search/?q={query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "nach denen nicht gesucht werden kann" in html
    if "L%C3%B6ten" in query:  # found, with the word marked
        assert "<mark>Löten</mark> für Einsteiger" in html


@pytest.mark.parametrize(
    "address", ["/de/search/?q%00=1", "/de/my-learning/?x=%00", "/de/kurse/?field=%00"]
)
def test_control_characters_in_other_parameters_do_no_harm(strict_client, site, address):
    assert strict_client.get(address).status_code in (200, 302)


def test_ordinary_text_in_the_address_is_served(client, site):
    response = client.get("/de/search/?q=Löten+%26+Schweißen")
    assert response.status_code == 200
    assert "nach denen nicht gesucht werden kann" not in response.content.decode()


@pytest.mark.parametrize("host", ["evil.example", "a b", "[::1]", "localhost:99999", "é.example"])
@pytest.mark.parametrize(
    "address", ["/de/", "/en/search/?q=x", "/admin/", "/healthz", "/sitemap.xml", "/robots.txt"]
)
def test_a_foreign_host_gets_the_bad_request_page(strict_client, site, settings, host, address):
    settings.ALLOWED_HOSTS = ["testserver"]
    response = strict_client.get(address, HTTP_HOST=host)
    assert response.status_code == 400
    html = response.content.decode()
    assert "<h1>" in html and host not in html


def test_the_bad_request_page_is_in_the_addressed_language(strict_client, site, settings):
    settings.ALLOWED_HOSTS = ["testserver"]
    html = strict_client.get("/pl/", HTTP_HOST="evil.example").content.decode()
    assert 'lang="pl"' in html


def test_the_language_switcher_links_to_the_german_page_where_a_translation_is_missing(
    client, course
):
    english = factories.translate(course, "en", title="Lean methods in brief", slug="lean-methods")
    lesson = factories.make_lesson(course, title="Wertstrom")
    factories.translate(lesson, "en", title="Value stream", slug="value-stream")
    for page in (english, lesson.get_translation(factories.locale("en"))):
        html = client.get(page.url).content.decode()
        links = re.findall(r'<a href="([^"]+)" lang="(de|en|pl|cs|hsb)"', html)
        assert {code for _url, code in links} == {"de", "pl", "cs", "hsb"}  # en is current
        for url, code in links:
            assert client.get(url).status_code == 200, (page.url, code, url)
            if code != "de":
                assert "lean-methods" not in url  # the German page's slug, which exists
