"""The teachers' pages: book a class, "My school", the code sheet
(learners/schools/class_views.py)."""

import datetime
import re

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone

from learners.models import (
    Enrolment,
    EnrolmentStatus,
    LessonProgress,
    Pupil,
    SchoolClass,
    TeacherInvitation,
    User,
)
from learners.pupils import services as pupil_service
from learners.schools import services as schools
from tests import factories
from tests.factories import SCHOOL

pytestmark = pytest.mark.django_db

FORM = {
    "class_name": "7b",
    "grade": "7",
    "pupils": "24",
    "adults": "2",
    "notes": "Zwei Kinder im Rollstuhl",
    "consent": "on",
}


@pytest.fixture
def course(site):
    course = factories.make_course(title="Roboter bauen", ages=("children", "young-people"))
    factories.make_lesson(course, title="Motoren")
    factories.make_lesson(course, title="Sensoren")
    return course


@pytest.fixture
def session(course):
    return factories.make_session(course, capacity=30)


@pytest.fixture
def school(approved):
    return approved


@pytest.fixture
def other_teacher(db):
    teacher = factories.make_user("teacher.ole", email="ole@see.example")
    schools.register_school(teacher, **{**SCHOOL, "name": "Grundschule am See"})
    return teacher


@pytest.fixture
def learner(db):
    return factories.make_user("learner", email="learner@example.org", year_of_birth=1980)


@pytest.fixture
def booking(school, teacher, session):
    return schools.book_class(
        teacher, session.pk, "7b", 7, 24, 2, consent_confirmed=True, notes="Rollstuhl"
    )


@pytest.fixture
def pupil(booking):
    return pupil_service.add_pupil(booking.school_class, "Fox 7", password="fuchs")


def book_url(session):
    return f"/en/sessions/{session.pk}/book-class/"


def class_url(booking, action):
    return f"/en/my-school/classes/{booking.school_class.pk}/{action}/"


def page(response):
    return response.content.decode()


# Booking a class


def test_a_teacher_books_a_class_through_the_form(client, teacher, school, session):
    client.force_login(teacher)
    assert "parents or guardians" in page(client.get(book_url(session)))

    response = client.post(book_url(session), FORM, follow=True)

    enrolment = Enrolment.objects.get(school_class__isnull=False)
    school_class = enrolment.school_class
    assert (enrolment.status, enrolment.seats, enrolment.session) == ("confirmed", 26, session)
    assert (school_class.class_name, school_class.grade, school_class.notes) == (
        "7b",
        7,
        "Zwei Kinder im Rollstuhl",
    )
    assert school_class.consent_confirmed_by == teacher
    assert response.redirect_chain[-1][0] == f"/en/my-school/#class-{school_class.pk}"
    html = page(response)
    assert "Class 7b is booked" in html
    assert school_class.display_join_code in html


def test_an_unapproved_school_books_and_the_seats_are_held(client, teacher, session):
    schools.register_school(teacher, **SCHOOL)
    client.force_login(teacher)

    response = client.post(book_url(session), FORM, follow=True)

    assert Enrolment.objects.get().status == EnrolmentStatus.AWAITING_APPROVAL
    assert "are held" in page(response)


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"pupils": "-3"}, "pupils", "from 1 to 40"),
        ({"pupils": "100000"}, "pupils", "from 1 to 40"),
        ({"pupils": "zwanzig"}, "pupils", "from 1 to 40"),
        ({"adults": "99"}, "adults", "from 0 to 10"),
        ({"grade": "0"}, "grade", "grade from 1 to 13"),
        ({"class_name": ""}, "class_name", "name of the class"),
        ({"class_name": "x" * 31}, "class_name", "31"),
        ({"consent": ""}, "consent", "confirm the parents"),
    ],
)
def test_bad_input_is_shown_next_to_its_field_and_books_nothing(
    client, teacher, school, session, changes, field, message
):
    client.force_login(teacher)

    response = client.post(book_url(session), {**FORM, **changes})

    assert response.status_code == 400
    form = response.context["form"]
    assert message in " ".join(form.errors[field])
    html = page(response)
    assert 'class="error-summary"' in html and f'href="#id_{field}"' in html
    assert "Zwei Kinder im Rollstuhl" in html
    assert Enrolment.objects.count() == 0 and SchoolClass.objects.count() == 0


