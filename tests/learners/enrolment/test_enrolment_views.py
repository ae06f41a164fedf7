"""Booking through the web: course page buttons, enrol, cancel, My learning."""

import datetime

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


# Cancelling asks first: a confirmation page (GET) says what happens; its form posts.


def confirm_url(enrolment, language="en"):
    return f"/{language}/enrolments/{enrolment.pk}/cancel/confirm/"


def cancel_form(enrolment, language="en"):
    return f'<form method="post" action="/{language}/enrolments/{enrolment.pk}/cancel/">'


def test_cancel_asks_first_and_says_the_seat_goes_to_the_waiting_list(
    client, course, session, anna, ben
):
    booking = service.enrol(anna, session.pk)
    waiting = service.enrol(ben, session.pk)
    client.force_login(anna)

    response = client.get(confirm_url(booking), {"next": f"/en/my-learning/#x{session.pk}"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Cancel your booking?</h1>" in html
    assert "Fahrradwerkstatt" in html and "Löbau" in html
    assert "the first person on the waiting list gets it" in html
    assert "all meetings of this series" not in html  # one meeting only
    assert cancel_form(booking) in html and 'name="csrfmiddlewaretoken"' in html
    assert f'name="next" value="/en/my-learning/#x{session.pk}"' in html
    assert f'href="/en/my-learning/#x{session.pk}">No, keep my booking</a>' in html
    # Asking changed nothing.
    booking.refresh_from_db()
    waiting.refresh_from_db()
    assert (booking.status, waiting.status) == ("confirmed", "waitlisted")

    response = client.post(f"/en/enrolments/{booking.pk}/cancel/", {"next": "/en/my-learning/"})

    assert (response.status_code, response["Location"]) == (302, "/en/my-learning/")
    booking.refresh_from_db()
    waiting.refresh_from_db()
    assert (booking.status, waiting.status) == ("cancelled", "confirmed")


def test_leaving_the_waiting_list_asks_first_and_says_the_place_is_lost(client, session, anna, ben):
    service.enrol(anna, session.pk)
    waiting = service.enrol(ben, session.pk)
    client.force_login(ben)

    html = client.get(confirm_url(waiting)).content.decode()

    assert "<h1>Leave the waiting list?</h1>" in html
    assert "You leave the waiting list and lose your place (position 1)." in html
    assert "your seat" not in html.lower()
    assert "Yes, leave the waiting list" in html
    assert 'href="/en/my-learning/">No, stay on the waiting list</a>' in html  # no next
    assert 'name="next"' not in html
    assert Enrolment.objects.get(pk=waiting.pk).status == EnrolmentStatus.WAITLISTED

    client.post(f"/en/enrolments/{waiting.pk}/cancel/")
    assert Enrolment.objects.get(pk=waiting.pk).status == EnrolmentStatus.CANCELLED


def test_cancelling_a_series_says_every_meeting_is_cancelled(client, course, anna):
    series = factories.make_series(course, meetings=4)
    booking = service.enrol(anna, series.pk)
    client.force_login(anna)

    html = client.get(confirm_url(booking)).content.decode()

    assert "4 ×" in html  # the series' rhythm
    assert "cancelled for all meetings of this series, not only the next one" in html
    assert Enrolment.objects.get(pk=booking.pk).status == EnrolmentStatus.CONFIRMED


def test_stopping_a_self_paced_course_says_the_progress_is_kept(client, site, anna):
    course = factories.make_course(title="Online-Kurs", format="self_paced")
    enrolment = service.start_self_paced(anna, course)
    client.force_login(anna)

    html = client.get(confirm_url(enrolment)).content.decode()

    assert "Online-Kurs" in html and "Your progress so far is kept" in html
    assert "waiting list" not in html
    assert cancel_form(enrolment) in html


def test_nobody_sees_the_question_for_someone_elses_booking(client, session, anna, ben):
    booking = service.enrol(anna, session.pk)
    client.force_login(ben)
    # Refused like the POST: a 404, as for a booking that does not exist.
    assert client.get(confirm_url(booking)).status_code == 404
    assert client.post(f"/en/enrolments/{booking.pk}/cancel/").status_code == 404
    assert client.get("/en/enrolments/999999/cancel/confirm/").status_code == 404
    client.logout()
    response = client.get(confirm_url(booking))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert Enrolment.objects.get(pk=booking.pk).status == EnrolmentStatus.CONFIRMED


def test_the_confirmation_address_only_asks(client, session, anna):
    booking = service.enrol(anna, session.pk)
    client.force_login(anna)
    assert client.post(confirm_url(booking)).status_code == 405
    assert client.head(confirm_url(booking)).status_code == 200
    assert Enrolment.objects.get(pk=booking.pk).status == EnrolmentStatus.CONFIRMED


def test_too_late_to_cancel_is_said_before_asking(client, session, anna):
    booking = service.enrol(anna, session.pk)
    session.cancellation_deadline = timezone.now() - datetime.timedelta(hours=1)
    session.save()
    client.force_login(anna)

    html = client.get(confirm_url(booking)).content.decode()

    assert "can no longer be cancelled online" in html
    assert cancel_form(booking) not in html


def test_a_cancelled_booking_is_not_asked_about_again(client, session, anna):
    booking = service.enrol(anna, session.pk)
    service.cancel_enrolment(booking, actor=anna)
    client.force_login(anna)

    html = client.get(confirm_url(booking)).content.decode()

    assert "This booking has already been cancelled." in html
    assert cancel_form(booking) not in html


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "javascript:x"])
def test_the_way_back_never_leaves_the_site(client, session, anna, target):
    booking = service.enrol(anna, session.pk)
    client.force_login(anna)

    html = client.get(confirm_url(booking), {"next": target}).content.decode()

    assert 'name="next"' not in html  # the POST goes on to My learning
    assert 'href="/en/my-learning/">No, keep my booking</a>' in html
    assert f'href="{target}' not in html


def test_my_learning_and_the_course_page_link_to_the_question(client, course, session, anna):
    booking = service.enrol(anna, session.pk)
    client.force_login(anna)
    for url, back in [
        ("/de/my-learning/", "/de/my-learning/"),
        (course.url, f"{course.url}%23session-{session.pk}"),
    ]:
        html = client.get(url).content.decode()
        assert f'href="{confirm_url(booking, "de")}?next={back}"' in html
        assert cancel_form(booking, "de") not in html  # nothing cancels in one click
