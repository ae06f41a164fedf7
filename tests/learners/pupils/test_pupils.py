"""Pupils join a class with its code, log in again, and are deleted after the course
(learners/pupils/views.py, learners/pupils/accounts.py, learners/pupils/backends.py,
learners/pupils/retention.py)."""

import datetime
import functools
import logging
import uuid

import pytest
from allauth.account.auth_backends import AuthenticationBackend as AllauthBackend
from allauth.account.models import EmailAddress
from django.contrib.auth import authenticate
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry

from learners.models import (
    Certificate,
    Enrolment,
    EnrolmentStatus,
    LessonProgress,
    Notification,
    Pupil,
    QuizAttempt,
    SchoolClass,
    User,
)
from learners.pupils import retention as pupil_retention
from learners.pupils.accounts import course_url, join_class
from learners.pupils.backends import PupilBackend
from learners.pupils.services import add_pupil
from learners.schools import services as schools
from learners.schools.my_school import NEW_PASSWORD_KEY
from tests import factories

pytestmark = pytest.mark.django_db

JOIN_URL = "/en/join/"
LOGIN_URL = "/en/join/login/"


@pytest.fixture
def course(site):
    return factories.make_course(title="Roboter bauen", ages=("children", "young-people"))


@pytest.fixture
def session(course):
    return factories.make_session(course, capacity=30)


@pytest.fixture
def teacher(db):
    return factories.make_teacher(preferred_language="en")


@pytest.fixture
def school_class(teacher, session, approved):
    booking = schools.book_class(
        teacher, session.pk, "7b", 7, pupils=24, adults=2, consent_confirmed=True
    )
    return booking.school_class


@pytest.fixture
def code(school_class):
    return school_class.display_join_code


def logged_in_user(client):
    user_id = client.session.get("_auth_user_id")
    return User.objects.get(pk=user_id) if user_id else None


def account_data(code, pseudonym="Fox 7", **secret):
    data = {"step": "account", "code": code, "pseudonym": pseudonym}
    data.update(secret or {"method": "password", "password": "rakete42"})
    return data


def pictures(*keys):
    data = {"method": "pictures"}
    data.update({f"picture_{number}": key for number, key in enumerate(keys, start=1)})
    return data


# Joining


def test_the_join_page_takes_the_code_from_the_qr_code(client, code):
    response = client.get(JOIN_URL, {"code": code})
    assert response.status_code == 200
    assert f'value="{code}"' in response.content.decode()
    assert response.templates[0].name == "learners/pupils/join_code.html"


def test_a_valid_code_leads_to_choosing_a_pseudonym(client, code):
    response = client.post(JOIN_URL, {"step": "code", "code": code.lower().replace("-", " ")})
    page = response.content.decode()
    assert response.status_code == 200
    assert response.templates[0].name == "learners/pupils/join_account.html"
    assert "Class 7b, Oberschule Am Park" in page and "Roboter bauen" in page
    assert "Fox 7" in page  # the hint's example is one that check_pseudonym accepts
    assert page.count('type="radio" name="picture_1"') == 9
    assert not Pupil.objects.exists()


def test_a_pupil_joins_with_a_password_and_lands_in_the_course(client, code, school_class):
    response = client.post(JOIN_URL, account_data(code))
    pupil = Pupil.objects.get()
    assert response.status_code == 302
    assert response["Location"] == course_url(school_class, "en")
    assert logged_in_user(client) == pupil.user
    assert pupil.school_class == school_class and pupil.pseudonym == "Fox 7"
    assert pupil.user.check_password("rakete42") and pupil.user.preferred_language == "en"
    learning = Enrolment.objects.get(learner=pupil.user)
    assert (learning.session, learning.status) == (None, EnrolmentStatus.CONFIRMED)
    assert learning.course_key == school_class.enrolment.course_key
    # The class booking holds the seats; the pupil takes none.
    assert school_class.enrolment.session.seats_taken == 26

    course_page = client.get(response["Location"], follow=True)
    assert course_page.status_code == 200
    page = course_page.content.decode()
    assert "Roboter bauen" in page and "Your class is booked for this date." in page
    assert "Book a seat" not in page and "Book for a class" not in page