def test_a_class_too_big_for_the_session_is_shown_other_dates(client, teacher, school, course):
    small = factories.make_session(course, capacity=10)
    roomy = factories.make_session(course, days_ahead=14, capacity=40)
    client.force_login(teacher)

    response = client.post(book_url(small), FORM)

    assert response.status_code == 400
    html = page(response)
    assert "only 10" in html
    assert f"/en/sessions/{roomy.pk}/book-class/?class_name=7b" in html
    assert Enrolment.objects.count() == 0
    # The link carries over what was typed.
    follow = client.get(f"/en/sessions/{roomy.pk}/book-class/?class_name=7b&grade=7&pupils=24")
    assert follow.context["form"].initial == {"class_name": "7b", "grade": "7", "pupils": "24"}


def test_a_full_session_takes_the_class_on_the_waiting_list_when_asked(
    client, teacher, school, course
):
    session = factories.make_session(course, capacity=30)
    others = [factories.make_user(f"l{i}", year_of_birth=1980) for i in range(10)]
    for learner in others:
        from learners.enrolment import services as enrolment

        enrolment.enrol(learner, session.pk)
    client.force_login(teacher)

    refused = client.post(book_url(session), FORM)
    assert refused.status_code == 400 and "only 20 are free" in page(refused)

    response = client.post(book_url(session), {**FORM, "waitlist": "on"}, follow=True)
    assert Enrolment.objects.get(school_class__isnull=False).status == "waitlisted"
    assert "waiting list at position 1" in page(response)


def test_a_course_for_adults_cannot_be_booked_for_a_class(client, teacher, school):
    adults_course = factories.make_course(title="Buchhaltung", ages=("adults",))
    session = factories.make_session(adults_course)
    client.force_login(teacher)

    assert "not meant for children" in page(client.get(book_url(session)))
    response = client.post(book_url(session), FORM)

    assert response.status_code == 400
    assert Enrolment.objects.count() == 0


def test_unknown_sessions_are_404(client, teacher, school):
    client.force_login(teacher)
    assert client.get("/en/sessions/999999/book-class/").status_code == 404


def test_only_teachers_may_book_for_a_class(client, learner, session):
    assert client.get(book_url(session)).status_code == 302  # to the login

    client.force_login(learner)
    assert client.get(book_url(session)).status_code == 403
    assert client.post(book_url(session), FORM).status_code == 403
    assert Enrolment.objects.count() == 0


def test_the_course_page_links_to_class_booking_for_teachers_only(
    client, teacher, school, learner, course, session
):
    link = f'href="/de/sessions/{session.pk}/book-class/"'
    client.force_login(teacher)
    assert link in page(client.get(course.url))

    client.force_login(learner)
    assert link not in page(client.get(course.url))

    adults_course = factories.make_course(title="Buchhaltung", ages=("adults",))
    adults_session = factories.make_session(adults_course)
    client.force_login(teacher)
    assert f"/sessions/{adults_session.pk}/book-class/" not in page(client.get(adults_course.url))


# My school: who sees what


def test_my_school_shows_the_bookings_pupils_and_their_progress(
    client, teacher, booking, pupil, course
):
    lesson = course.get_children().first()
    LessonProgress.objects.create(
        learner=pupil.user,
        course_key=course.translation_key,
        lesson_key=lesson.translation_key,
        last_opened_at=timezone.now(),
        completed_at=timezone.now(),
    )
    client.force_login(teacher)

    html = page(client.get("/en/my-school/"))

    assert "Oberschule Am Park" in html and "Approved" in html
    assert "Class 7b" in html and "Roboter bauen" in html
    assert booking.school_class.display_join_code in html
    assert "Fox 7" in html
    assert "1 of 2 lessons done (50 %)" in html


