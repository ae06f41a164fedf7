"""Booking through the web: course page buttons, enrol, cancel, My learning."""

import pytest
from django.utils import timezone

from learners.enrolment import services as service
from learners.models import Enrolment, EnrolmentStatus
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(site):
    course = factories.make_course(title="Fahrradwerkstatt", ages=("adults",))
    factories.make_session(course, capacity=1, venue=factories.make_venue("Löbau"))
    return course


@pytest.fixture
def session(course):
    return course.sessions.get()


@pytest.fixture
def anna(db):
    return factories.make_user("anna", email="anna@example.org", year_of_birth=1970)


@pytest.fixture
def ben(db):
    return factories.make_user("ben", email="ben@example.org", year_of_birth=1985)


def enrol_url(session):
    return f"/de/sessions/{session.pk}/enrol/"


def test_anonymous_visitors_are_asked_to_log_in(client, course, session):
    html = client.get(course.url).content.decode()
    assert "/de/accounts/login/?next=" in html
    response = client.post(enrol_url(session), {"next": course.url})
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert not Enrolment.objects.exists()


def test_book_from_the_course_page_and_see_it_in_my_learning(client, course, session, anna):
    client.force_login(anna)
    assert "Platz buchen" in client.get(course.url).content.decode()
    response = client.post(enrol_url(session), {"next": course.url}, follow=True)
    assert response.redirect_chain[-1][0] == course.url
    html = response.content.decode()
    assert "Sie sind für diesen Termin angemeldet." in html
    enrolment = Enrolment.objects.get()
    assert (enrolment.learner, enrolment.status) == (anna, EnrolmentStatus.CONFIRMED)
    my = client.get("/de/my-learning/").content.decode()
    assert "Fahrradwerkstatt" in my and f"/de/sessions/{session.pk}/calendar.ics" in my


def test_double_post_gives_one_enrolment(client, session, anna):
    client.force_login(anna)
    client.post(enrol_url(session))
    client.post(enrol_url(session))
    assert Enrolment.objects.count() == 1


def test_full_session_offers_the_waiting_list(client, course, session, anna, ben):
    service.enrol(anna, session.pk)
    client.force_login(ben)
    assert "Auf die Warteliste" in client.get(course.url).content.decode()
    client.post(enrol_url(session))
    assert Enrolment.objects.get(learner=ben).status == EnrolmentStatus.WAITLISTED
    assert "Position 1" in client.get(course.url).content.decode()


def test_cancel_from_my_learning_promotes_the_next(client, session, anna, ben):
    booking = service.enrol(anna, session.pk)
    service.enrol(ben, session.pk)
    client.force_login(anna)
    response = client.post(f"/de/enrolments/{booking.pk}/cancel/", follow=True)
    assert response.status_code == 200
    assert Enrolment.objects.get(learner=ben).status == EnrolmentStatus.CONFIRMED


def test_nobody_can_cancel_someone_elses_booking(client, session, anna, ben):
    booking = service.enrol(anna, session.pk)
    client.force_login(ben)
    assert client.post(f"/de/enrolments/{booking.pk}/cancel/").status_code == 404
    assert client.get(f"/de/enrolments/{booking.pk}/cancel/").status_code == 405
    booking.refresh_from_db()
    assert booking.status == EnrolmentStatus.CONFIRMED


@pytest.mark.parametrize("session_id", ["999999"])
def test_forged_session_gives_a_message_not_an_error(client, anna, site, session_id):
    client.force_login(anna)
    response = client.post(f"/de/sessions/{session_id}/enrol/", follow=True)
    assert response.status_code == 200
    assert "Diesen Termin gibt es nicht." in response.content.decode()


def test_booking_a_past_session_is_refused_with_a_message(client, course, anna):
    past = factories.make_session(course, days_ahead=-1)
    client.force_login(anna)
    response = client.post(f"/de/sessions/{past.pk}/enrol/", {"next": course.url}, follow=True)
    assert "geschlossen" in response.content.decode()
    assert not Enrolment.objects.exists()


def test_next_cannot_redirect_to_another_site(client, course, session, anna):
    client.force_login(anna)
    response = client.post(enrol_url(session), {"next": "https://evil.example/"})
    assert response["Location"] == course.url  # the course's page, not the other site


def test_self_paced_course_is_started_from_its_page(client, site, anna):
    course = factories.make_course(title="Online-Kurs", format="self_paced")
    lesson = factories.make_lesson(course, title="Erste Lektion")
    client.force_login(anna)
    client.post(f"/de/courses/{course.pk}/start/", {"next": course.url})
    assert Enrolment.objects.get().session is None
    html = client.get(course.url).content.decode()
    assert lesson.url in html
    assert "Online-Kurs" in client.get("/de/my-learning/").content.decode()


def test_my_learning_needs_login(client, db):
    response = client.get("/de/my-learning/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_my_learning_shows_only_my_own_enrolments(client, session, anna, ben):
    service.enrol(anna, session.pk)
    client.force_login(ben)
    assert "Fahrradwerkstatt" not in client.get("/de/my-learning/").content.decode()


def test_course_page_seats_reflect_bookings(client, course, session, anna):
    assert "1 Platz frei" in client.get(course.url).content.decode()
    service.enrol(anna, session.pk)
    assert "0 Plätze frei" in client.get(course.url).content.decode()
    assert timezone.now() < session.start


def test_a_booking_follows_the_learner_into_every_language(client, course, session, anna):
    polish = factories.translate(course, "pl", title="Warsztat rowerowy", slug="rowery")
    service.enrol(anna, session.pk)
    client.force_login(anna)
    html = client.get(polish.url).content.decode()
    assert f"/pl/enrolments/{Enrolment.objects.get().pk}/cancel/" in html
    assert "Warsztat rowerowy" in client.get("/pl/my-learning/").content.decode()
