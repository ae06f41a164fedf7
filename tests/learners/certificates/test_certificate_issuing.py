"""Certificates are issued once per completed enrolment, whatever retries or doubled
events happen; managers issue by hand and revoke; deleting an account keeps the proof."""

import pytest
from django.core import mail

from learners.accounts.personal_data import delete_account
from learners.certificates import services as certificates
from learners.enrolment.services import start_self_paced
from learners.learning import completion
from learners.models import Certificate, EnrolmentStatus, Notification
from learners.tasks import issue_certificate, issue_missing_certificates
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(site, trainer):
    course = factories.make_course(
        title="Sonnenstrom für Zuhause",
        format="self_paced",
        awards_certificate=True,
        duration_hours=6,
        owner=trainer,
    )
    course.trainers = [trainer]
    factories.publish(course)
    factories.make_lesson(course, title="Einführung")
    return course


@pytest.fixture
def learner(db):
    return factories.make_user(
        "lena", email="lena@example.org", display_name="Łucija Wjelćić", preferred_language="hsb"
    )


def complete_course(learner, course):
    enrolment = start_self_paced(learner, course)
    lesson = course.get_children().live().first().specific
    from learners.learning.progress import mark_done

    mark_done(learner, course.translation_key, lesson.translation_key)
    completion.evaluate_learner(learner, course.translation_key)
    enrolment.refresh_from_db()
    return enrolment


def test_completing_a_course_issues_signs_renders_and_mails_the_certificate(
    course, learner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = complete_course(learner, course)
    assert enrolment.status == EnrolmentStatus.COMPLETED
    certificate = Certificate.objects.get()
    assert certificate.enrolment == enrolment
    assert certificate.holder_name == "Łucija Wjelćić"
    assert certificate.language == "hsb"
    assert certificate.hours == 6
    assert certificate.trainers == "Anna Trainer"
    assert certificate.is_ready
    assert certificate.pdf.read()[:5] == b"%PDF-"
    (message,) = [m for m in mail.outbox if certificate.code in m.body]
    assert message.to == ["lena@example.org"]
    assert message.attachments[0][0] == f"{certificate.code}.pdf"
    assert f"/hsb/certificates/{certificate.code}/" in message.body


def test_a_task_retried_twice_leaves_one_certificate_and_one_email(
    course, learner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        enrolment = complete_course(learner, course)
    codes = set()
    for _ in range(3):
        with django_capture_on_commit_callbacks(execute=True):
            codes.add(issue_certificate(enrolment.pk))
    assert len(codes) == 1
    assert Certificate.objects.count() == 1
    assert Notification.objects.filter(kind="certificate").count() == 1
    (code,) = codes
    assert len([m for m in mail.outbox if code in m.body]) == 1


def test_two_completion_events_issue_one_certificate(
    course, learner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = complete_course(learner, course)
        completion.evaluate(enrolment)
        completion.complete(enrolment, course)
    assert Certificate.objects.count() == 1
    assert Notification.objects.filter(kind="certificate").count() == 1


def test_courses_without_certificate_issue_none(
    course, learner, django_capture_on_commit_callbacks
):
    course.awards_certificate = False
    factories.publish(course)
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = complete_course(learner, course)
    assert enrolment.status == EnrolmentStatus.COMPLETED
    assert not Certificate.objects.exists()


def test_the_sweep_catches_up_on_lost_tasks(course, learner, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):  # the broker was down
        complete_course(learner, course)
    assert not Certificate.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        issue_missing_certificates()
    assert Certificate.objects.get().is_ready


def test_a_manager_issues_by_hand(course, learner, manager, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        certificate = certificates.issue_manually(learner, course, manager, hours=3)
    certificate.refresh_from_db()
    assert certificate.enrolment is None
    assert certificate.issued_by == manager
    assert certificate.is_ready
    assert Notification.objects.filter(certificate=certificate).count() == 1


def test_revoking_keeps_the_reason_and_is_idempotent(course, learner, manager):
    certificate = certificates.issue_manually(learner, course, manager)
    certificates.revoke(certificate, "Falsche Person", manager)
    again = certificates.revoke(certificate, "Anderer Grund", manager)
    assert again.is_revoked
    assert again.revocation_reason == "Falsche Person"


def test_deleting_the_account_keeps_the_certificate_without_personal_data(
    course, learner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(learner, course)
    certificate = Certificate.objects.get()
    delete_account(learner)
    certificate.refresh_from_db()
    assert certificate.learner is None
    assert certificate.holder_name == ""
    assert certificate.credential_jwt == ""
    assert not certificate.pdf
    assert certificate.course_title == "Sonnenstrom für Zuhause"