def test_another_schools_teacher_sees_only_their_own_school(client, booking, pupil, other_teacher):
    client.force_login(other_teacher)

    html = page(client.get("/en/my-school/"))

    assert "Grundschule am See" in html
    assert "Fox 7" not in html and booking.school_class.display_join_code not in html
    for action in ("sheet",):
        assert client.get(class_url(booking, action)).status_code == 404
    for action in ("joining", "size", "cancel"):
        assert (
            client.post(class_url(booking, action), {"pupils": 1, "adults": 0}).status_code == 404
        )
    assert client.post(f"/en/my-school/pupils/{pupil.pk}/password/").status_code == 404
    assert client.post(f"/en/my-school/pupils/{pupil.pk}/remove/").status_code == 404
    booking.refresh_from_db()
    assert booking.status == "confirmed" and booking.school_class.joining_open
    assert Pupil.objects.filter(pk=pupil.pk).exists()


def test_learners_and_pupils_have_no_school_page(client, learner, pupil):
    client.force_login(learner)
    assert client.get("/en/my-school/").status_code == 403
    client.force_login(pupil.user)
    assert client.get("/en/my-school/").status_code == 403


def test_anonymous_visitors_are_sent_to_log_in(client, booking, pupil):
    urls = ["/en/my-school/", class_url(booking, "sheet")]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    response = client.post(f"/en/my-school/pupils/{pupil.pk}/remove/")
    assert response.status_code == 302
    assert Pupil.objects.filter(pk=pupil.pk).exists()


def test_actions_need_post(client, teacher, booking, pupil):
    client.force_login(teacher)
    assert client.get(class_url(booking, "cancel")).status_code == 405
    assert client.get(f"/en/my-school/pupils/{pupil.pk}/remove/").status_code == 405


# My school: changing a booking


def test_the_teacher_closes_and_opens_joining(client, teacher, booking):
    client.force_login(teacher)

    client.post(class_url(booking, "joining"), {"open": "0"})
    booking.school_class.refresh_from_db()
    assert not booking.school_class.joining_open

    client.post(class_url(booking, "joining"), {"open": "1"})
    booking.school_class.refresh_from_db()
    assert booking.school_class.joining_open


def test_the_teacher_resizes_the_class(client, teacher, booking):
    client.force_login(teacher)

    response = client.post(class_url(booking, "size"), {"pupils": "20", "adults": "1"})

    assert response.status_code == 302
    booking.refresh_from_db()
    assert booking.seats == 21 and booking.school_class.pupils == 20


@pytest.mark.parametrize(
    "data, message",
    [
        ({"pupils": "-1", "adults": "1"}, "from 1 to 40"),
        ({"pupils": "", "adults": "1"}, "required"),
        ({"pupils": "35", "adults": "1"}, "this session has only 30"),
    ],
)
def test_a_bad_size_keeps_what_was_typed(client, teacher, booking, data, message):
    client.force_login(teacher)

    response = client.post(class_url(booking, "size"), data)

    assert response.status_code == 400
    html = page(response)
    assert message in html
    assert f'id="id_size_{booking.school_class.pk}_pupils"' in html
    if data["pupils"]:
        assert f'value="{data["pupils"]}"' in html
    booking.refresh_from_db()
    assert booking.seats == 26


def test_the_class_cannot_shrink_below_its_joined_pupils(client, teacher, booking, pupil):
    pupil_service.add_pupil(booking.school_class, "Owl 3", password="eule1")
    client.force_login(teacher)

    response = client.post(class_url(booking, "size"), {"pupils": "1", "adults": "0"})

    assert response.status_code == 400 and "2 pupils have already joined" in page(response)


def test_the_teacher_cancels_the_booking(client, teacher, booking):
    client.force_login(teacher)

    response = client.post(class_url(booking, "cancel"), follow=True)

    booking.refresh_from_db()
    assert booking.status == "cancelled"
    assert "is cancelled" in page(response)


def test_a_booking_past_its_deadline_is_not_cancelled(client, teacher, booking):
    session = booking.session
    session.cancellation_deadline = timezone.now() - datetime.timedelta(hours=1)
    session.save()
    client.force_login(teacher)

    response = client.post(class_url(booking, "cancel"), follow=True)

    booking.refresh_from_db()
    assert booking.status == "confirmed"
    assert "can no longer be cancelled online" in page(response)


# My school: pupils


