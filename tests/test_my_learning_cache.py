""" "My learning" with the shared cache on: course titles, links and lesson outlines come
from the cache, everything personal from the database, so nothing goes stale after a
publish, a booking or a lesson done, and no learner sees another's page."""

import pytest
from django.test import Client

from learners.enrolment import enrol, start_self_paced
from learners.progress import mark_done
from tests import factories

pytestmark = pytest.mark.django_db

URL = "/de/my-learning/"


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60


@pytest.fixture
def course(site):
    course = factories.make_course(title="Solarstrom verstehen", format="self_paced")
    factories.make_lesson(course, "Sonne")
    return course


def signed_in(username):
    """A client signed in as a new learner, and the learner."""
    learner = factories.make_user(username, email=f"{username}@example.org")
    client = Client()
    client.force_login(learner)
    return client, learner


def page_of(client):
    return client.get(URL).content.decode()


def test_a_published_lesson_counts_at_once(course, django_capture_on_commit_callbacks):
    client, lena = signed_in("lena")
    start_self_paced(lena, course)
    assert 'max="1" value="0"' in page_of(client)
    assert 'max="1" value="0"' in page_of(client)  # now from the cache
    with django_capture_on_commit_callbacks(execute=True):
        factories.make_lesson(course, "Wind")
    assert 'max="2" value="0"' in page_of(client)


def test_a_lesson_done_counts_at_once(course):
    client, lena = signed_in("lena")
    start_self_paced(lena, course)
    assert 'max="1" value="0"' in page_of(client)
    lesson = course.get_children().get()
    mark_done(lena, course.translation_key, lesson.translation_key)
    assert 'max="1" value="1"' in page_of(client)


def test_a_new_course_title_shows_at_once(course, django_capture_on_commit_callbacks):
    client, lena = signed_in("lena")
    start_self_paced(lena, course)
    assert "Solarstrom verstehen" in page_of(client)
    course.title = "Solarstrom selbst erzeugen"
    with django_capture_on_commit_callbacks(execute=True):
        factories.publish(course)
    page = page_of(client)
    assert "Solarstrom selbst erzeugen" in page
    assert "Solarstrom verstehen" not in page


def test_a_booking_shows_at_once_and_only_to_the_learner(site):
    course = factories.make_course(title="Brot backen")
    session = factories.make_session(course, capacity=1)
    (lena, lena_client), (jan, jan_client) = signed_in("lena")[::-1], signed_in("jan")[::-1]
    assert "Brot backen" not in page_of(lena_client)
    assert "Brot backen" not in page_of(jan_client)
    enrol(lena, session.pk)
    assert "Brot backen" in page_of(lena_client)
    assert "Brot backen" not in page_of(jan_client)
    enrol(jan, session.pk)
    page = page_of(jan_client)
    assert "Brot backen" in page and "booking-waitlisted" in page
