"""A session added or changed from a course's sessions panel brings the trainer back to the
course's editor, with a message that names the course; one added from the list of all
sessions offers the way to its course."""

import re

import pytest
from wagtail.users.models import UserProfile

from courses.models import CourseSession
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(site, trainer):
    profile = UserProfile.get_for_user(trainer)
    profile.preferred_language = "en"
    profile.save()
    return factories.make_course(title="Kräuterwanderung", owner=trainer)


def messages_of(response):
    return [re.sub(r"\s+", " ", str(message.message)) for message in response.context["messages"]]


def link(html, text):
    """The address of the first link whose text is text."""
    found = re.search(rf'<a[^>]*href="([^"]+)"[^>]*>\s*{re.escape(text)}\s*</a>', html)
    return found.group(1).replace("&amp;", "&") if found else None


def test_adding_a_session_from_the_course_returns_to_the_course_editor(client, course, trainer):
    client.force_login(trainer)
    editor = f"/admin/pages/{course.pk}/edit/"
    add_url = link(client.get(editor).content.decode(), "Add a session")
    assert add_url == f"/admin/sessions/new/?course={course.pk}"
    form = client.get(add_url).content.decode()
    assert f'action="/admin/sessions/new/?course={course.pk}"' in form

    response = client.post(add_url, factories.session_form_data(course))

    assert response.status_code == 302
    assert response["Location"] == editor
    session = CourseSession.objects.get(course_key=course.translation_key)
    shown = messages_of(client.get(editor))
    assert any("Kräuterwanderung" in message for message in shown), shown
    assert any(f"/admin/sessions/edit/{session.pk}/" in message for message in shown)


def test_changing_a_session_from_the_course_returns_to_the_course_editor(client, course, trainer):
    session = factories.make_series(course, meetings=1)
    client.force_login(trainer)
    editor = f"/admin/pages/{course.pk}/edit/"
    html = client.get(editor).content.decode()
    edit_url = f"/admin/sessions/edit/{session.pk}/?course={course.pk}"
    assert f'href="{edit_url}"' in html.replace("&amp;", "&")

    response = client.post(
        edit_url, factories.session_form_data(course, list(session.meetings.all()), capacity="20")
    )

    assert response.status_code == 302
    assert response["Location"] == editor
    assert any("Kräuterwanderung" in message for message in messages_of(client.get(editor)))


def test_the_translation_the_trainer_came_from_is_the_one_they_return_to(client, course, trainer):
    polish = factories.translate(course, "pl", title="Wędrówka z ziołami")
    client.force_login(trainer)

    response = client.post(
        f"/admin/sessions/new/?course={polish.pk}", factories.session_form_data(course)
    )

    assert response["Location"] == f"/admin/pages/{polish.pk}/edit/"


def test_a_session_added_from_the_list_offers_the_way_to_its_course(client, course, trainer):
    client.force_login(trainer)

    response = client.post("/admin/sessions/new/", factories.session_form_data(course))

    assert response["Location"] == "/admin/sessions/"
    shown = messages_of(client.get("/admin/sessions/"))
    assert any(
        "Kräuterwanderung" in message and f'href="/admin/pages/{course.pk}/edit/"' in message
        for message in shown
    ), shown


def test_a_course_one_may_not_schedule_is_not_returned_to(client, course, other_trainer):
    client.force_login(other_trainer)
    other = factories.make_course(title="Jans Kurs", owner=other_trainer)

    response = client.post(
        f"/admin/sessions/new/?course={course.pk}", factories.session_form_data(other)
    )

    assert response["Location"] == "/admin/sessions/"