def test_a_new_password_is_shown_once_and_works(client, teacher, pupil):
    client.force_login(teacher)

    response = client.post(f"/en/my-school/pupils/{pupil.pk}/password/", follow=True)

    shown = response.context["upcoming"][0].pupils[0].new_password
    assert len(shown) >= pupil_service.PASSWORD_MIN and shown in page(response)
    pupil.user.refresh_from_db()
    assert pupil.user.check_password(shown) and not pupil.user.check_password("fuchs")
    assert shown not in page(client.get("/en/my-school/"))


def test_the_teacher_removes_a_pupil_and_their_account(client, teacher, pupil):
    user_pk = pupil.user.pk
    client.force_login(teacher)

    response = client.post(f"/en/my-school/pupils/{pupil.pk}/remove/", follow=True)

    assert response.status_code == 200
    assert not Pupil.objects.filter(pk=pupil.pk).exists()
    assert not User.objects.filter(pk=user_pk).exists()


# My school: inviting a colleague


def test_the_teacher_invites_a_colleague_by_e_mail(client, teacher, school):
    client.force_login(teacher)

    response = client.post("/en/my-school/invite/", {"email": "lea@park.example"}, follow=True)

    invitation = TeacherInvitation.objects.get()
    assert invitation.email == "lea@park.example" and invitation.school == school
    assert "sent the invitation" in page(response)
    (message,) = mail.outbox
    assert message.to == ["lea@park.example"]
    assert "Oberschule Am Park" in message.subject
    assert message.extra_headers["Content-Language"] == teacher.preferred_language
    # In the inviting teacher's language, not the page's.
    # At the site's public address, not the host the request came in on.
    prefix = f"{settings.WAGTAILADMIN_BASE_URL}/{teacher.preferred_language}/schools/invitations/"
    link = re.search(re.escape(prefix) + r"(\S+)/", message.body)
    assert schools.invitation_from_token(link.group(1)) == invitation


@pytest.mark.parametrize("email", ["", "not-an-address", "kim@park.example"])
def test_a_bad_invitation_is_refused_next_to_the_field(client, teacher, school, email):
    client.force_login(teacher)

    response = client.post("/en/my-school/invite/", {"email": email})

    assert response.status_code == 400
    assert response.context["invite_form"].errors["email"]
    assert TeacherInvitation.objects.count() == 0 and not mail.outbox


# The code sheet


def test_the_code_sheet_shows_the_code_and_a_qr_code(client, teacher, booking):
    client.force_login(teacher)

    response = client.get(class_url(booking, "sheet"))

    html = page(response)
    school_class = booking.school_class
    assert school_class.display_join_code in html
    # At the site's public address, which the pupils' phones reach.
    assert f"{settings.WAGTAILADMIN_BASE_URL}/en/join/" in html
    assert '<svg viewBox="' in html and 'class="qr-code"' in html
    assert '<button type="button" class="button" data-print>Print</button>' in html
    assert '<script src="/static/js/print-button.js" defer></script>' in html
    assert response.context["prefilled_url"] == (
        f"{settings.WAGTAILADMIN_BASE_URL}/en/join/?code={school_class.join_code}"
    )


def test_my_school_takes_the_same_queries_for_a_whole_class(
    client, teacher, booking, django_assert_max_num_queries
):
    client.force_login(teacher)
    for number in range(1, 25):
        pupil_service.add_pupil(booking.school_class, f"Fox {number}", password="fuchs")

    with django_assert_max_num_queries(30):
        response = client.get("/en/my-school/")

    assert page(response).count('class="pupil"') == 24


# My school: cancelling and removing ask first, on a page of their own


def confirm_url(booking):
    return class_url(booking, "cancel/confirm")


def pupil_confirm_url(pupil):
    return f"/en/my-school/pupils/{pupil.pk}/remove/confirm/"


def test_my_school_links_to_the_questions_and_cancels_nothing_in_one_click(
    client, teacher, booking, pupil
):
    client.force_login(teacher)

    html = page(client.get("/en/my-school/"))

    assert f'href="{confirm_url(booking)}"' in html
    assert f'href="{pupil_confirm_url(pupil)}"' in html
    assert f'action="{class_url(booking, "cancel")}"' not in html
    assert f'action="/en/my-school/pupils/{pupil.pk}/remove/"' not in html