def test_a_younger_pupil_joins_with_three_pictures(client, code):
    response = client.post(JOIN_URL, account_data(code, "Eule", **pictures("apple", "sun", "fish")))
    assert response.status_code == 302
    user = Pupil.objects.get().user
    assert user.check_password("apple-sun-fish") and logged_in_user(client) == user


@pytest.mark.parametrize(
    "secret, field",
    [
        ({"method": "password", "password": ""}, "Please enter your password."),
        ({"method": "password", "password": "abc"}, "at least 4 characters"),
        (pictures("apple", "", "fish"), "Please choose a picture."),
        ({"method": "carrier pigeon"}, "Select a valid choice"),
        ({"method": "pictures", "picture_1": "unicorn"}, "Select a valid choice"),
    ],
)
def test_a_missing_or_bad_password_keeps_what_was_typed(client, code, secret, field):
    response = client.post(JOIN_URL, account_data(code, "Luchs 3", **secret))
    page = response.content.decode()
    assert response.status_code == 200
    assert field in page and "error-summary" in page
    assert 'value="Luchs 3"' in page
    if secret.get("picture_1") == "apple":
        assert 'value="apple" id="picture_1-apple" checked' in page
    assert not Pupil.objects.exists() and logged_in_user(client) is None


@pytest.mark.parametrize(
    "pseudonym, problem",
    [
        ("anna.schmidt@example.org", "e-mail address"),
        ("Anna Schmidt", "real name"),
        ("Blue Owl", "real name"),
        ("", "Please enter a pseudonym."),
    ],
)
def test_a_pseudonym_that_may_identify_the_child_gets_a_hint(client, code, pseudonym, problem):
    response = client.post(JOIN_URL, account_data(code, pseudonym))
    page = response.content.decode()
    assert response.status_code == 200
    assert problem in page
    if pseudonym:
        assert "not your real name" in page
    assert 'value="rakete42"' in page  # the password is kept too
    assert not Pupil.objects.exists() and not User.objects.filter(username__startswith="pupil-")


def test_a_pseudonym_already_taken_in_the_class(client, code, school_class):
    add_pupil(school_class, "Fox 7", password="1234")
    response = client.post(JOIN_URL, account_data(code, "fox 7"))
    assert "already uses this pseudonym" in response.content.decode()
    assert Pupil.objects.count() == 1


@pytest.mark.parametrize(
    "typed, problem",
    [
        ("ABCD-EFGH", "This class code is not valid"),
        ("<script>", "This class code is not valid"),
        ("", "Please enter the class code"),
        ("x" * 500, "at most 40 characters"),
    ],
)
def test_a_wrong_code_is_refused(client, school_class, typed, problem):
    response = client.post(JOIN_URL, {"step": "code", "code": typed})
    page = response.content.decode()
    assert response.status_code == 200
    assert response.templates[0].name == "learners/pupils/join_code.html"
    assert problem in page and "error-summary" in page
    assert "<script>" not in page
    assert not Pupil.objects.exists()


def test_a_closed_or_ended_class_cannot_be_joined(client, code, school_class, session):
    school_class.joining_open = False
    school_class.save()
    response = client.post(JOIN_URL, {"step": "code", "code": code})
    assert "closed this class" in response.content.decode()
    # Closed between step 1 and step 2: back to step 1 with the reason.
    response = client.post(JOIN_URL, account_data(code))
    assert response.templates[0].name == "learners/pupils/join_code.html"
    assert "closed this class" in response.content.decode()

    school_class.joining_open = True
    school_class.save()
    session.start = timezone.now() - datetime.timedelta(hours=5)
    session.end = timezone.now() - datetime.timedelta(hours=2)
    session.save()
    response = client.post(JOIN_URL, {"step": "code", "code": code})
    assert "course is over" in response.content.decode()
    assert not Pupil.objects.exists()


def test_a_full_class_cannot_be_joined(client, code, school_class):
    SchoolClass.objects.filter(pk=school_class.pk).update(pupils=1)
    add_pupil(school_class, "Eule", password="1234")
    response = client.post(JOIN_URL, account_data(code))
    assert "This class is full" in response.content.decode()
    assert Pupil.objects.count() == 1


