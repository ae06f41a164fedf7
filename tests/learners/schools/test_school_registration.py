"""Teachers register a school and join one by invitation; managers approve schools in the
admin and see each school's numbers (learners/schools/views.py, learners/schools/admin.py)."""

import time
from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from learners.models import (
    Enrolment,
    EnrolmentStatus,
    School,
    SchoolMembership,
    TeacherInvitation,
)
from learners.pupils import services as pupil_service
from learners.schools import services as schools
from tests import factories
from tests.factories import SCHOOL

pytestmark = pytest.mark.django_db

REGISTER_URL = "/en/schools/register/"
DONE_URL = "/en/schools/register/done/"


@pytest.fixture
def manager(manager):
    """The admin in English, as the admin tests below read its texts."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(manager)
    profile.preferred_language = "en"
    profile.save()
    return manager


@pytest.fixture
def colleague(db):
    return factories.make_user("teacher.lea", email="Lea@Park.example")


@pytest.fixture
def learner(db):
    return factories.make_user("lena", email="lena@example.org", year_of_birth=1990)


@pytest.fixture
def course(site):
    return factories.make_course(title="Roboter bauen", ages=("children", "young-people"))


def invitation_url(token):
    return f"/en/schools/invitations/{token}/"


def invite(school, teacher, email="lea@park.example"):
    return schools.invitation_token(schools.invite_teacher(school, email, by=teacher))


def book(teacher, session, class_name="7b", pupils=20):
    return schools.book_class(
        teacher,
        session.pk,
        class_name=class_name,
        grade=7,
        pupils=pupils,
        adults=2,
        consent_confirmed=True,
    )


def my_school_path():
    return reverse("my_school")


# Registering a school


def test_registration_first_explains_that_it_needs_an_account(client):
    response = client.get(REGISTER_URL)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Create your own account as a teacher" in page
    next_query = "?next=" + quote(REGISTER_URL)
    assert (
        f"/en/accounts/signup/{next_query}" in page and f"/en/accounts/login/{next_query}" in page
    )
    response = client.post(REGISTER_URL, SCHOOL)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not School.objects.exists()


def test_a_teacher_registers_a_school_and_learns_what_happens_next(client, teacher):
    client.force_login(teacher)
    page = client.get(REGISTER_URL)
    assert page.status_code == 200
    html = page.content.decode()
    for label in ("Name of the school", "Type of school", "Street and number", "Postcode", "Town"):
        assert label in html
    assert "csrfmiddlewaretoken" in html

    response = client.post(REGISTER_URL, SCHOOL)

    assert response.status_code == 302 and response["Location"] == DONE_URL
    school = School.objects.get()
    assert (school.name, school.town, school.is_approved) == ("Oberschule Am Park", "Zittau", False)
    assert SchoolMembership.objects.get().teacher == teacher
    done = client.get(DONE_URL).content.decode()
    assert "Oberschule Am Park" in done
    assert "An education manager checks your school" in done
    assert "The seats are held for you" in done


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"town": "  "}, "Town"),
        ({"town": ""}, "Town"),
        ({"school_type": "university"}, "Type of school"),
        ({"postcode": "0" * 11}, "Postcode"),
        ({"name": ""}, "Name of the school"),
        ({"name": "x" * 201}, "Name of the school"),
        ({"street": "\x00"}, "Street and number"),
    ],
)
def test_bad_input_registers_nothing_and_keeps_what_was_typed(client, teacher, changes, field):
    client.force_login(teacher)
    response = client.post(REGISTER_URL, {**SCHOOL, **changes})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="error-summary"' in html and 'class="error field-errors"' in html
    assert f"{field}:" in html  # the summary names the field
    kept = {name: value for name, value in SCHOOL.items() if name not in changes}
    for name, value in kept.items():
        if name != "school_type":
            assert f'value="{value}"' in html
    assert School.objects.count() == 0 and SchoolMembership.objects.count() == 0


def test_a_teacher_with_a_school_goes_to_my_school(client, school, teacher):
    client.force_login(teacher)
    assert client.get(REGISTER_URL)["Location"] == my_school_path()
    response = client.post(REGISTER_URL, {**SCHOOL, "name": "Zweite Schule"})
    assert response["Location"] == my_school_path()
    assert School.objects.count() == 1


def test_the_next_steps_page_is_for_teachers_with_a_school(client, learner):
    client.force_login(learner)
    assert client.get(DONE_URL)["Location"] == REGISTER_URL


def test_a_pupil_cannot_register_a_school(client, approved, teacher, course):
    school_class = book(teacher, factories.make_session(course, capacity=30)).school_class
    pupil = pupil_service.add_pupil(school_class, "Fox 7", password="sonne")
    client.force_login(pupil.user)
    response = client.post(REGISTER_URL, {**SCHOOL, "name": "Meine Schule"})
    assert response.status_code == 200
    assert "A pupil&#x27;s account cannot register a school." in response.content.decode()
    assert School.objects.count() == 1


def test_registration_is_protected_against_cross_site_posts(teacher):
    client = Client(enforce_csrf_checks=True)
    client.force_login(teacher)
    assert client.post(REGISTER_URL, SCHOOL).status_code == 403
    assert School.objects.count() == 0


# Invitations


def test_a_visitor_sees_the_invitation_and_is_asked_to_log_in(client, approved, teacher):
    token = invite(approved, teacher)
    response = client.get(invitation_url(token))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Oberschule Am Park" in html and "lea@park.example" in html
    assert "/accounts/login/?next=" in html and "Accept and join" not in html

    response = client.post(invitation_url(token))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert SchoolMembership.objects.count() == 1


def test_the_invited_colleague_accepts(client, approved, teacher, colleague):
    token = invite(approved, teacher)
    client.force_login(colleague)
    page = client.get(invitation_url(token)).content.decode()
    assert "Accept and join Oberschule Am Park" in page

    response = client.post(invitation_url(token))

    assert response.status_code == 302 and response["Location"] == my_school_path()
    assert schools.teacher_school(colleague) == approved
    invitation = TeacherInvitation.objects.get()
    assert invitation.accepted_by == colleague


def test_an_invitation_for_another_address_cannot_be_accepted(client, approved, teacher, learner):
    token = invite(approved, teacher)
    client.force_login(learner)
    page = client.get(invitation_url(token)).content.decode()
    assert "sent to another e-mail address" in page
    assert "Accept and join" not in page and "lena@example.org" in page

    response = client.post(invitation_url(token))

    assert response.status_code == 200
    assert "sent to another e-mail address" in response.content.decode()
    assert schools.teacher_school(learner) is None
    assert TeacherInvitation.objects.get().accepted_at is None


def test_a_teacher_of_another_school_is_told_so(client, approved, teacher):
    ole = factories.make_user("teacher.ole", email="ole@see.example")
    ole_school = schools.register_school(ole, **{**SCHOOL, "name": "Grundschule am See"})
    token = invite(approved, teacher, email=ole.email)
    client.force_login(ole)
    assert "You already belong to a school." in client.get(invitation_url(token)).content.decode()
    client.post(invitation_url(token))
    assert schools.teacher_school(ole) == ole_school


def test_an_expired_invitation_says_so(client, approved, teacher, colleague, monkeypatch):
    token = invite(approved, teacher)
    later = time.time() + schools.INVITATION_VALID_FOR.total_seconds() + 60
    monkeypatch.setattr("time.time", lambda: later)
    client.force_login(colleague)
    for response in (client.get(invitation_url(token)), client.post(invitation_url(token))):
        assert response.status_code == 200
        html = response.content.decode()
        assert "This invitation has expired." in html and "Accept and join" not in html
    assert schools.teacher_school(colleague) is None


def test_a_used_invitation_says_so(client, approved, teacher, colleague):
    token = invite(approved, teacher)
    client.force_login(colleague)
    client.post(invitation_url(token))
    response = client.get(invitation_url(token))
    assert "This invitation has already been used." in response.content.decode()
    assert SchoolMembership.objects.filter(teacher=colleague).count() == 1


@pytest.mark.parametrize("token", ["nonsense", "a:b:c", "x" * 300])
def test_forged_invitation_links_say_so(client, approved, colleague, token):
    client.force_login(colleague)
    for response in (client.get(invitation_url(token)), client.post(invitation_url(token))):
        assert response.status_code == 200
        assert "This invitation link is not valid." in response.content.decode()
    assert schools.teacher_school(colleague) is None


def test_a_link_with_a_nul_byte_is_refused_at_the_edge(client, approved, colleague):
    """Control characters never reach a view (wirkstatt/request_guard.py)."""
    client.force_login(colleague)
    for response in (client.get(invitation_url("%00")), client.post(invitation_url("%00"))):
        assert response.status_code == 400
        assert "We could not understand this request" in response.content.decode()
    assert schools.teacher_school(colleague) is None


# The schools in the admin

ADMIN_LIST = "/admin/schools/"


def approve_url(school):
    return f"/admin/schools/approve/{school.pk}/"


def test_managers_see_the_schools_with_their_numbers(client, manager, school, teacher, course):
    book(teacher, factories.make_session(course, capacity=30))
    other = factories.make_user("teacher.ole", email="ole@see.example")
    schools.approve_school(
        schools.register_school(other, **{**SCHOOL, "name": "Grundschule am See"}), manager
    )
    client.force_login(manager)

    response = client.get(ADMIN_LIST)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Oberschule Am Park" in html and "Grundschule am See" in html
    assert "waiting for approval" in html and "approved" in html
    assert "Secondary school (Oberschule)" in html
    listed = [school.name for school in response.context["object_list"]]
    assert listed == ["Oberschule Am Park", "Grundschule am See"]  # waiting first
    row = response.context["object_list"][0]
    assert (row.teacher_count, row.booking_count, row.pupil_count) == (1, 1, 0)
    assert approve_url(school) in html


def test_the_list_takes_the_same_queries_for_many_schools(
    client, manager, django_assert_max_num_queries
):
    for number in range(15):
        user = factories.make_user(f"teacher{number}", email=f"t{number}@example.org")
        schools.register_school(user, **{**SCHOOL, "name": f"Schule {number}"})
    client.force_login(manager)
    with django_assert_max_num_queries(25):
        assert client.get(ADMIN_LIST).status_code == 200


def test_a_manager_approves_a_school_and_its_bookings_are_confirmed(
    client, manager, school, teacher, course
):
    booking = book(teacher, factories.make_session(course, capacity=30))
    assert booking.status == EnrolmentStatus.AWAITING_APPROVAL
    client.force_login(manager)
    page = client.get(approve_url(school))
    assert page.status_code == 200 and "Approve the school" in page.content.decode()
    school.refresh_from_db()
    assert not school.is_approved  # looking is not approving

    response = client.post(approve_url(school))

    assert response.status_code == 302 and response["Location"] == ADMIN_LIST
    school.refresh_from_db()
    assert school.is_approved and school.approved_by == manager
    booking.refresh_from_db()
    assert booking.status == EnrolmentStatus.CONFIRMED


def test_approving_an_unknown_school_is_a_404(client, manager):
    client.force_login(manager)
    # LocaleMiddleware sends an admin 404 on to the language-prefixed path, a 404 as well
    response = client.post("/admin/schools/approve/999999/", follow=True)
    assert response.status_code == 404


def test_school_statistics(client, manager, approved, teacher, course):
    past = book(teacher, factories.make_session(course, capacity=30), class_name="5a")
    cancelled = book(teacher, factories.make_session(course, capacity=30), class_name="6a")
    upcoming = book(teacher, factories.make_session(course, capacity=30), class_name="7a")
    schools.cancel_class(cancelled, teacher)
    for pseudonym in ("Fox 7", "Owl 3"):
        pupil_service.add_pupil(upcoming.school_class, pseudonym, password="sonne")
    yesterday = timezone.now() - timezone.timedelta(days=1)
    past.session.__class__.objects.filter(pk=past.session_id).update(
        start=yesterday, end=yesterday + timezone.timedelta(hours=3)
    )
    Enrolment.objects.filter(pk=past.pk).update(status=EnrolmentStatus.COMPLETED)
    client.force_login(manager)

    response = client.get(f"/admin/schools/inspect/{approved.pk}/")

    assert response.status_code == 200
    assert response.context["statistics"] == {
        "upcoming": 1,
        "past": 1,
        "cancelled": 1,
        "awaiting_approval": 0,
        "pupils": 2,
        "completed": 1,
    }
    html = response.content.decode()
    assert "kim@park.example" in html and "Pupils now" in html
    assert "Fox 7" not in html  # managers see numbers, not pupils


@pytest.fixture
def outsiders(db, trainer, teacher, learner):
    return {"trainer": trainer, "teacher": teacher, "learner": learner, "anonymous": None}


@pytest.mark.parametrize("who", ["trainer", "teacher", "learner", "anonymous"])
def test_only_managers_see_and_approve_schools(client, outsiders, school, who):
    if outsiders[who]:
        client.force_login(outsiders[who])
    for url in (ADMIN_LIST, f"/admin/schools/inspect/{school.pk}/", approve_url(school)):
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert "Oberschule Am Park" not in response.content.decode()
    assert client.post(approve_url(school)).status_code in (302, 403)
    school.refresh_from_db()
    assert not school.is_approved


def test_a_manager_without_the_approval_permission_cannot_approve(client, manager, school):
    from django.contrib.auth.models import Permission

    manager.groups.first().permissions.remove(Permission.objects.get(codename="approve_school"))
    manager = type(manager).objects.get(pk=manager.pk)
    client.force_login(manager)
    assert approve_url(school) not in client.get(ADMIN_LIST).content.decode()
    assert client.post(approve_url(school)).status_code in (302, 403)  # the admin redirects
    school.refresh_from_db()
    assert not school.is_approved


@pytest.mark.parametrize(
    "query",
    ["q=Zittau", "school_type=secondary", "ordering=-pupil_count", "ordering=name", "ordering=x"],
)
def test_managers_search_filter_and_sort_the_schools(client, manager, school, query):
    client.force_login(manager)
    response = client.get(f"{ADMIN_LIST}?{query}")
    assert response.status_code == 200
    assert [school.name for school in response.context["object_list"]] == ["Oberschule Am Park"]
