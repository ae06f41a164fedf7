"""Partners run themselves: their groups get Wagtail page permissions on the partner's
subtree and the partner's review workflow; the network's managers can do everything."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Workflow

from courses.models import CoursePage, PartnerPage
from courses.permissions import CourseSessionPermissionPolicy, course_keys_owned_by
from tests import factories
from tests.factories import publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def university(site):
    return factories.german_partner()


@pytest.fixture
def institute(site):
    partner = factories.make_partner("Institut für Energie", kind="research", slug="institut")
    for code in ["en", "pl", "cs", "hsb"]:
        factories.translate(partner, code)
    return partner


def partner_manager(username, partner):
    user = factories.make_user(username)
    user.groups.add(partner.managers_group)
    return user


def test_a_new_partner_gets_its_groups_and_review_workflow(institute):
    assert institute.managers_group.name == "Institut für Energie – Managers"
    assert institute.trainers_group.name == "Institut für Energie – Trainers"
    workflow = Workflow.objects.get(name="Course review: Institut für Energie")
    approvers = {g.name for g in workflow.tasks.get().specific.groups.all()}
    assert approvers == {"Institut für Energie – Managers", "Education managers"}
    for translation in PartnerPage.objects.filter(translation_key=institute.translation_key):
        assert translation.managers_group == institute.managers_group
        assert translation.get_workflow() == workflow
        assert translation.group_permissions.filter(group=institute.trainers_group).exists()


def test_partners_with_the_same_name_get_their_own_groups(site):
    first = factories.make_partner("Stadt Zittau", kind="public_body")
    second = factories.make_partner("Stadt Zittau", kind="public_body")
    assert first.managers_group != second.managers_group
    assert Group.objects.filter(name__startswith="Stadt Zittau").count() == 4


def test_a_partners_trainer_writes_only_below_their_partner(client, university, institute):
    trainer = factories.make_trainer("trainer.ida", partner=institute)
    client.force_login(trainer)
    own = f"/admin/pages/add/courses/coursepage/{institute.pk}/"
    foreign = f"/admin/pages/add/courses/coursepage/{university.pk}/"
    assert client.get(own).status_code == 200
    assert client.get(foreign).status_code in (302, 403)
    assert university.permissions_for_user(trainer).can_add_subpage() is False


def test_a_trainer_of_two_partners_writes_for_both(university, institute):
    trainer = factories.make_trainer("trainer.ola", partner=institute)
    trainer.groups.add(university.trainers_group)
    assert institute.permissions_for_user(trainer).can_add_subpage()
    assert university.permissions_for_user(trainer).can_add_subpage()


def test_a_partners_manager_publishes_its_courses_only(university, institute):
    own = factories.make_course(parent=institute, live=False)
    foreign = factories.make_course(parent=university, live=False)
    manager = partner_manager("lea", institute)
    assert own.permissions_for_user(manager).can_publish()
    assert own.permissions_for_user(manager).can_edit()
    assert not foreign.permissions_for_user(manager).can_publish()
    assert not foreign.permissions_for_user(manager).can_edit()


def test_the_network_manager_publishes_every_partners_course(university, institute, manager):
    for partner in (university, institute):
        course = factories.make_course(parent=partner, live=False)
        assert course.permissions_for_user(manager).can_publish()


def test_a_joint_course_is_edited_by_its_lead_partner(university, institute):
    joint = factories.make_course(parent=university, live=False)
    joint.co_providers.add(institute)
    joint.save()
    lead, co = partner_manager("lead", university), partner_manager("co", institute)
    assert joint.permissions_for_user(lead).can_edit()
    assert not joint.permissions_for_user(co).can_edit()
    assert joint.provider == university
    assert list(joint.co_providers.all()) == [institute]


def test_submissions_go_to_their_partners_managers(client, university, institute):
    trainer = factories.make_trainer("trainer.max", partner=institute)
    course = factories.make_course(parent=institute, owner=trainer, live=False)
    course.save_revision(user=trainer)
    course.get_workflow().start(course, trainer)
    task = course.workflow_states.get().current_task_state.task.specific
    lea, ben = partner_manager("lea", institute), partner_manager("ben", university)
    reviewers = {u for g in task.groups.all() for u in g.user_set.all()}
    assert lea in reviewers and ben not in reviewers
    assert task.user_can_access_editor(course, lea)
    assert not task.user_can_access_editor(course, ben)


def test_a_trainer_cannot_move_a_course_to_another_partner(client, university, institute):
    trainer = factories.make_trainer("trainer.ida", partner=institute)
    course = factories.make_course(parent=institute, owner=trainer, live=False)
    client.force_login(trainer)
    response = client.post(f"/admin/pages/{course.pk}/move/{university.pk}/confirm/")
    assert response.status_code in (302, 403)
    course.refresh_from_db()
    assert course.get_parent().pk == institute.pk
    assert not course.permissions_for_user(trainer).can_move_to(university)


def test_partner_managers_run_the_sessions_of_their_courses(university, institute):
    own = factories.make_course(parent=institute)
    foreign = factories.make_course(parent=university)
    manager = partner_manager("lea", institute)
    own_session, foreign_session = factories.make_session(own), factories.make_session(foreign)
    policy = CourseSessionPermissionPolicy()
    assert policy.user_has_permission_for_instance(manager, "change", own_session)
    assert not policy.user_has_permission_for_instance(manager, "change", foreign_session)
    keys = set(course_keys_owned_by(manager).values_list("translation_key", flat=True))
    assert keys == {own.translation_key}


def test_courses_below_a_catalogue_move_below_a_partner_with_redirects(client, site):
    """The data migration that introduced partners, run on courses of the old layout."""
    migration = __import__(
        "courses.migrations.0007_courses_belong_to_partners", fromlist=["courses_to_partners"]
    )
    catalogue = factories.german_catalogue()
    course = factories.make_course(title="Alter Kurs", slug="alter-kurs", parent=catalogue)
    lesson = factories.make_lesson(course, title="Erste Lektion")
    old_course_url, old_lesson_url = course.url, lesson.url
    trainer = factories.make_user("trainer.old", group="Trainers")

    migration.courses_to_partners(apps, None)

    course, lesson = CoursePage.objects.get(pk=course.pk), Page.objects.get(pk=lesson.pk)
    partner = course.get_parent().specific
    assert isinstance(partner, PartnerPage) and partner.slug == "wirkstatt"
    assert course.url == "/de/kurse/wirkstatt/alter-kurs/"
    assert lesson.get_parent().pk == course.pk
    assert client.get(course.url).status_code == 200
    assert client.get(lesson.url).status_code == 200
    for old, new in [(old_course_url, course.url), (old_lesson_url, lesson.url)]:
        response = client.get(old)
        assert response.status_code == 301 and response["Location"] == new
    assert Redirect.objects.filter(redirect_page=course).exists()
    assert partner.permissions_for_user(trainer).can_add_subpage()
    assert all(not problems for problems in Page.find_problems())


def test_course_page_and_card_name_who_offers_the_course(client, university, institute):
    joint = factories.make_course(title="Gemeinsamer Kurs", parent=university)
    joint.co_providers.add(institute)
    publish(joint)
    html = client.get(joint.url).content.decode()
    assert "Gemeinsam angeboten von" in html
    assert f'href="{university.url}"' in html and f'href="{institute.url}"' in html
    catalogue = client.get(factories.german_catalogue().url).content.decode()
    assert f'<a href="{institute.url}">Institut für Energie</a>' in catalogue


def test_partner_page_lists_its_own_and_joint_courses(client, university, institute):
    own = factories.make_course(title="Eigener Institutskurs", parent=institute)
    joint = factories.make_course(title="Gemeinsamer Kurs", parent=university)
    joint.co_providers.add(institute)
    publish(joint)
    factories.make_course(title="Fremder Kurs", parent=university)
    factories.make_course(title="Entwurf", parent=institute, live=False)
    response = client.get(institute.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert own.title in html and joint.title in html
    assert "Fremder Kurs" not in html and "Entwurf" not in html


def test_partner_page_in_another_language_lists_courses_in_that_language(client, institute):
    course = factories.make_course(title="Energiespeicher", parent=institute)
    polish = factories.translate(course, "pl", title="Magazyny energii", slug="magazyny")
    partner = institute.get_translation(factories.locale("pl"))
    html = client.get(partner.url).content.decode()
    assert '<html lang="pl">' in html
    assert polish.title in html and f'href="{polish.url}"' in html


def test_an_unknown_partner_is_a_translated_not_found(client, site):
    response = client.get(f"{factories.german_catalogue().url}kein-solcher-partner/")
    assert response.status_code == 404


def test_jsonld_names_the_partners_that_offer_the_course(client, university, institute):
    from tests.courses.test_course_page import jsonld_of

    course = factories.make_course(title="Allein", parent=institute)
    provider = jsonld_of(client.get(course.url))["provider"]
    assert provider == {
        "@type": "Organization",
        "name": "Institut für Energie",
        "url": f"http://testserver{institute.url}",
    }
    course.co_providers.add(university)
    publish(course)
    providers = jsonld_of(client.get(course.url))["provider"]
    assert [p["name"] for p in providers] == ["Institut für Energie", "Testpartner"]


def test_a_partner_with_courses_cannot_be_deleted(client, institute, manager):
    course = factories.make_course(parent=institute)
    client.force_login(manager)
    for method in (client.get, client.post):
        response = method(f"/admin/pages/{institute.pk}/delete/", follow=True)
        assert response.status_code == 200
        assert "bietet noch Kurse an" in response.content.decode()
    bulk = f"/admin/bulk/wagtailcore/page/delete/?id={institute.pk}"
    response = client.post(bulk, follow=True)
    assert "bietet noch Kurse an" in response.content.decode()
    assert PartnerPage.objects.filter(pk=institute.pk).exists()
    assert CoursePage.objects.filter(pk=course.pk).exists()


def test_a_partner_without_courses_can_be_deleted(client, site, manager):
    empty = factories.make_partner("Leerer Partner")
    client.force_login(manager)
    response = client.post(f"/admin/pages/{empty.pk}/delete/")
    assert response.status_code == 302
    assert not PartnerPage.objects.filter(pk=empty.pk).exists()


@pytest.mark.parametrize(
    "value", ["kein-partner", "", "%00", "' OR 1=1--", "x" * 300, "institut%00"]
)
def test_unknown_provider_filters_are_ignored_with_a_notice(client, university, institute, value):
    own = factories.make_course(title="Eigener Institutskurs", parent=institute)
    other = factories.make_course(title="Hochschulkurs", parent=university)
    response = client.get(f"{factories.german_catalogue().url}?provider={value}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "ignoriert" in html or "ignored" in html or value == ""
    assert own.title in html and other.title in html


def test_the_provider_filter_shows_led_and_joint_courses(client, university, institute):
    own = factories.make_course(title="Eigener Institutskurs", parent=institute)
    joint = factories.make_course(title="Gemeinsamer Kurs", parent=university)
    joint.co_providers.add(institute)
    publish(joint)
    other = factories.make_course(title="Hochschulkurs", parent=university)
    response = client.get(f"{factories.german_catalogue().url}?provider=institut")
    titles = {course.title for course in response.context["courses"]}
    assert titles == {own.title, joint.title}
    facet = next(f for f in response.context["facets"] if f["name"] == "provider")
    counts = {option["value"]: option["count"] for option in facet["options"]}
    assert counts == {"institut": 2, "testpartner": 2}
    assert other.title not in titles


def test_only_the_network_manager_creates_partners(client, university, manager):
    catalogue = factories.german_catalogue()
    add = f"/admin/pages/add/courses/partnerpage/{catalogue.pk}/"
    form = {
        "title": "Stadtbibliothek Löbau",
        "slug": "stadtbibliothek-loebau",
        "kind": "public_body",
        "town": "Löbau",
        "country": "DE",
        "description": '{"blocks": [], "entityMap": {}}',
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        "action-publish": "1",
    }
    partner_manager_of_university = partner_manager("ben", university)
    client.force_login(partner_manager_of_university)
    assert client.get(add).status_code in (302, 403)
    client.post(add, form)
    assert not PartnerPage.objects.filter(slug="stadtbibliothek-loebau").exists()

    client.force_login(manager)
    response = client.post(add, form)
    assert response.status_code == 302, response.content.decode()[:3000]
    library = PartnerPage.objects.get(slug="stadtbibliothek-loebau")
    assert library.live
    assert library.managers_group.name == "Stadtbibliothek Löbau – Managers"
    assert library.get_workflow().name == "Course review: Stadtbibliothek Löbau"


def course_form(course, parent, data=None):
    form_class = CoursePage.get_edit_handler().get_form_class()
    return form_class(data, instance=course, parent_page=parent, for_user=None)


def test_the_trainers_offered_are_those_of_the_courses_partners(university, institute):
    ours = factories.make_trainer("trainer.uni", partner=university)
    theirs = factories.make_trainer("trainer.ida", partner=institute)
    course = factories.make_course(parent=university)
    offered = set(course_form(course, university).fields["trainers"].queryset)
    assert ours in offered and theirs not in offered

    course.co_providers.add(institute)
    course.save()
    offered = set(course_form(course, university).fields["trainers"].queryset)
    assert {ours, theirs} <= offered


def test_a_trainer_named_before_stays_on_offer(university, institute):
    theirs = factories.make_trainer("trainer.ida", partner=institute)
    course = factories.make_course(parent=university)
    course.trainers.add(theirs)
    course.save()
    assert theirs in course_form(course, university).fields["trainers"].queryset


def test_a_trainer_of_another_partner_is_refused(client, university, institute):
    from tests.courses.test_permissions import course_form as new_course

    ours = factories.make_trainer("trainer.uni", partner=university)
    theirs = factories.make_trainer("trainer.ida", partner=institute)
    client.force_login(ours)
    data = new_course("Obstbäume schneiden", "obstbaeume")
    data["trainers"] = [theirs.pk]
    response = client.post(f"/admin/pages/add/courses/coursepage/{university.pk}/", data)
    assert response.status_code == 200
    assert "trainers" in response.context["form"].errors
    assert not CoursePage.objects.filter(slug="obstbaeume").exists()

    data["trainers"] = [ours.pk]
    response = client.post(f"/admin/pages/add/courses/coursepage/{university.pk}/", data)
    assert response.status_code == 302
    assert list(CoursePage.objects.get(slug="obstbaeume").trainers.all()) == [ours]


def test_translating_a_course_translates_its_new_partner_with_the_same_roles(client, site):
    factories.translate_site(codes=("pl",))
    partner = factories.make_partner("Verein Neiße", kind="association", slug="verein-neisse")
    course = factories.make_course(title="Vogelstimmen", parent=partner)
    manager = partner_manager("ula", partner)
    groups_before = Group.objects.count()
    client.force_login(manager)

    response = client.post(
        f"/admin/localize/submit/page/{course.pk}/",
        {"locales": [factories.locale("pl").pk]},
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    polish_course = course.get_translation(factories.locale("pl"))
    polish_partner = polish_course.get_parent().specific
    assert polish_partner.translation_key == partner.translation_key
    assert polish_partner.managers_group == partner.managers_group
    assert polish_partner.trainers_group == partner.trainers_group
    assert Group.objects.count() == groups_before
    assert polish_course.permissions_for_user(manager).can_publish()
    assert polish_partner.get_workflow() == partner.get_workflow()
    client.logout()
    page = client.get(polish_course.url)
    assert page.status_code == 200 and "Verein Neiße" in page.content.decode()


def listed_sessions(client, query=""):
    response = client.get(f"/admin/sessions/{query}")
    assert response.status_code == 200
    return {session.pk for session in response.context["object_list"]}


def test_the_session_list_filters_by_partner(client, university, institute, manager):
    own = factories.make_session(factories.make_course(parent=institute))
    joint_course = factories.make_course(parent=university)
    joint_course.co_providers.add(institute)
    publish(joint_course)
    joint = factories.make_session(joint_course)
    other = factories.make_session(factories.make_course(parent=university))
    client.force_login(manager)

    assert listed_sessions(client) == {own.pk, joint.pk, other.pk}
    assert listed_sessions(client, "?partner=institut") == {own.pk, joint.pk}
    assert listed_sessions(client, "?partner=testpartner") == {joint.pk, other.pk}
    for garbage in ["kein-partner", "%00", "' OR 1=1--"]:
        assert listed_sessions(client, f"?partner={garbage}") == {own.pk, joint.pk, other.pk}


def test_a_partner_manager_filters_only_among_their_own_partners(client, university, institute):
    own = factories.make_session(factories.make_course(parent=institute))
    factories.make_session(factories.make_course(parent=university))
    manager = partner_manager("lea", institute)
    client.force_login(manager)
    assert listed_sessions(client) == {own.pk}
    assert listed_sessions(client, "?partner=testpartner") == {own.pk}
    manager.groups.add(university.trainers_group)
    html = client.get("/admin/sessions/").content.decode()
    assert 'value="institut"' in html and 'value="testpartner"' in html


def test_a_course_is_not_its_own_partners_co_provider(university, institute):
    course = factories.make_course(parent=university)
    offered = set(course_form(course, university).fields["co_providers"].queryset)
    assert institute in offered and university not in offered
    field = course_form(course, university).fields["co_providers"]
    with pytest.raises(ValidationError):
        field.clean([university.pk])


def test_partner_staff_find_their_partners_on_the_dashboard(client, university, institute):
    manager = partner_manager("lea", institute)
    client.force_login(manager)
    html = client.get("/admin/").content.decode()
    assert "Institut für Energie" in html and "Testpartner" not in html
    assert f"/admin/pages/{institute.pk}/" in html
    assert "/admin/sessions/?partner=institut" in html
    assert "/admin/reports/course-progress/?partner=institut" in html
    client.force_login(factories.make_trainer("trainer.ida", partner=institute))
    html = client.get("/admin/").content.decode()
    assert f"/admin/pages/add/courses/coursepage/{institute.pk}/" in html
    assert "/admin/reports/course-progress/?partner=institut" not in html


def test_the_network_manager_gets_no_partner_panel(client, university, manager):
    client.force_login(manager)
    assert "partners-panel-title" not in client.get("/admin/").content.decode()


def test_the_session_list_opens_participants_and_attendance(client, institute):
    session = factories.make_session(factories.make_course(parent=institute))
    client.force_login(partner_manager("lea", institute))
    html = client.get("/admin/sessions/").content.decode()
    assert f"/admin/sessions/{session.pk}/participants/" in html
    assert f"/admin/sessions/{session.pk}/attendance/" in html


def test_partner_staff_see_only_their_own_report_in_the_menu(client, institute, manager):
    client.force_login(partner_manager("lea", institute))
    html = client.get("/admin/").content.decode()
    assert "/admin/reports/course-progress/" in html
    assert "/admin/reports/page-types-usage/" not in html
    client.force_login(manager)
    assert "/admin/reports/page-types-usage/" in client.get("/admin/").content.decode()