def test_a_changed_code_on_step_two_is_checked_again(client, school_class):
    response = client.post(JOIN_URL, account_data("ABCD-EFGH"))
    assert response.templates[0].name == "learners/pupils/join_code.html"
    assert "not valid" in response.content.decode()
    response = client.post(JOIN_URL, {"step": "account"})
    assert response.status_code == 200
    assert not Pupil.objects.exists()


def test_guessing_codes_is_rate_limited(client, code, settings):
    settings.PUPIL_JOIN_RATE = "10/m"
    for _attempt in range(11):
        assert client.post(JOIN_URL, {"step": "code", "code": "ABCD-EFGH"}).status_code == 200
    response = client.post(JOIN_URL, {"step": "code", "code": code})
    assert response.status_code == 429 and response["Retry-After"] == "60"
    assert "Too many tries" in response.content.decode()
    assert client.post(JOIN_URL, account_data(code)).status_code == 429
    assert not Pupil.objects.exists()
    assert client.get(JOIN_URL).status_code == 200


def test_a_whole_class_joining_from_one_network_is_not_held_up(client, code, settings):
    settings.PUPIL_JOIN_RATE = "10/m"
    for number in range(24):
        pupil_client = Client()
        assert pupil_client.post(JOIN_URL, {"step": "code", "code": code}).status_code == 200
        response = pupil_client.post(JOIN_URL, account_data(code, f"Fox {number}"))
        assert response.status_code == 302
    assert Pupil.objects.count() == 24


def test_the_rate_limit_page_is_translated(client, settings):
    settings.PUPIL_JOIN_RATE = "1/m"
    for _attempt in range(2):
        client.post("/de/join/", {"step": "code", "code": "ABCD-EFGH"})
    response = client.post("/de/join/", {"step": "code", "code": "ABCD-EFGH"})
    assert response.status_code == 429
    assert '<html lang="de">' in response.content.decode()


def test_joining_needs_the_csrf_token(code):
    client = Client(enforce_csrf_checks=True)
    assert client.post(JOIN_URL, account_data(code)).status_code == 403
    assert not Pupil.objects.exists()


def test_a_logged_in_teacher_is_told_that_joining_logs_them_out(client, teacher, code):
    client.force_login(teacher)
    assert "You are logged in as Frau Kim" in client.get(JOIN_URL).content.decode()
    client.post(JOIN_URL, account_data(code))
    assert logged_in_user(client) == Pupil.objects.get().user


# Logging in again


@pytest.fixture
def fox(school_class):
    return join_class(school_class.join_code, "Fox 7", "rakete42", language="en")


@pytest.fixture
def owl(school_class):
    return join_class(school_class.join_code, "Owl 12", "star-star-cat", language="en")


