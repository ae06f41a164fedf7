"""The authentication backends load a signed-in user with their school role in one query,
and sessions that name Django's or allauth's own backends stay signed in."""

import pytest
from django.contrib.auth import BACKEND_SESSION_KEY

from learners.accounts.backends import AuthenticationBackend, ModelBackend
from tests import factories
from tests.learners.accounts.test_accounts import log_in, make_learner

pytestmark = pytest.mark.django_db

BACKENDS = [ModelBackend, AuthenticationBackend]
MODEL_BACKEND = "learners.accounts.backends.ModelBackend"
ALLAUTH_BACKEND = "learners.accounts.backends.AuthenticationBackend"


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_learner_comes_with_their_school_role(backend, django_assert_num_queries):
    learner = factories.make_user("lena")
    with django_assert_num_queries(1):
        user = backend().get_user(learner.pk)
        assert user == learner
        assert (user.is_pupil, user.is_teacher) == (False, False)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_teacher_comes_with_their_school_role(backend, school, django_assert_num_queries):
    teacher = school.memberships.get().teacher
    with django_assert_num_queries(1):
        user = backend().get_user(teacher.pk)
        assert (user.is_pupil, user.is_teacher) == (False, True)


@pytest.mark.parametrize("backend", BACKENDS)
def test_nobody_for_an_inactive_or_unknown_account(backend):
    learner = factories.make_user("lena", is_active=False)
    assert backend().get_user(learner.pk) is None
    assert backend().get_user(learner.pk + 1) is None


def test_a_role_given_after_loading_is_read_afresh_by_a_new_load(school):
    learner = factories.make_user("lena")
    assert ModelBackend().get_user(learner.pk).is_teacher is False
    school.memberships.create(teacher=learner)
    assert ModelBackend().get_user(learner.pk).is_teacher is True


def test_logging_in_by_e_mail_names_the_allauth_backend(client):
    user = make_learner("jan@example.org")
    log_in(client, user)
    assert client.session[BACKEND_SESSION_KEY] == ALLAUTH_BACKEND


def test_the_cms_login_names_the_model_backend(client, manager):
    response = client.post(
        "/admin/login/", {"username": manager.username, "password": "secret-pass-123"}
    )
    assert response.status_code == 302
    assert client.session[BACKEND_SESSION_KEY] == MODEL_BACKEND


@pytest.mark.parametrize(
    "old, new",
    [
        ("django.contrib.auth.backends.ModelBackend", MODEL_BACKEND),
        ("allauth.account.auth_backends.AuthenticationBackend", ALLAUTH_BACKEND),
    ],
)
def test_a_session_naming_an_old_backend_stays_signed_in(client, old, new):
    user = make_learner("jan@example.org")
    client.force_login(user)
    session = client.session
    session[BACKEND_SESSION_KEY] = old
    session.save()

    response = client.get("/de/my-learning/")

    assert response.status_code == 200
    assert response.wsgi_request.user == user
    assert client.session[BACKEND_SESSION_KEY] == new


def test_a_session_naming_an_unknown_backend_is_signed_out(client):
    user = make_learner("jan@example.org")
    client.force_login(user)
    session = client.session
    session[BACKEND_SESSION_KEY] = "somewhere.else.Backend"
    session.save()

    response = client.get("/de/my-learning/")

    assert response.status_code == 302
    assert "/login/" in response["Location"]
