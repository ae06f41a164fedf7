"""The course of a session is chosen with Wagtail's page chooser: a trainer is shown and may
save only the courses they own or teach; the form page costs the same queries for 2 courses
as for 20."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.users.models import UserProfile

from courses.choosers import SCHEDULE_SESSIONS
from courses.models import CourseSession
from tests import factories

pytestmark = pytest.mark.django_db

CHOOSER = "/admin/choose-page/"
SEARCH = "/admin/choose-page/search/"


@pytest.fixture
def courses(site, trainer, other_trainer):
    return {
        "own": factories.make_course(title="Annas Obstbaumkurs", owner=trainer),
        "foreign": factories.make_course(title="Jans Obstbaumkurs", owner=other_trainer),
    }


def session_form(course):
    return factories.session_form_data(course)


def test_the_form_offers_a_page_chooser_not_a_list_of_courses(client, courses, trainer):
    client.force_login(trainer)
    html = client.get("/admin/sessions/new/").content.decode()
    assert "page-chooser" in html
    assert SCHEDULE_SESSIONS in html  # the chooser is opened with the session form's marker
    assert "Annas Obstbaumkurs" not in html and "Jans Obstbaumkurs" not in html


@pytest.mark.parametrize(
    "language, message",
    [
        ("de", "Sie können nur Termine von Kursen planen, die Ihnen gehören oder die Sie leiten."),
        ("en", "You may only schedule sessions of courses you own or teach."),
    ],
)
def test_a_trainer_posting_another_trainers_course_gets_a_clear_translated_error(
    client, courses, trainer, language, message
):
    profile = UserProfile.get_for_user(trainer)
    profile.preferred_language = language
    profile.save()
    client.force_login(trainer)
    response = client.post("/admin/sessions/new/", session_form(courses["foreign"]))
    assert response.status_code == 200
    [error] = response.context["form"].errors.as_data()["course"]
    assert error.code == "not_allowed"
    assert message in response.content.decode()  # the admin speaks the trainer's language
    assert not CourseSession.objects.exists()


def test_a_trainer_may_choose_a_translation_of_their_course(client, courses, trainer):
    polish = factories.translate(courses["own"], "pl", title="Sad owocowy")
    client.force_login(trainer)
    response = client.post("/admin/sessions/new/", session_form(polish))
    assert response.status_code == 302, response.context["form"].errors
    assert CourseSession.objects.get().course_key == courses["own"].translation_key


def test_a_manager_may_choose_any_course(client, courses, manager):
    client.force_login(manager)
    response = client.post("/admin/sessions/new/", session_form(courses["foreign"]))
    assert response.status_code == 302, response.context["form"].errors
    assert CourseSession.objects.get().course_key == courses["foreign"].translation_key


def test_the_edit_form_shows_the_chosen_course(client, courses, trainer):
    session = factories.make_session(courses["own"])
    client.force_login(trainer)
    html = client.get(f"/admin/sessions/edit/{session.pk}/").content.decode()
    assert "Annas Obstbaumkurs" in html and "Jans Obstbaumkurs" not in html


def test_a_new_session_starts_from_the_course_given_only_if_it_may_be_chosen(
    client, courses, trainer
):
    client.force_login(trainer)
    own = client.get(f"/admin/sessions/new/?course={courses['own'].pk}").content.decode()
    assert "Annas Obstbaumkurs" in own
    foreign = client.get(f"/admin/sessions/new/?course={courses['foreign'].pk}").content.decode()
    assert "Jans Obstbaumkurs" not in foreign


def chooser_titles(client, url, **params):
    response = client.get(url, {"page_type": "courses.coursepage", **params})
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("url", ["browse", "search"])
def test_the_chooser_shows_a_trainer_only_their_own_courses(client, courses, trainer, url):
    client.force_login(trainer)
    if url == "browse":
        target = f"{CHOOSER}{factories.german_partner().pk}/"
        params = {}
    else:
        target, params = SEARCH, {"q": "Obstbaumkurs"}
    html = chooser_titles(client, target, user_perms=SCHEDULE_SESSIONS, **params)
    assert "Annas Obstbaumkurs" in html and "Jans Obstbaumkurs" not in html
    # A chooser opened elsewhere is left as Wagtail makes it.
    html = chooser_titles(client, target, **params)
    assert "Annas Obstbaumkurs" in html and "Jans Obstbaumkurs" in html


def test_the_chooser_shows_a_manager_every_course(client, courses, manager):
    client.force_login(manager)
    html = chooser_titles(
        client, f"{CHOOSER}{factories.german_partner().pk}/", user_perms=SCHEDULE_SESSIONS
    )
    assert "Annas Obstbaumkurs" in html and "Jans Obstbaumkurs" in html


@pytest.mark.parametrize("who", ["trainer", "manager"])
def test_the_form_costs_the_same_queries_for_2_and_for_20_courses(client, site, request, who):
    user = request.getfixturevalue(who)
    own = factories.make_course(title="Erster Kurs", owner=user)
    session = factories.make_session(own)
    factories.make_course(title="Zweiter Kurs", owner=user)
    client.force_login(user)
    pages = ["/admin/sessions/new/", f"/admin/sessions/edit/{session.pk}/"]
    for page in pages:
        client.get(page)  # warm the caches of sessions, sites and locales

    def counts():
        result = []
        for page in pages:
            with CaptureQueriesContext(connection) as context:
                assert client.get(page).status_code == 200
            result.append(len(context.captured_queries))
        return result

    few = counts()
    for number in range(18):
        factories.make_course(title=f"Weiterer Kurs {number}", owner=user)
    assert counts() == few
