""" "My learning" with the caches on, as in production: course titles, links and lesson
outlines come from the shared cache, and the learner's page is stored per learner
(learners.learning.my_learning_cache). Nothing may go stale after a publish, a booking, a
lesson done, a certificate or someone else leaving a waiting list, and no learner sees another's
page.

Changes count once committed, as they do on the server: each is made inside
django_capture_on_commit_callbacks(execute=True)."""

import datetime
import re

import pytest
from django.test import Client
from django.utils import timezone

from learners.certificates.services import issue_manually, revoke
from learners.enrolment.consent import request_consent
from learners.enrolment.services import cancel_enrolment, enrol, start_self_paced
from learners.learning.progress import mark_done
from learners.models import CalendarFeed, Enrolment, EnrolmentStatus, SchoolMembership
from tests import factories

pytestmark = pytest.mark.django_db

URL = "/de/my-learning/"


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def course(site):
    course = factories.make_course(title="Solarstrom verstehen", format="self_paced")
    factories.make_lesson(course, "Sonne")
    return course


def signed_in(username, **fields):
    """A client signed in as a new learner, holding the CSRF cookie a browser keeps after its
    first page (only then are the sections stored), and the learner."""
    learner = factories.make_user(username, email=f"{username}@example.org", **fields)
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    client.get("/de/")
    return client, learner


def page_of(client):
    response = client.get(URL)
    assert response.status_code == 200
    return response.content.decode()


def cached_page_of(client):
    """The page, asked for twice: the second answer comes from the learner's stored copy
    whenever the first stored one."""
    page_of(client)
    return page_of(client)


def csrf_token_in(page):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)


def test_the_page_is_stored_and_served_with_few_queries(
    course, django_assert_num_queries, committed
):
    client, lena = signed_in("lena")
    with committed():
        start_self_paced(lena, course)
    first = page_of(client)
    with django_assert_num_queries(2):  # the session and the learner
        second = page_of(client)
    assert second == first  # the same tokens too: stored
    assert "Solarstrom verstehen" in second


def test_without_a_csrf_cookie_nothing_is_stored(course, committed):
    lena = factories.make_user("lena")
    client = Client()
    client.force_login(lena)
    with committed():
        start_self_paced(lena, course)
    response = client.get(URL)
    assert "Solarstrom verstehen" in response.content.decode()
    assert response.cookies["csrftoken"].value  # the browser gets its cookie now


def test_a_published_lesson_counts_at_once(course, committed):
    client, lena = signed_in("lena")
    with committed():
        start_self_paced(lena, course)
    assert 'max="1" value="0"' in cached_page_of(client)
    with committed():
        factories.make_lesson(course, "Wind")
    assert 'max="2" value="0"' in page_of(client)


def test_a_lesson_done_counts_at_once(course, committed):
    client, lena = signed_in("lena")
    with committed():
        start_self_paced(lena, course)
    assert 'max="1" value="0"' in cached_page_of(client)
    lesson = course.get_children().get()
    with committed():
        mark_done(lena, course.translation_key, lesson.translation_key)
    assert 'max="1" value="1"' in page_of(client)


def test_a_new_course_title_shows_at_once(course, committed):
    client, lena = signed_in("lena")
    with committed():
        start_self_paced(lena, course)
    assert "Solarstrom verstehen" in cached_page_of(client)
    course.title = "Solarstrom selbst erzeugen"
    with committed():
        factories.publish(course)
    page = page_of(client)
    assert "Solarstrom selbst erzeugen" in page
    assert "Solarstrom verstehen" not in page


def test_a_booking_shows_at_once_and_only_to_the_learner(site, committed):
    course = factories.make_course(title="Brot backen")
    session = factories.make_session(course, capacity=1)
    (lena_client, lena), (jan_client, jan) = signed_in("lena"), signed_in("jan")
    assert "Brot backen" not in cached_page_of(lena_client)
    assert "Brot backen" not in cached_page_of(jan_client)
    with committed():
        enrol(lena, session.pk)
    assert "Brot backen" in cached_page_of(lena_client)
    assert "Brot backen" not in page_of(jan_client)
    with committed():
        enrol(jan, session.pk)
    page = page_of(jan_client)
    assert "Brot backen" in page and "booking-waitlisted" in page


def test_the_waiting_position_moves_up_when_someone_ahead_leaves(site, committed):
    course = factories.make_course(title="Brot backen")
    session = factories.make_session(course, capacity=1)
    learners = [factories.make_user(name) for name in ("anna", "ben")]
    client, lena = signed_in("lena")
    with committed():
        for learner in [*learners, lena]:
            enrol(learner, session.pk)
    assert "Auf der Warteliste, Position 2" in cached_page_of(client)
    ben_waiting = learners[1].enrolments.get()
    with committed():
        cancel_enrolment(ben_waiting, actor=learners[1])
    assert "Auf der Warteliste, Position 1" in page_of(client)


