"""A course page rendered once and its personal parts filled per request: every visitor gets
the same stored skeleton, and nobody ever sees another's booking, name, CSRF token or
message, nor an old state after a booking."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client
from wagtail.models import PageViewRestriction

from learners.enrolment.services import enrol
from learners.models import EnrolmentStatus
from tests import factories
from wirkstatt.caching.personal_parts import skeleton_key

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

FROM_SKELETON = "personal-parts"


@pytest.fixture
def session(course):
    return factories.make_session(course, capacity=2)


def signed_in(username, **fields):
    learner = factories.make_user(username, email=f"{username}@example.org", **fields)
    client = Client()
    client.force_login(learner)
    return learner, client


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response, response.content.decode()


def csrf_in_page(html):
    return set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', html))


def test_the_second_request_of_a_signed_in_learner_comes_from_the_skeleton(course, session):
    _, client = signed_in("lena", display_name="Lena R.")
    first, first_html = page(client, course.url)
    second, second_html = page(client, course.url)
    assert first.get("X-Page-Cache") != FROM_SKELETON
    assert second["X-Page-Cache"] == FROM_SKELETON
    # The same page but for the CSRF token's mask, which Django changes per response.
    mask = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
    assert mask.sub("", first_html) == mask.sub("", second_html)
    assert "Abmelden" in second_html and "Platz buchen" in second_html
    assert "private" in second["Cache-Control"] and "no-store" in second["Cache-Control"]


def test_the_stored_skeleton_holds_nothing_of_the_learner_who_caused_it(rf, course, session):
    lena, client = signed_in("lena", display_name="Lena Rätsel")
    booking = enrol(lena, session.pk)
    html = page(client, course.url)[1]
    assert "Abmelden" in html and f"/enrolments/{booking.pk}/" in html
    skeleton = cache.get(skeleton_key(rf.get(course.url)))
    stored = "".join(skeleton["chunks"])
    assert "Fahrrad reparieren" in stored
    for personal in ("Abmelden", "Lena", "csrfmiddlewaretoken", f"/enrolments/{booking.pk}/"):
        assert personal not in stored
    assert [name for name, _values in skeleton["parts"]] == [
        "includes/account_menu.html",
        "includes/personal_nav_links.html",
        "includes/messages.html",
        "courses/includes/session_booking.html",
    ]


def test_two_learners_share_the_skeleton_but_not_their_bookings(course, session):
    lena, lena_client = signed_in("lena")
    _, tom_client = signed_in("tom")
    booking = enrol(lena, session.pk)
    page(tom_client, course.url)  # stores the skeleton
    lena_response, lena_html = page(lena_client, course.url)
    tom_response, tom_html = page(tom_client, course.url)
    assert lena_response["X-Page-Cache"] == tom_response["X-Page-Cache"] == FROM_SKELETON
    assert "Sie sind für diesen Termin angemeldet." in lena_html
    assert f"/enrolments/{booking.pk}/" in lena_html
    assert "Sie sind für diesen Termin angemeldet." not in tom_html
    assert f"/enrolments/{booking.pk}/" not in tom_html
    assert "Platz buchen" in tom_html
    assert csrf_in_page(lena_html).isdisjoint(csrf_in_page(tom_html))
    assert lena_client.cookies["csrftoken"].value != tom_client.cookies["csrftoken"].value


def test_visitors_and_learners_never_get_each_others_menu(client, course, session):
    _, learner_client = signed_in("lena", display_name="Lena R.")
    page(learner_client, course.url)
    visitor_response, visitor_html = page(client, course.url)
    assert "Abmelden" not in visitor_html and "Mein Lernen" not in visitor_html
    assert "csrfmiddlewaretoken" not in visitor_html
    assert "Zum Buchen anmelden" in visitor_html
    learner_response, learner_html = page(learner_client, course.url)
    assert learner_response["X-Page-Cache"] == FROM_SKELETON
    assert "Zum Buchen anmelden" not in learner_html and "Abmelden" in learner_html


def test_a_booking_shows_at_once_with_its_message_once(
    course, session, django_capture_on_commit_callbacks
):
    _, client = signed_in("lena")
    page(client, course.url)
    assert "2 Plätze frei" in page(client, course.url)[1]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/de/sessions/{session.pk}/enrol/", {"next": course.url})
    booked = client.get(response["Location"]).content.decode()
    assert "Ihr Platz ist gebucht. Eine Bestätigung" in booked
    assert "Sie sind für diesen Termin angemeldet." in booked
    assert "1 Platz frei" in booked
    again_response, again = page(client, course.url)
    assert again_response["X-Page-Cache"] == FROM_SKELETON
    assert "Sie sind für diesen Termin angemeldet." in again
    assert "Ihr Platz ist gebucht. Eine Bestätigung" not in again  # a message is shown once


def test_another_learners_booking_changes_the_seats_not_my_buttons(
    course, session, django_capture_on_commit_callbacks
):
    _, client = signed_in("lena")
    page(client, course.url)
    page(client, course.url)
    with django_capture_on_commit_callbacks(execute=True):
        enrol(factories.make_user("tom", email="tom@example.org"), session.pk)
        enrol(factories.make_user("ute", email="ute@example.org"), session.pk)
    response, html = page(client, course.url)
    assert response.get("X-Page-Cache") != FROM_SKELETON  # the seats moved: rendered anew
    assert "0 Plätze frei" in html
    assert "Auf die Warteliste" in html
    assert "Sie sind für diesen Termin angemeldet." not in html


def test_my_waiting_list_position_is_mine(course, session, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for name in ("tom", "ute", "max"):
            enrol(factories.make_user(name, email=f"{name}@example.org"), session.pk)
    lena, client = signed_in("lena")
    with django_capture_on_commit_callbacks(execute=True):
        assert enrol(lena, session.pk).status == EnrolmentStatus.WAITLISTED
    page(client, course.url)
    response, html = page(client, course.url)
    assert response["X-Page-Cache"] == FROM_SKELETON
    assert "Sie stehen auf der Warteliste, Position 2." in html


def test_progress_through_the_lessons_is_the_learners_own(course):
    first = factories.make_lesson(course, "Werkzeug")
    factories.make_lesson(course, "Schlauch flicken")
    course.format = "self_paced"
    factories.publish(course)
    lena, lena_client = signed_in("lena")
    _, tom_client = signed_in("tom")
    lena_client.post(f"/de/courses/{course.pk}/start/", {"next": course.url})
    lena_client.post(first.url, {"action": "done"})
    page(tom_client, course.url)
    _, lena_html = page(lena_client, course.url)
    tom_response, tom_html = page(tom_client, course.url)
    assert tom_response["X-Page-Cache"] == FROM_SKELETON
    assert "Weiter: Schlauch flicken" in lena_html and 'class="lesson-done"' in lena_html
    assert "Weiter:" not in tom_html and 'class="lesson-done"' not in tom_html
    assert "Kurs beginnen" in tom_html


def test_a_teacher_gets_the_teachers_menu_from_the_skeleton(course, session):
    teacher = factories.make_teacher()
    factories.make_school(teacher)
    teacher_client = Client()
    teacher_client.force_login(teacher)
    page(teacher_client, course.url)
    response, html = page(teacher_client, course.url)
    assert response["X-Page-Cache"] == FROM_SKELETON
    assert "Meine Schule" in html


def test_a_page_with_a_view_restriction_is_never_stored(course, session):
    group = Group.objects.create(name="Werkstattkreis")
    PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.GROUPS
    ).groups.add(group)
    member, member_client = signed_in("lena")
    member.groups.add(group)
    _, other_client = signed_in("tom")
    page(member_client, course.url)
    page(member_client, course.url)
    refused = other_client.get(course.url)
    assert refused.status_code != 200 or "Fahrrad reparieren" not in refused.content.decode()
    assert refused.get("X-Page-Cache") != FROM_SKELETON