def test_cancelling_a_class_asks_first_and_says_what_happens(client, teacher, booking):
    client.force_login(teacher)

    response = client.get(confirm_url(booking))

    assert response.status_code == 200
    html = page(response)
    assert "<h1>Cancel the booking of class 7b?</h1>" in html
    assert "Roboter bauen" in html and "24 pupils and 2 adults" in html
    assert "those first on the waiting list move up" in html
    assert "The join code stops working" in html
    assert f'<form method="post" action="{class_url(booking, "cancel")}">' in html
    assert 'name="csrfmiddlewaretoken"' in html
    back = f"/en/my-school/#class-{booking.school_class.pk}"
    assert f'href="{back}">No, keep the booking</a>' in html
    booking.refresh_from_db()
    assert booking.status == "confirmed"  # asking changed nothing

    client.post(class_url(booking, "cancel"))

    booking.refresh_from_db()
    assert booking.status == "cancelled"


def test_cancelling_a_series_says_every_meeting_goes(client, teacher, school, course):
    series = factories.make_series(course, meetings=3, capacity=30)
    booking = schools.book_class(teacher, series.pk, "8a", 8, 20, 2, consent_confirmed=True)
    client.force_login(teacher)

    html = page(client.get(confirm_url(booking)))

    assert "3 ×" in html
    assert "cancelled for all meetings of this series, not only the next one" in html


def test_a_class_on_the_waiting_list_is_told_it_loses_its_place(client, teacher, booking, session):
    waiting = schools.book_class(
        teacher, session.pk, "8a", 8, 20, 2, consent_confirmed=True, waitlist=True
    )
    assert waiting.status == "waitlisted"
    client.force_login(teacher)

    html = page(client.get(confirm_url(waiting)))

    assert "The class leaves the waiting list and loses its place (position 1)." in html
    assert "seats of the class are freed" not in html


def test_too_late_to_cancel_a_class_is_said_before_asking(client, teacher, booking):
    session = booking.session
    session.cancellation_deadline = timezone.now() - datetime.timedelta(hours=1)
    session.save()
    client.force_login(teacher)

    html = page(client.get(confirm_url(booking)))

    assert "can no longer be cancelled online" in html
    assert f'action="{class_url(booking, "cancel")}"' not in html


def test_removing_a_pupil_asks_first_and_says_it_cannot_be_undone(client, teacher, pupil):
    client.force_login(teacher)

    response = client.get(pupil_confirm_url(pupil))

    assert response.status_code == 200
    html = page(response)
    assert "<h1>Remove Fox 7 and their progress for good?</h1>" in html
    assert "This cannot be undone." in html
    assert "Fox 7 can no longer log in" in html
    assert f'<form method="post" action="/en/my-school/pupils/{pupil.pk}/remove/">' in html
    assert f'href="/en/my-school/#pupil-{pupil.pk}">No, keep Fox 7</a>' in html
    assert Pupil.objects.filter(pk=pupil.pk).exists()  # asking removed nobody

    client.post(f"/en/my-school/pupils/{pupil.pk}/remove/")

    assert not Pupil.objects.filter(pk=pupil.pk).exists()


def test_the_questions_are_refused_like_the_actions(client, booking, pupil, other_teacher, learner):
    for user in (other_teacher, learner, pupil.user):
        client.force_login(user)
        for url in (confirm_url(booking), pupil_confirm_url(pupil)):
            response = client.get(url)
            assert response.status_code == 404  # as the POSTs: 404
            assert "Fox 7" not in page(response)
    client.logout()
    for url in (confirm_url(booking), pupil_confirm_url(pupil)):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    booking.refresh_from_db()
    assert booking.status == "confirmed" and Pupil.objects.filter(pk=pupil.pk).exists()


def test_the_question_pages_only_ask(client, teacher, booking, pupil):
    client.force_login(teacher)
    assert client.post(confirm_url(booking)).status_code == 405
    assert client.post(pupil_confirm_url(pupil)).status_code == 405
    booking.refresh_from_db()
    assert booking.status == "confirmed" and Pupil.objects.filter(pk=pupil.pk).exists()