def test_a_pupil_logs_in_again_with_code_pseudonym_and_password(client, fox, code):
    assert client.get(LOGIN_URL, {"code": code}).status_code == 200
    response = client.post(
        LOGIN_URL,
        {
            "code": code.lower(),
            "pseudonym": " fox   7 ",
            "method": "password",
            "password": "rakete42",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == course_url(fox.school_class, "en")
    assert logged_in_user(client) == fox.user


def test_a_pupil_logs_in_again_with_pictures(client, owl, code):
    data = {"code": code, "pseudonym": "Owl 12", **pictures("star", "star", "cat")}
    assert client.post(LOGIN_URL, data).status_code == 302
    assert logged_in_user(client) == owl.user


@pytest.mark.parametrize(
    "changes",
    [
        {"password": "rakete43"},
        {"pseudonym": "Fox 8"},
        {"code": "ABCD-EFGH"},
        {"method": "pictures", "picture_1": "sun", "picture_2": "sun", "picture_3": "sun"},
    ],
)
def test_a_wrong_login_says_the_same_whatever_was_wrong(client, fox, owl, code, changes):
    data = {"code": code, "pseudonym": "Fox 7", "method": "password", "password": "rakete42"}
    response = client.post(LOGIN_URL, {**data, **changes})
    page = response.content.decode()
    assert response.status_code == 200
    assert "The class code, pseudonym or password is not right" in page
    assert logged_in_user(client) is None


def test_a_pupil_of_another_class_cannot_log_in_with_this_code(client, fox, teacher, session):
    other = schools.book_class(
        teacher, session.pk, "8a", 8, pupils=2, adults=0, consent_confirmed=True
    ).school_class
    data = {"code": other.display_join_code, "pseudonym": "Fox 7"}
    response = client.post(LOGIN_URL, {**data, "method": "password", "password": "rakete42"})
    assert response.status_code == 200 and logged_in_user(client) is None


def test_guessing_passwords_is_rate_limited(client, fox, code, settings):
    settings.PUPIL_JOIN_RATE = "10/m"
    data = {"code": code, "pseudonym": "Fox 7", "method": "password"}
    for number in range(11):
        client.post(LOGIN_URL, {**data, "password": f"guess{number}"})
    response = client.post(LOGIN_URL, {**data, "password": "rakete42"})
    assert response.status_code == 429
    assert logged_in_user(client) is None


def test_a_login_with_missing_fields_does_not_fail(client, fox):
    response = client.post(LOGIN_URL, {})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Please enter the class code" in page and "Please enter a pseudonym" in page


def test_nothing_identifying_a_pupil_reaches_the_logs_or_e_mails(
    client, code, school_class, teacher, caplog
):
    caplog.set_level(logging.DEBUG)
    client.post(JOIN_URL, account_data(code, "Fuchsbau 9"))
    client.post(JOIN_URL, account_data(code, "Fuchsbau 9"))  # taken: an error, not a log line
    client.logout()
    wrong = {"code": code, "pseudonym": "Fuchsbau 9", "method": "password", "password": "x1y2z3"}
    client.post(LOGIN_URL, wrong)
    pupil = Pupil.objects.get()
    client.force_login(teacher)
    client.post(f"/en/my-school/pupils/{pupil.pk}/password/")
    client.post(f"/en/my-school/pupils/{pupil.pk}/remove/")
    assert not Pupil.objects.exists()
    written = [record.getMessage() for record in caplog.records]
    written += [f"{message.subject} {message.body}" for message in mail.outbox]
    written += [f"{e.label} {e.data}" for e in ModelLogEntry.objects.all()]
    assert not [text for text in written if "Fuchsbau" in text]


@pytest.fixture
def login_signals():
    """What Django's login signals were sent with, in order."""
    sent = []

    def logged_in(sender, request, user, **kwargs):
        sent.append(("logged_in", user, request))

    def failed(sender, credentials, request, **kwargs):
        sent.append(("failed", credentials, request))

    user_logged_in.connect(logged_in)
    user_login_failed.connect(failed)
    yield sent
    user_logged_in.disconnect(logged_in)
    user_login_failed.disconnect(failed)


PUPIL_BACKEND = "learners.pupils.backends.PupilBackend"


def test_a_pupils_login_sends_user_logged_in(client, fox, code, login_signals):
    data = {"code": code, "pseudonym": "Fox 7", "method": "password", "password": "rakete42"}
    assert client.post(LOGIN_URL, data).status_code == 302
    ((signal, user, request),) = login_signals
    assert (signal, user) == ("logged_in", fox.user)
    assert request.path == LOGIN_URL
    assert client.session["_auth_user_backend"] == PUPIL_BACKEND
    fox.user.refresh_from_db()
    assert fox.user.last_login is not None  # Django's own receiver ran
    response = client.get(LOGIN_URL)  # the next request knows the pupil
    assert response.wsgi_request.user == fox.user


def test_a_wrong_pupil_password_sends_user_login_failed(client, fox, code, login_signals):
    data = {"code": code, "pseudonym": "Fox 7", "method": "password", "password": "rakete43"}
    response = client.post(LOGIN_URL, data)
    assert "The class code, pseudonym or password is not right" in response.content.decode()
    ((signal, credentials, request),) = login_signals
    assert signal == "failed"
    assert credentials["join_code"] == code
    assert credentials["pseudonym"] == "Fox 7"
    assert "rakete43" not in credentials["password"]  # Django masks it
    assert request.path == LOGIN_URL
    assert logged_in_user(client) is None


def test_a_pupil_who_joins_is_logged_in_through_the_pupil_backend(client, code, login_signals):
    assert client.post(JOIN_URL, account_data(code)).status_code == 302
    pupil = Pupil.objects.get()
    assert [(signal, user) for signal, user, _request in login_signals] == [
        ("logged_in", pupil.user)
    ]
    assert client.session["_auth_user_backend"] == PUPIL_BACKEND
    assert client.get(LOGIN_URL).wsgi_request.user == pupil.user


@pytest.mark.parametrize("name", ["teacher.kim", "kim@park.example", "Frau Kim"])
def test_a_teachers_credentials_on_the_pupil_form_do_not_log_in(
    client, teacher, code, fox, name, login_signals
):
    data = {"code": code, "pseudonym": name, "method": "password", "password": "secret-pass-123"}
    response = client.post(LOGIN_URL, data)
    assert response.status_code == 200
    assert "The class code, pseudonym or password is not right" in response.content.decode()
    assert logged_in_user(client) is None
    assert [signal for signal, *_rest in login_signals] == ["failed"]


def test_only_the_pupil_backend_takes_a_pupils_credentials(fox, code, monkeypatch):
    credentials = {"join_code": code, "pseudonym": "Fox 7", "password": "rakete42"}
    assert ModelBackend().authenticate(None, **credentials) is None
    assert AllauthBackend().authenticate(None, **credentials) is None
    assert authenticate(None, **credentials) == fox.user

    asked = []
    monkeypatch.setattr(AllauthBackend, "authenticate", lambda *args, **kw: asked.append(kw))
    assert authenticate(None, **{**credentials, "password": "rakete43"}) is None
    assert asked == []  # a failed pupil login stops at the pupil backend


def test_the_pupil_backend_never_returns_anyone_but_a_pupil(fox, teacher, school_class):
    backend = PupilBackend()
    with pytest.raises(PermissionDenied):
        backend.authenticate(
            None,
            join_code=school_class.join_code,
            pseudonym="teacher.kim",
            password="secret-pass-123",
        )
    assert backend.get_user(teacher.pk) is None
    assert backend.get_user(fox.user.pk) == fox.user
    fox.user.is_active = False
    fox.user.save()
    assert backend.get_user(fox.user.pk) is None
    with pytest.raises(PermissionDenied):
        backend.authenticate(
            None, join_code=school_class.join_code, pseudonym="Fox 7", password="rakete42"
        )


def test_the_pupil_backend_loads_the_pupil_with_their_school_role(fox, django_assert_num_queries):
    with django_assert_num_queries(1):
        user = PupilBackend().get_user(fox.user.pk)
        assert (user.is_pupil, user.is_teacher) == (True, False)


def test_e_mail_and_cms_logins_do_not_reach_the_pupil_backend(fox, teacher, monkeypatch):
    asked = []
    checks = PupilBackend.authenticate

    @functools.wraps(checks)  # keeps the signature Django matches credentials against
    def recording(self, request, **credentials):
        asked.append(credentials)
        return checks(self, request, **credentials)

    monkeypatch.setattr(PupilBackend, "authenticate", recording)
    assert authenticate(None, username="teacher.kim", password="secret-pass-123") == teacher
    assert authenticate(None, email="kim@park.example", password="secret-pass-123") == teacher
    assert authenticate(None, username=fox.pseudonym, password="rakete42") is None
    assert authenticate(None, email=fox.pseudonym, password="rakete42") is None
    assert asked == []
    code = fox.school_class.join_code
    assert authenticate(None, join_code=code, pseudonym="Fox 7", password="rakete42") == fox.user
    assert [sorted(credentials) for credentials in asked] == [
        ["join_code", "password", "pseudonym"]
    ]


# Deleting pupils after the course


@pytest.fixture
def finished_class(school_class, fox, owl, session):
    """The class's session ended; its pupils learnt something."""
    ended = timezone.now() - datetime.timedelta(days=1)
    session.start, session.end = ended - datetime.timedelta(hours=3), ended
    session.save()
    for pupil in (fox, owl):
        LessonProgress.objects.create(
            learner=pupil.user,
            course_key=session.course_key,
            lesson_key=uuid.uuid4(),
            last_opened_at=ended,
            completed_at=ended,
        )
        QuizAttempt.objects.create(
            learner=pupil.user,
            course_key=session.course_key,
            lesson_key=uuid.uuid4(),
            quiz_id="q1",
            submission=uuid.uuid4(),
            score=80,
            passed=True,
        )
    school_class.refresh_from_db()
    return school_class


def days_after_the_course(school_class, days):
    return school_class.enrolment.session.end + datetime.timedelta(days=days)


def test_nothing_happens_in_the_first_three_weeks(finished_class):
    now = days_after_the_course(finished_class, 22)
    assert pupil_retention.apply_retention(now) == (0, 0)
    assert Pupil.objects.count() == 2 and not mail.outbox


def test_the_teacher_is_warned_once_a_week_before(finished_class, teacher):
    now = days_after_the_course(finished_class, 23) + datetime.timedelta(minutes=1)
    assert pupil_retention.apply_retention(now) == (1, 0)
    assert pupil_retention.apply_retention(now + datetime.timedelta(days=1)) == (0, 0)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["kim@park.example"]
    assert "7b" in message.subject
    assert "2 pupils" in message.body and "/en/my-school/" in message.body
    results = f"/en/my-school/classes/{finished_class.pk}/results.csv"
    assert results in message.body
    assert "Fox" not in message.body + message.subject and "Owl" not in message.body
    warning = Notification.objects.get(kind=pupil_retention.WARNING_KIND)
    assert warning.enrolment == finished_class.enrolment and warning.sent_at is not None
    assert Pupil.objects.count() == 2


def test_the_warning_is_in_the_teachers_language(finished_class, teacher):
    teacher.preferred_language = "de"
    teacher.save()
    pupil_retention.apply_retention(days_after_the_course(finished_class, 24))
    assert "/de/my-school/" in mail.outbox[0].body


def test_a_warning_that_fails_is_tried_again(finished_class, settings):
    settings.EMAIL_BACKEND = "tests.learners.pupils.test_pupils.BrokenBackend"
    now = days_after_the_course(finished_class, 24)
    assert pupil_retention.apply_retention(now) == (0, 0)
    assert not Notification.objects.filter(kind=pupil_retention.WARNING_KIND).exists()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert pupil_retention.apply_retention(now) == (1, 0)


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise OSError("mail server down")


def test_pupils_and_their_progress_are_deleted_after_the_retention(finished_class, fox, owl):
    booking = finished_class.enrolment
    pupil_users = [fox.user.pk, owl.user.pk]
    Certificate.objects.create(
        code="TEST-PUPIL-0001",
        learner=fox.user,
        holder_name="Fox 7",
        language="en",
        course_key=booking.course_key,
        course_title="Roboter bauen",
        hours=3,
        issued_at=timezone.now(),
    )
    now = days_after_the_course(finished_class, 30)
    assert pupil_retention.apply_retention(now) == (0, 2)
    assert not User.objects.filter(pk__in=pupil_users).exists()
    assert not Pupil.objects.exists()
    for model in (LessonProgress, QuizAttempt, Certificate):
        assert not model.objects.filter(learner__in=pupil_users).exists()
    assert not Enrolment.objects.filter(learner__in=pupil_users).exists()
    assert not Enrolment.objects.filter(learner=None).exists()
    # Statistics survive as counts: the booking and the class stay as they were.
    booking.refresh_from_db()
    assert booking.status == EnrolmentStatus.CONFIRMED and booking.seats == 26
    assert SchoolClass.objects.get().pupils == 24
    assert pupil_retention.apply_retention(now) == (0, 0)


def test_the_retention_is_a_setting(finished_class, settings):
    settings.PUPIL_RETENTION_DAYS = 3
    assert pupil_retention.apply_retention(days_after_the_course(finished_class, 3))[1] == 2


def test_the_task_is_scheduled(settings):
    from learners.tasks import apply_pupil_retention

    schedule = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "learners.tasks.apply_pupil_retention" in schedule
    assert tuple(apply_pupil_retention.delay().get()) == (0, 0)


def test_classes_still_running_keep_their_pupils(school_class, fox):
    assert pupil_retention.apply_retention(timezone.now() + datetime.timedelta(days=5)) == (0, 0)
    assert Pupil.objects.count() == 1


# Data minimisation


def test_a_joined_pupil_leaves_nothing_identifying(client, code, school_class):
    with translation.override("en"):
        client.post(JOIN_URL, account_data(code, "Fox 7"))
    user = Pupil.objects.get().user
    assert (user.email, user.first_name, user.last_name) == ("", "", "")
    assert user.year_of_birth is None
    assert not EmailAddress.objects.filter(user=user).exists()
    for entry in ModelLogEntry.objects.all():
        assert "Fox" not in f"{entry.label} {entry.data}"
        assert entry.user_id != user.pk
    assert not Notification.objects.filter(recipient=user).exists()
    assert all("Fox" not in message.body + message.subject for message in mail.outbox)


# Locked after too many wrong logins (learners/pupils/lockout.py)


def wrong_logins(client, code, count, pseudonym="Fox 7"):
    data = {"code": code, "pseudonym": pseudonym, "method": "password"}
    for number in range(count):
        client.post(LOGIN_URL, {**data, "password": f"guess{number}"})


def right_login(client, code, pseudonym="Fox 7", password="rakete42"):
    data = {"code": code, "pseudonym": pseudonym, "method": "password", "password": password}
    return client.post(LOGIN_URL, data)


def test_guessing_one_pupils_password_locks_the_account_and_tells_the_teacher(
    client, fox, owl, code, teacher, settings
):
    settings.PUPIL_JOIN_RATE = "1000/m"  # from many addresses: the limit per address is no help
    settings.PUPIL_LOCK_AFTER = 10
    wrong_logins(client, code, 9)
    fox.refresh_from_db()
    assert (fox.failed_logins, fox.locked_at) == (9, None)
    assert not mail.outbox
    wrong_logins(client, code, 3)
    fox.refresh_from_db()
    assert fox.locked_at is not None
    (message,) = mail.outbox  # once, though the guessing went on
    assert message.to == [teacher.email]
    assert "Fox 7" in message.subject and "7b" in message.subject
    assert "10 times in a row" in message.body and "/en/my-school/" in message.body
    assert message.extra_headers["Content-Language"] == "en"

    response = right_login(client, code)
    assert response.status_code == 200 and logged_in_user(client) is None
    assert "locked after too many wrong tries" in response.content.decode()
    assert right_login(client, code, "Owl 12", "star-star-cat").status_code == 302  # not Owl


def test_the_teacher_sees_the_lock_and_a_new_password_opens_the_account(
    client, fox, code, teacher, settings
):
    settings.PUPIL_JOIN_RATE = "1000/m"
    settings.PUPIL_LOCK_AFTER = 3
    wrong_logins(Client(), code, 3)
    client.force_login(teacher)
    page = client.get("/en/my-school/").content.decode()
    assert "after too many wrong logins" in page
    client.post(reverse("pupil_reset_password", args=[fox.pk]))
    new_password = client.session[NEW_PASSWORD_KEY]["password"]
    fox.refresh_from_db()
    assert (fox.failed_logins, fox.locked_at) == (0, None)
    pupil_client = Client()
    assert right_login(pupil_client, code, password=new_password).status_code == 302


def test_a_right_login_starts_the_count_afresh(client, fox, code, settings):
    settings.PUPIL_JOIN_RATE = "1000/m"
    settings.PUPIL_LOCK_AFTER = 3
    wrong_logins(client, code, 2)
    assert right_login(client, code).status_code == 302
    client.logout()
    wrong_logins(client, code, 2)
    fox.refresh_from_db()
    assert (fox.failed_logins, fox.locked_at) == (2, None)


def test_the_teacher_is_told_in_their_language(client, fox, code, teacher, settings):
    settings.PUPIL_JOIN_RATE = "1000/m"
    settings.PUPIL_LOCK_AFTER = 2
    teacher.preferred_language = "pl"
    teacher.save()
    wrong_logins(client, code, 2)
    (message,) = mail.outbox
    assert "zablokowane" in message.subject and "/pl/my-school/" in message.body
