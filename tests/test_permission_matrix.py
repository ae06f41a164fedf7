"""Every new URL against every role: anonymous, learner, other learner, trainer (owner),
other trainer, manager. Refused means a redirect to a login, a 403 or a 404, and no
data of another person in the response."""

import pytest

from learners.enrolment import services as service
from learners.models import Enrolment
from tests import factories

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "learner", "other_learner", "trainer", "other_trainer", "manager"]
NOT_THE_LEARNER = [role for role in ROLES if role != "learner"]


@pytest.fixture
def world(site, trainer, other_trainer, manager):
    course = factories.make_course(title="Matrixkurs", owner=trainer)
    session = factories.make_session(course, capacity=5)
    learner = factories.make_user(
        "lea", email="lea@example.org", year_of_birth=1990, accessibility_needs="GEHEIM-BEDARF"
    )
    other = factories.make_user("olaf", email="olaf@example.org", year_of_birth=1990)
    enrolment = service.enrol(learner, session.pk)
    return {
        "session": session,
        "enrolment": enrolment,
        "users": {
            "anonymous": None,
            "learner": learner,
            "other_learner": other,
            "trainer": trainer,
            "other_trainer": other_trainer,
            "manager": manager,
        },
    }


def as_role(client, world, role):
    user = world["users"][role]
    if user is not None:
        client.force_login(user)
    return user


def refused(response):
    return response.status_code in (302, 403, 404, 405) and "GEHEIM-BEDARF" not in (
        response.content.decode(errors="ignore")
    )


ADMIN_VIEWS = {
    "participants": "/admin/sessions/{session}/participants/",
    "participants_csv": "/admin/sessions/{session}/participants.csv",
    "session_edit": "/admin/sessions/edit/{session}/",
}
ADMIN_ALLOWED = {"trainer", "manager"}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("view", ADMIN_VIEWS)
def test_session_admin_views(client, world, role, view):
    as_role(client, world, role)
    response = client.get(ADMIN_VIEWS[view].format(session=world["session"].pk))
    if role in ADMIN_ALLOWED:
        assert response.status_code == 200
    else:
        assert refused(response)


@pytest.mark.parametrize("role", NOT_THE_LEARNER)
def test_cancelling_someone_elses_booking(client, world, role):
    as_role(client, world, role)
    response = client.post(f"/de/enrolments/{world['enrolment'].pk}/cancel/")
    assert refused(response)
    assert Enrolment.objects.get(pk=world["enrolment"].pk).status == "confirmed"


@pytest.mark.parametrize("role", NOT_THE_LEARNER)
def test_asking_a_guardian_for_someone_elses_booking(client, world, role):
    as_role(client, world, role)
    response = client.post(
        f"/de/enrolments/{world['enrolment'].pk}/guardian/", {"guardian_email": "x@example.org"}
    )
    assert refused(response)


@pytest.mark.parametrize("url", ["/de/my-learning/", "/de/profile/", "/de/my-data/"])
@pytest.mark.parametrize("role", ROLES)
def test_personal_pages_show_only_ones_own_data(client, world, role, url):
    user = as_role(client, world, role)
    response = client.get(url)
    if user is None:
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    else:
        assert response.status_code == 200
        html = response.content.decode()
        own_needs_shown = url in {"/de/profile/", "/de/my-data/"}
        assert ("GEHEIM-BEDARF" in html) == (role == "learner" and own_needs_shown)
        assert ("Matrixkurs" in html) == (role == "learner" and url == "/de/my-learning/")


@pytest.mark.parametrize(
    "url", ["/de/my-data/download/", "/de/my-data/delete/", "/de/my-learning/calendar/"]
)
def test_anonymous_cannot_reach_personal_actions(client, world, url):
    assert refused(client.post(url))
    assert refused(client.get(url))


def test_anonymous_booking_creates_nothing(client, world):
    client.post(f"/de/sessions/{world['session'].pk}/enrol/")
    assert Enrolment.objects.count() == 1


def test_learners_cannot_reach_the_audit_log(client, world):
    as_role(client, world, "learner")
    assert refused(client.get("/admin/reports/site-history/"))


def test_djangos_own_admin_is_not_served(client, db):
    """Users, pages and everything else are managed in Wagtail's admin alone."""
    superuser = factories.make_user("root", is_staff=True, is_superuser=True)
    client.force_login(superuser)
    assert client.get("/django-admin/", follow=True).status_code == 404
    assert client.get("/django-admin/learners/user/", follow=True).status_code == 404
    assert client.get("/admin/users/").status_code == 200
