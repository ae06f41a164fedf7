"""Whole pages from the cache for visitors who are not signed in: never stale after a
booking or a publish, never personal, never with someone's CSRF token."""

import pytest
from django.test import Client

from learners.enrolment.services import enrol
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


def hit(response):
    return response.get("X-Page-Cache") == "hit"


def test_a_public_page_is_served_from_the_cache_without_queries(
    client, course, django_assert_num_queries
):
    first = client.get(course.url)
    assert first.status_code == 200 and not hit(first)
    with django_assert_num_queries(0):
        second = client.get(course.url)
    assert hit(second)
    assert second.content == first.content


def test_a_booking_shows_at_once(client, course, django_capture_on_commit_callbacks):
    session = factories.make_session(course, capacity=3)
    assert "3 Plätze frei" in client.get(course.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        enrol(factories.make_user("lena", email="lena@example.org"), session.pk)
    response = client.get(course.url)
    assert not hit(response)
    assert "2 Plätze frei" in response.content.decode()


def test_a_publish_shows_at_once(client, course, django_capture_on_commit_callbacks):
    client.get(course.url)
    course.title = "Fahrräder reparieren lernen"
    with django_capture_on_commit_callbacks(execute=True):
        factories.publish(course)
    response = client.get(course.url)
    assert not hit(response)
    assert "Fahrräder reparieren lernen" in response.content.decode()


def test_signed_in_learners_never_get_or_leave_cached_pages(course):
    session = factories.make_session(course, capacity=3)
    learner = factories.make_user("lena", email="lena@example.org", display_name="Lena R.")
    enrol(learner, session.pk)
    anonymous, signed_in = Client(), Client()
    signed_in.force_login(learner)
    anonymous.get(course.url)  # now cached for visitors
    mine = signed_in.get(course.url)
    assert not hit(mine)
    assert mine.context["sessions"][0].my_enrolment is not None
    signed_in.get(course.url)
    theirs = anonymous.get(course.url)
    assert hit(theirs)
    assert "Abmelden" not in theirs.content.decode()
    assert str(learner) not in theirs.content.decode()


def test_pages_with_a_csrf_token_or_errors_are_not_stored(client, course):
    client.get("/de/accounts/login/")
    fresh = Client()
    assert not hit(fresh.get("/de/accounts/login/"))
    fresh.get("/de/kurse/kein-solcher-kurs/")
    assert not hit(fresh.get("/de/kurse/kein-solcher-kurs/"))


def test_the_cache_is_off_without_the_setting(client, course, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(course.url)
    assert not hit(client.get(course.url))


def test_a_booking_retires_only_its_own_course_page(
    client, course, django_capture_on_commit_callbacks
):
    other = factories.make_course(title="Brot backen")
    session = factories.make_session(course, capacity=3)
    for page in (course, other, factories.german_home()):
        client.get(page.url)
    with django_capture_on_commit_callbacks(execute=True):
        enrol(factories.make_user("lena", email="lena@example.org"), session.pk)
    assert not hit(client.get(course.url))
    assert hit(client.get(other.url))
    assert hit(client.get(factories.german_home().url))


def test_a_page_rendered_before_the_booking_commits_is_not_kept(
    client, course, django_capture_on_commit_callbacks
):
    """The seat counter moves when the booking commits: a copy stored before is retired."""
    session = factories.make_session(course, capacity=3)
    with django_capture_on_commit_callbacks(execute=True):
        with django_capture_on_commit_callbacks(execute=False) as pending:
            enrol(factories.make_user("lena", email="lena@example.org"), session.pk)
            client.get(course.url)  # stored while the booking is not yet committed
        for callback in pending:
            callback()
    response = client.get(course.url)
    assert not hit(response)
    assert "2 Plätze frei" in response.content.decode()


def test_language_links_come_from_the_shared_cache_and_follow_a_new_translation(
    course, django_capture_on_commit_callbacks
):
    factories.translate_site(codes=("pl",))
    client = Client()
    client.force_login(factories.make_user("lena"))  # rendered for her, links from the cache
    german = client.get(course.url).content.decode()
    polish_partner = course.provider.get_translation(factories.locale("pl")).url
    fallback_url = f"{polish_partner}{course.slug}/"
    assert f'<a href="{fallback_url}" lang="pl"' in german
    assert '<span aria-current="true" lang="de">' in german
    polish = client.get(fallback_url).content.decode()
    assert '<span aria-current="true" lang="pl">' in polish  # the same links, another current
    with django_capture_on_commit_callbacks(execute=True):
        factories.translate(course, "pl", title="Naprawa rowerów", slug="naprawa-rowerow")
    german = client.get(course.url).content.decode()
    assert f'<a href="{polish_partner}naprawa-rowerow/" lang="pl"' in german


def test_shared_parts_of_the_course_page_follow_publishing_and_never_mix_with_a_preview(
    course, django_capture_on_commit_callbacks
):
    """The head fragment, the JSON-LD facts and the language links are kept for everyone;
    a draft's preview must neither store its text there nor show the published text."""
    client = Client(HTTP_HOST="localhost")  # the site's host, which previews are made for
    client.force_login(factories.make_user("lena"))  # her page is rendered, its parts cached
    course.title = "Fahrrad flicken"
    course.save_revision()
    assert "<h1>Fahrrad flicken</h1>" in course.make_preview_request().content.decode()
    live = client.get(course.url).content.decode()
    assert "<h1>Fahrrad reparieren</h1>" in live
    assert "Fahrrad flicken" not in live  # nor in its JSON-LD
    preview = course.make_preview_request().content.decode()
    assert "<h1>Fahrrad flicken</h1>" in preview
    assert '"name": "Fahrrad flicken"' in preview  # its JSON-LD too
    with django_capture_on_commit_callbacks(execute=True):
        course.get_latest_revision().publish()
    assert "<h1>Fahrrad flicken</h1>" in client.get(course.url).content.decode()
