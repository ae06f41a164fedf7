"""After "Approve and publish" the reviewer reads that the course is now published and
visible, with the link to its live page, instead of Wagtail's "Page '…' has been
updated."; an approval that publishes nothing keeps Wagtail's message."""

import re

import pytest
from wagtail.users.models import UserProfile

from courses.models import CoursePage
from tests import factories
from tests.courses.test_permissions import course_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(client, site, trainer, manager):
    """A course the trainer wrote and submitted for review; the manager reads English."""
    client.force_login(trainer)
    add_url = f"/admin/pages/add/courses/coursepage/{factories.german_partner().pk}/"
    client.post(add_url, course_form("Imkern", "imkern"))
    course = CoursePage.objects.get(slug="imkern")
    client.post(f"/admin/pages/{course.pk}/edit/", course_form("Imkern", "imkern", "submit"))
    assert course.workflow_states.get().status == "in_progress"
    profile = UserProfile.get_for_user(manager)
    profile.preferred_language = "en"
    profile.save()
    client.logout()
    return course


def workflow_action(course, name):
    data = course_form(course.title, course.slug)
    data.update(
        {
            "action-workflow-action": "true",
            "workflow-action-name": name,
            "workflow-action-extra-data": "{}",
        }
    )
    return data


def messages_after(client, response):
    page = client.get(response["Location"])
    return [re.sub(r"\s+", " ", str(message.message)) for message in page.context["messages"]]


def test_approve_and_publish_says_the_course_is_live_with_its_link(client, submitted, manager):
    client.force_login(manager)

    response = client.post(
        f"/admin/pages/{submitted.pk}/edit/", workflow_action(submitted, "approve")
    )

    submitted.refresh_from_db()
    assert submitted.live
    shown = messages_after(client, response)
    assert len(shown) == 1, shown
    assert "is approved and published: the course is now visible in the catalogue" in shown[0]
    assert "Imkern" in shown[0]
    assert f'href="{submitted.url}"' in shown[0] and "View live" in shown[0]
    assert not any("has been updated" in message for message in shown)


def test_asking_for_changes_keeps_wagtails_message(client, submitted, manager):
    client.force_login(manager)

    response = client.post(
        f"/admin/pages/{submitted.pk}/edit/", workflow_action(submitted, "reject")
    )

    submitted.refresh_from_db()
    assert not submitted.live
    shown = messages_after(client, response)
    assert any("has been updated" in message for message in shown), shown
    assert not any("approved and published" in message for message in shown)
