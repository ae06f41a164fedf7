"""Every new URL against every role: anonymous, learner, other learner, trainer (owner),
other trainer, manager, and the two roles of a partner organisation (a manager and a
trainer of partner A). Refused means a redirect to a login, a 403 or a 404, and no
data of another person in the response.

The partner rows at the end set the roles against a course of partner A (written by A's
trainer) and one of partner B: a partner's people run their own partner's courses only,
the network's manager runs both, everybody else neither."""

import pytest

from learners.enrolment import services as service
from learners.models import Enrolment
from tests import factories

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous",
    "learner",
    "other_learner",
    "trainer",
    "other_trainer",
    "manager",
    "partner_manager",
    "partner_trainer",
]
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
    partner_a = factories.make_partner("Partner Alpha", slug="partner-alpha")
    partner_manager = factories.make_user("pia", email="pia@example.org")
    partner_manager.groups.add(partner_a.managers_group)
    partner_trainer = factories.make_trainer("trainer.paul", partner=partner_a)
    return {
        "session": session,
        "enrolment": enrolment,
        "partner_a": partner_a,
        "users": {
            "anonymous": None,
            "learner": learner,
            "other_learner": other,
            "trainer": trainer,
            "other_trainer": other_trainer,
            "manager": manager,
            "partner_manager": partner_manager,
            "partner_trainer": partner_trainer,
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
def test_the_question_before_cancelling_someone_elses_booking(client, world, role):
    as_role(client, world, role)
    response = client.get(f"/de/enrolments/{world['enrolment'].pk}/cancel/confirm/")
    assert refused(response)
    assert "Matrixkurs" not in response.content.decode()
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


# Partners: roles of partner A against a course of partner A and one of partner B ---------
# One row per role; each row checks both sides, A and B, and says which failed.

SIDES = ["A", "B"]
#: Who runs a partner's course: its sessions, participants, attendance and figures. A's
#: trainer wrote A's course; the trainers of the tests' own partner (trainer, other
#: trainer) and A's people have nothing to do with B's.
RUNS = {"A": {"manager", "partner_manager", "partner_trainer"}, "B": {"manager"}}
#: Who edits the course page in the admin (a trainer the pages they wrote) and who
#: publishes it (managers only).
EDITS = RUNS
PUBLISHES = {"A": {"manager", "partner_manager"}, "B": {"manager"}}
WITH_ADMIN = {"trainer", "other_trainer", "manager", "partner_manager", "partner_trainer"}


@pytest.fixture
def partners(world):
    """A draft course of partner A (by A's trainer) and one of partner B, each with a
    session that lea booked and an empty session that may be deleted."""
    partner_a = world["partner_a"]
    partner_b = factories.make_partner("Partner Beta", slug="partner-beta")
    b_trainer = factories.make_trainer("trainer.berta", partner=partner_b)
    sides = {}
    for side, partner, owner in [
        ("A", partner_a, world["users"]["partner_trainer"]),
        ("B", partner_b, b_trainer),
    ]:
        course = factories.make_course(
            title=f"Partnerkurs {partner.title}", parent=partner, owner=owner, live=False
        )
        session = factories.make_session(course, capacity=5)
        Enrolment.objects.create(
            learner=world["users"]["learner"],
            course_key=course.translation_key,
            session=session,
            status="confirmed",
        )
        sides[side] = {
            "partner": partner,
            "course": course,
            "session": session,
            "empty_session": factories.make_session(course, days_ahead=30),
        }
    return sides


@pytest.mark.parametrize("role", ROLES)
def test_partner_course_page_in_the_admin(client, world, partners, role):
    """Opening the course in the page editor, and saving it with "Publish"."""
    from tests.courses.test_permissions import course_form

    as_role(client, world, role)
    for side in SIDES:
        course = partners[side]["course"]
        response = client.get(f"/admin/pages/{course.pk}/edit/")
        if role in EDITS[side]:
            assert response.status_code == 200, side
        else:
            assert refused(response), side
        form = course_form(f"Übernommen {side}", course.slug, "publish")
        client.post(f"/admin/pages/{course.pk}/edit/", form)
        course.refresh_from_db()
        assert course.live == (role in PUBLISHES[side]), side
        edited = course.get_latest_revision().content["title"] == f"Übernommen {side}"
        assert edited == (role in EDITS[side]), side


@pytest.mark.parametrize("role", ROLES)
def test_partner_sessions_in_the_sessions_admin(client, world, partners, role):
    """The session list, a session's edit form, and deleting a session."""
    as_role(client, world, role)
    listing = client.get("/admin/sessions/")
    if role in WITH_ADMIN:
        assert listing.status_code == 200
        listed = set(listing.context["object_list"])
    else:
        assert refused(listing)
        listed = set()
    for side in SIDES:
        runs = role in RUNS[side]
        session, empty = partners[side]["session"], partners[side]["empty_session"]
        assert (session in listed) == runs, side
        edit = client.get(f"/admin/sessions/edit/{session.pk}/")
        confirm = client.get(f"/admin/sessions/delete/{empty.pk}/")
        delete = client.post(f"/admin/sessions/delete/{empty.pk}/")
        kept = type(empty).objects.filter(pk=empty.pk).exists()
        if runs:
            assert edit.status_code == 200 and confirm.status_code == 200, side
            assert delete.status_code == 302 and not kept, side
        else:
            assert refused(edit) and refused(confirm) and refused(delete), side
            assert kept, side


@pytest.mark.parametrize("role", ROLES)
def test_partner_participants_and_attendance(client, world, partners, role):
    as_role(client, world, role)
    for side in SIDES:
        session = partners[side]["session"].pk
        for url in [
            f"/admin/sessions/{session}/participants/",
            f"/admin/sessions/{session}/participants.csv",
            f"/admin/sessions/{session}/attendance/",
        ]:
            response = client.get(url)
            if role in RUNS[side]:
                assert response.status_code == 200, (side, url)
                if "participants" in url:
                    assert "GEHEIM-BEDARF" in response.content.decode(), (side, url)
            else:
                assert refused(response), (side, url)


@pytest.mark.parametrize("role", ROLES)
def test_partner_course_progress(client, world, partners, role):
    """The report lists the courses one runs, with their figures; so does its CSV; the
    per-course view refuses any other course."""
    as_role(client, world, role)
    report = client.get("/admin/reports/course-progress/")
    csv = client.get("/admin/reports/course-progress.csv")
    if role in WITH_ADMIN:
        assert report.status_code == 200 and csv.status_code == 200
        shown = {row.course_key: row for row in report.context["courses"]}
        csv_text = csv.content.decode()
    else:
        assert refused(report) and refused(csv)
        shown, csv_text = {}, ""
    for side in SIDES:
        course = partners[side]["course"]
        runs = role in RUNS[side]
        assert (course.translation_key in shown) == runs, side
        assert (course.title in csv_text) == runs, side
        if runs:
            assert shown[course.translation_key].enrolled == 1, side
        one = client.get(f"/admin/reports/course-progress/{course.translation_key}/")
        if runs:
            assert one.status_code == 200, side
            assert one.context["course"].enrolled == 1, side
        else:
            assert refused(one), side
            assert course.title not in one.content.decode(), side


def test_a_partner_manager_sees_only_their_partners_figures(client, world, partners):
    as_role(client, world, "partner_manager")
    shown = client.get("/admin/reports/course-progress/").context["courses"]
    assert [row.course_key for row in shown] == [partners["A"]["course"].translation_key]
    csv = client.get("/admin/reports/course-progress.csv").content.decode()
    assert partners["A"]["course"].title in csv
    assert partners["B"]["course"].title not in csv and "Matrixkurs" not in csv


def test_a_partner_trainer_does_not_run_a_colleagues_course(client, world, partners):
    """A's managers run every course of A; A's trainer only the ones they wrote or teach."""
    colleague = factories.make_trainer("trainer.carla", partner=world["partner_a"])
    course = factories.make_course(
        title="Kurs der Kollegin", parent=world["partner_a"], owner=colleague
    )
    session = factories.make_session(course)
    as_role(client, world, "partner_trainer")
    assert refused(client.get(f"/admin/sessions/edit/{session.pk}/"))
    assert refused(client.get(f"/admin/sessions/{session.pk}/participants/"))
    assert refused(client.get(f"/admin/pages/{course.pk}/edit/"))
    as_role(client, world, "partner_manager")
    assert client.get(f"/admin/sessions/edit/{session.pk}/").status_code == 200
    assert client.get(f"/admin/pages/{course.pk}/edit/").status_code == 200


@pytest.mark.parametrize("role", ROLES)
def test_partner_pages_are_public(client, world, partners, role):
    """Partner pages (German and translated) and the catalogue filtered by a partner."""
    as_role(client, world, role)
    for side in SIDES:
        partner = partners[side]["partner"]
        translation = factories.translate(partner, "pl")
        for url in [partner.url, translation.url]:
            assert client.get(url).status_code == 200, (side, url)
    catalogue = factories.german_catalogue().url
    assert client.get(catalogue, {"provider": "partner-alpha"}).status_code == 200
