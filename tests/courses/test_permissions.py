"""Trainers write and own courses but cannot publish; education managers review and publish."""

import pytest
from wagtail.models import Workflow
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from courses.models import AgeGroup, CompetenceField, CoursePage, InstructionLanguage
from tests import factories

pytestmark = pytest.mark.django_db


def course_form(title, slug, action=None):
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "teaser": "Ein neuer Kurs",
            "description": streamfield([]),
            "competence_field": CompetenceField.objects.get(
                code="life", locale__language_code="de"
            ).pk,
            "format": "in_person",
            "duration_hours": "3",
            "fee": "0",
            "learning_outcomes": "",
            "prerequisites": "",
            "lesson_order": "free",
            "completion_requires_lessons": "on",
            "completion_attendance_percent": "100",
            "comments": inline_formset([]),
            "session_notes": inline_formset([]),
        }
    )
    data["age_groups"] = [AgeGroup.objects.get(code="adults", locale__language_code="de").pk]
    data["instruction_languages"] = [InstructionLanguage.objects.get(code="de").pk]
    if action:
        data[f"action-{action}"] = "1"
    return data


def add_url():
    return f"/admin/pages/add/courses/coursepage/{factories.german_partner().pk}/"


def test_trainer_creates_a_draft_course_and_owns_it(client, site, trainer):
    client.force_login(trainer)
    response = client.post(add_url(), course_form("Obstbäume schneiden", "obstbaeume"))
    assert response.status_code == 302, response.content.decode()[:2000]
    course = CoursePage.objects.get(slug="obstbaeume")
    assert course.owner == trainer
    assert not course.live


def test_trainer_cannot_publish_and_submits_for_review(client, site, trainer, manager):
    client.force_login(trainer)
    client.post(add_url(), course_form("Imkern", "imkern", action="publish"))
    course = CoursePage.objects.get(slug="imkern")
    assert not course.live
    assert not course.permissions_for_user(trainer).can_publish()

    client.post(f"/admin/pages/{course.pk}/edit/", course_form("Imkern", "imkern", "submit"))
    course.refresh_from_db()
    assert course.get_workflow() == Workflow.objects.get(name="Course review: Testpartner")
    state = course.workflow_states.get()
    assert state.status == "in_progress"
    assert manager in [
        user
        for group in state.current_task_state.task.specific.groups.all()
        for user in group.user_set.all()
    ]


def test_trainer_edits_own_but_not_other_trainers_courses(client, site, trainer, other_trainer):
    own = factories.make_course(title="Eigener Kurs", owner=trainer)
    foreign = factories.make_course(title="Fremder Kurs", owner=other_trainer)
    client.force_login(trainer)
    assert client.get(f"/admin/pages/{own.pk}/edit/").status_code == 200
    response = client.get(f"/admin/pages/{foreign.pk}/edit/")
    assert response.status_code in (302, 403)
    response = client.post(
        f"/admin/pages/{foreign.pk}/edit/", course_form("Übernommen", foreign.slug)
    )
    foreign.refresh_from_db()
    assert foreign.title == "Fremder Kurs"
    assert foreign.get_latest_revision().content["title"] == "Fremder Kurs"


def test_trainer_cannot_create_pages_outside_the_catalogue(client, site, trainer):
    client.force_login(trainer)
    home = factories.german_home()
    response = client.get(f"/admin/pages/add/home/standardpage/{home.pk}/")
    assert response.status_code in (302, 403)


def test_manager_publishes_any_course(client, site, trainer, manager):
    course = factories.make_course(title="Zur Prüfung", owner=trainer, live=False)
    client.force_login(manager)
    assert course.permissions_for_user(manager).can_publish()
    response = client.post(
        f"/admin/pages/{course.pk}/edit/", course_form("Zur Prüfung", course.slug, "publish")
    )
    assert response.status_code == 302
    course.refresh_from_db()
    assert course.live


def test_anonymous_and_learners_cannot_reach_the_admin(client, site):
    learner = factories.make_user("learner")
    assert client.get("/admin/").status_code == 302
    client.force_login(learner)
    assert client.get("/admin/").status_code in (302, 403)


def test_only_managers_manage_vocabularies_and_venues(client, site, trainer, manager):
    client.force_login(trainer)
    assert client.get("/admin/snippets/courses/venue/add/").status_code in (302, 403)
    client.force_login(manager)
    assert client.get("/admin/snippets/courses/venue/add/").status_code == 200
    assert client.get("/admin/snippets/courses/competencefield/").status_code == 200


def add_session(client, course, start, end):
    meeting = (f"2030-05-01 {start}", f"2030-05-01 {end}")
    return client.post("/admin/sessions/new/", factories.session_form_data(course, [meeting]))


