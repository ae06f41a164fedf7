"""Managers issue certificates by hand and revoke them in the admin; nobody else can."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from learners.certificates import services as certificates
from learners.models import Certificate
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(site):
    return factories.make_course(title="Drohnen bauen", awards_certificate=True)


@pytest.fixture
def learner(db):
    return factories.make_user("lena", email="lena@example.org", display_name="Lena Richter")


def issue_form(course, changes=None):
    data = {"email": "LENA@example.org", "course": course.pk, "hours": "4"}
    data["first_date"] = "2026-10-03"
    data.update(changes or {})
    return data


def test_a_manager_issues_a_certificate_by_hand(
    client, manager, course, learner, django_capture_on_commit_callbacks
):
    client.force_login(manager)
    assert client.get("/admin/certificates/").status_code == 200
    assert client.get("/admin/certificates/new/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/admin/certificates/new/", issue_form(course))
    assert response.status_code == 302
    certificate = Certificate.objects.get()
    assert (certificate.learner, certificate.issued_by) == (learner, manager)
    assert str(certificate.hours) == "4.0"
    assert certificate.is_ready
    assert client.get(f"/admin/certificates/inspect/{certificate.pk}/").status_code == 200


@pytest.mark.parametrize(
    "changes",
    [
        {"email": "nobody@example.org"},
        {"email": "not-an-address"},
        {"course": "999999"},
        {"hours": "-3"},
        {"hours": "1e9"},
        {"first_date": "2026-02-31"},
        {"last_date": "2026-10-01"},  # before the first day
    ],
)
def test_bad_input_issues_nothing(client, manager, course, learner, changes):
    client.force_login(manager)
    response = client.post("/admin/certificates/new/", issue_form(course, changes))
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not Certificate.objects.exists()


def test_a_manager_revokes_with_a_reason(client, manager, course, learner):
    certificate = certificates.issue_manually(learner, course, manager)
    client.force_login(manager)
    url = f"/admin/certificates/edit/{certificate.pk}/"
    response = client.post(url, {"revocation_reason": ""})
    assert response.status_code == 200
    certificate.refresh_from_db()
    assert not certificate.is_revoked
    response = client.post(url, {"revocation_reason": "Teilnahme nicht nachgewiesen"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.is_revoked
    assert certificate.revoked_by == manager
    assert certificate.revocation_reason == "Teilnahme nicht nachgewiesen"


@pytest.mark.parametrize("who", ["trainer", "learner"])
def test_trainers_and_learners_cannot_issue_or_revoke(
    client, request, who, course, learner, manager
):
    certificate = certificates.issue_manually(learner, course, manager)
    client.force_login(request.getfixturevalue(who))
    assert client.get("/admin/certificates/").status_code in (302, 403)
    client.post("/admin/certificates/new/", issue_form(course))
    client.post(f"/admin/certificates/edit/{certificate.pk}/", {"revocation_reason": "x"})
    assert Certificate.objects.count() == 1
    certificate.refresh_from_db()
    assert not certificate.is_revoked


def test_the_course_is_chosen_with_the_page_chooser(client, manager, course):
    client.force_login(manager)
    html = client.get("/admin/certificates/new/").content.decode()
    assert "page-chooser" in html and "Drohnen bauen" not in html


def test_a_translation_of_the_course_issues_the_courses_certificate(
    client, manager, course, learner
):
    polish = factories.translate(course, "pl", title="Budowa dronów")
    client.force_login(manager)
    response = client.post("/admin/certificates/new/", issue_form(polish))
    assert response.status_code == 302, response.context["form"].errors
    assert Certificate.objects.get().course_key == course.translation_key


def test_the_issue_form_costs_the_same_queries_for_2_and_for_20_courses(client, manager, course):
    factories.make_course(title="Zweiter Kurs")
    client.force_login(manager)
    client.get("/admin/certificates/new/")  # warm the caches of sessions, sites and locales

    def count():
        with CaptureQueriesContext(connection) as context:
            assert client.get("/admin/certificates/new/").status_code == 200
        return len(context.captured_queries)

    few = count()
    for number in range(18):
        factories.make_course(title=f"Weiterer Kurs {number}")
    assert count() == few