def test_a_moved_session_shows_its_new_date(site, committed):
    course = factories.make_course(title="Brot backen")
    session = factories.make_session(course, days_ahead=10)
    client, lena = signed_in("lena")
    with committed():
        enrol(lena, session.pk)
    # The page writes dates in Berlin time: between 23:00 and 24:00 UTC that is the next day.
    assert local_day(session.start) in cached_page_of(client)
    session.start += datetime.timedelta(days=3)
    session.end += datetime.timedelta(days=3)
    with committed():
        session.save()
    assert local_day(session.start) in page_of(client)


def local_day(moment):
    return timezone.localtime(moment).date().isoformat()


def test_a_session_that_has_ended_moves_to_the_past(site, settings, committed, monkeypatch):
    settings.PAGE_CACHE_SECONDS = 3600
    course = factories.make_course(title="Brot backen")
    session = factories.make_session(course, days_ahead=-1 / 24, hours=1.25)  # ends in 15 min
    client, lena = signed_in("lena")
    with committed():
        Enrolment.objects.create(
            learner=lena, course_key=course.translation_key, session=session, status="confirmed"
        )
    assert "Vergangene Termine" not in cached_page_of(client)
    later = session.end + datetime.timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert "Vergangene Termine" in page_of(client)


def test_certificates_show_when_issued_and_when_revoked(course, manager, committed):
    client, lena = signed_in("lena")
    assert "Solarstrom verstehen" not in cached_page_of(client)
    with committed():
        certificate = issue_manually(lena, course, actor=manager)
    page = page_of(client)
    assert "Solarstrom verstehen" in page and certificate.code in page
    assert "widerrufen" not in cached_page_of(client)
    with committed():
        revoke(certificate, "Versehen", actor=manager)
    assert "widerrufen" in page_of(client)


def test_a_new_calendar_address_shows_at_once(site, committed):
    client, lena = signed_in("lena")
    assert 'id="calendar-url"' not in cached_page_of(client)
    with committed():
        feed = CalendarFeed.objects.create(learner=lena)
    assert feed.token in page_of(client)
    with committed():
        feed.renew()
    assert feed.token in page_of(client)


def test_asking_a_guardian_shows_at_once(site, committed):
    course = factories.make_course(title="Roboter bauen")
    session = factories.make_session(course)
    client, mia = signed_in("mia", year_of_birth=timezone.now().year - 12)
    with committed():
        enrolment = enrol(mia, session.pk)
    assert enrolment.status == EnrolmentStatus.AWAITING_CONSENT
    assert "mama@example.org" not in cached_page_of(client)
    with committed():
        request_consent(enrolment, "mama@example.org")
    assert "mama@example.org" in page_of(client)


def test_each_language_has_its_own_copy(course, committed):
    client, lena = signed_in("lena")
    with committed():
        start_self_paced(lena, course)
    assert "Nächste Termine" in cached_page_of(client)
    polish = client.get("/pl/my-learning/").content.decode()
    assert "Nächste Termine" not in polish


def test_the_forms_of_a_stored_copy_carry_a_valid_csrf_token(site, committed):
    course = factories.make_course(title="Brot backen")
    session = factories.make_session(course)
    client, lena = signed_in("lena")
    with committed():
        enrolment = enrol(lena, session.pk)
    page = cached_page_of(client)
    with committed():
        response = client.post(
            f"/de/enrolments/{enrolment.pk}/cancel/", {"csrfmiddlewaretoken": csrf_token_in(page)}
        )
    assert response.status_code == 302
    page = page_of(client)
    assert "Brot backen" not in page
    assert "Ihre Buchung wurde storniert." in page  # a message: rendered, not stored


def test_a_message_is_shown_although_nothing_changed_and_only_once(site, committed):
    course = factories.make_course(title="Brot backen")
    started = factories.make_session(course, days_ahead=-1 / 24)
    client, lena = signed_in("lena")
    page = cached_page_of(client)
    response = client.post(
        f"/de/sessions/{started.pk}/enrol/",
        {"csrfmiddlewaretoken": csrf_token_in(page), "next": URL},
    )
    assert response.status_code == 302
    closed = "Die Buchung für diesen Termin ist geschlossen."
    assert closed in page_of(client)  # nothing of hers changed, yet not the stored copy
    assert closed not in page_of(client)


def test_the_menu_follows_a_new_school_role(site, committed, approved):
    client, kim = signed_in("kim")
    assert "Meine Schule" not in cached_page_of(client)
    with committed():
        SchoolMembership.objects.create(school=approved, teacher=kim)
    assert "Meine Schule" in page_of(client)


def test_a_new_csrf_secret_gets_a_copy_with_matching_tokens(site, committed):
    course = factories.make_course(title="Brot backen")
    session = factories.make_session(course)
    client, lena = signed_in("lena")
    with committed():
        enrolment = enrol(lena, session.pk)
    cached_page_of(client)
    client.cookies["csrftoken"] = "b" * 32  # another secret, as after logging in again
    page = page_of(client)
    response = client.post(
        f"/de/enrolments/{enrolment.pk}/cancel/", {"csrfmiddlewaretoken": csrf_token_in(page)}
    )
    assert response.status_code == 302