class TestSessionAdmin:
    @pytest.fixture
    def courses(self, site, trainer, other_trainer):
        own = factories.make_course(title="Anna's Kurs", owner=trainer)
        foreign = factories.make_course(title="Jans Kurs", owner=other_trainer)
        return {
            "own": factories.make_session(own),
            "foreign": factories.make_session(foreign, days_ahead=9),
            "own_course": own,
            "foreign_course": foreign,
        }

    def test_trainer_lists_and_edits_only_own_sessions(self, client, courses, trainer):
        client.force_login(trainer)
        response = client.get("/admin/sessions/")
        assert response.status_code == 200
        listed = list(response.context["object_list"])
        assert listed == [courses["own"]]
        assert client.get(f"/admin/sessions/edit/{courses['own'].pk}/").status_code == 200
        assert client.get(f"/admin/sessions/edit/{courses['foreign'].pk}/").status_code in (
            302,
            403,
        )
        assert client.post(f"/admin/sessions/delete/{courses['foreign'].pk}/").status_code in (
            302,
            403,
        )
        assert courses["foreign"].__class__.objects.filter(pk=courses["foreign"].pk).exists()

    def test_trainer_cannot_add_a_session_to_another_trainers_course(
        self, client, courses, trainer
    ):
        client.force_login(trainer)
        response = add_session(client, courses["foreign_course"], "09:00", "12:00")
        assert response.status_code == 200  # the form comes back with an error
        assert response.context["form"].errors["course"]
        assert courses["foreign_course"].sessions.count() == 1

    def test_trainer_adds_a_session_to_own_course(self, client, courses, trainer):
        client.force_login(trainer)
        response = add_session(client, courses["own_course"], "09:00", "12:00")
        assert response.status_code == 302, response.context["form"].errors
        assert courses["own_course"].sessions.count() == 2

    def test_session_form_rejects_end_before_start(self, client, courses, manager):
        client.force_login(manager)
        response = add_session(client, courses["own_course"], "12:00", "09:00")
        assert response.status_code == 200
        [meeting_form] = response.context["form"].formsets["meetings"].forms
        assert meeting_form.errors["__all__"] == ["Ein Treffen muss nach seinem Beginn enden."]
        assert courses["own_course"].sessions.count() == 1

    def test_manager_sees_and_edits_every_session(self, client, courses, manager):
        client.force_login(manager)
        listed = set(client.get("/admin/sessions/").context["object_list"])
        assert listed == {courses["own"], courses["foreign"]}
        assert client.get(f"/admin/sessions/edit/{courses['foreign'].pk}/").status_code == 200

    def test_course_edit_page_lists_its_sessions(self, client, courses, trainer):
        client.force_login(trainer)
        html = client.get(f"/admin/pages/{courses['own_course'].pk}/edit/").content.decode()
        assert f"/admin/sessions/edit/{courses['own'].pk}/" in html
        assert f"/admin/sessions/new/?course={courses['own_course'].pk}" in html


def test_trainer_translates_own_course_with_its_lessons(
    client, site, trainer, django_capture_on_commit_callbacks
):
    course = factories.make_course(title="Kräuterwanderung", owner=trainer, format="blended")
    factories.make_lesson(course, title="Bärlauch erkennen")
    client.force_login(trainer)
    polish = factories.locale("pl")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/localize/submit/page/{course.pk}/",
            {"locales": [polish.pk], "include_subtree": "on"},
        )
    assert response.status_code == 302
    translation = CoursePage.objects.get(translation_key=course.translation_key, locale=polish)
    assert translation.get_children().count() == 1
    assert client.get(f"/admin/pages/{translation.pk}/edit/").status_code == 200
    # The translation shares the course's sessions and facts.
    assert translation.competence_field == course.competence_field


def test_every_language_uses_the_partners_review(site):
    review = Workflow.objects.get(name="Course review: Testpartner")
    for code in ["de", "en", "pl", "cs", "hsb"]:
        partner = factories.german_partner().get_translation(factories.locale(code))
        assert partner.get_workflow() == review
        assert factories.make_course(parent=partner, live=False).get_workflow() == review


def test_raising_capacity_in_the_admin_promotes_waiting_learners(client, site, trainer):
    from learners.enrolment import services as service
    from learners.models import Enrolment

    course = factories.make_course(title="Voll", owner=trainer)
    session = factories.make_session(course, capacity=1)
    people = [factories.make_user(f"p{i}", year_of_birth=1990) for i in range(3)]
    for person in people:
        service.enrol(person, session.pk)
    client.force_login(trainer)
    response = client.post(
        f"/admin/sessions/edit/{session.pk}/",
        factories.session_form_data(course, list(session.meetings.all()), capacity="3"),
    )
    assert response.status_code == 302, response.context["form"].errors
    assert Enrolment.objects.filter(status="confirmed").count() == 3
