"""Issuing, preparing and revoking certificates.

A certificate is created once per enrolment (a one-to-one key enforces it, and the
enrolment row is locked while it is created), with the facts it states frozen at that
moment. Signing the Open Badges credential and rendering the PDF happen afterwards, in a
Celery task that can run any number of times: it only fills in what is missing, and the
learner's e-mail is queued once.
"""

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.log_actions import log

from courses.models import CompetenceField
from courses.queries import (
    original_course,
    partners_by_key,
    provider_keys,
    translated,
    visible_course,
)
from learners.codes import CERTIFICATE_CODE
from learners.enrolment.notifications import send_after_commit
from learners.learning.completion import session_days
from learners.models import Certificate, Enrolment, EnrolmentStatus, Notification
from learners.tasks import prepare_certificate
from wirkstatt.links import absolute_reverse


def verification_url(certificate, language_code=None):
    """The public page that confirms the certificate, in its language by default."""
    return absolute_reverse(
        "certificate_verify", [certificate.code], language_code or certificate.language
    )


def holder_name_of(learner):
    return learner.display_name or learner.get_full_name() or learner.username


def course_facts(course_key, language_code):
    """Title, field, trainers and partners of the course as the certificate states them, in
    the holder's language where the course is translated."""
    course = visible_course(course_key, language_code) or original_course(course_key)
    (field,) = translated([course.competence_field], CompetenceField, language_code)
    return {
        "course_key": course_key,
        "course_title": course.title,
        "competence_field": field.name,
        "hours": course.duration_hours,
        "trainers": ", ".join(str(trainer) for trainer in course.trainers.all())[:300],
        "partner_keys": [str(key) for key in provider_keys(course_key)],
    }


def certificate_partners(certificate, language_code, request=None):
    """The partners that offered the certified course, the lead partner first, in
    language_code. Those stored at issue time; for a certificate issued before partners
    existed, the partners the course belongs to now (its course_key says which course it
    was). A partner no longer public is left out: the network still issued it."""
    keys = certificate.partner_keys or provider_keys(certificate.course_key)
    return partners_by_key(keys, language_code, request)


def enrolment_dates(enrolment, completed_on):
    if enrolment.session_id:
        days = session_days(enrolment.session)
        return days[0], days[-1]
    return timezone.localdate(enrolment.created_at), completed_on


def create_certificate(**fields):
    """A new certificate with a fresh code (a clash of random codes is retried)."""
    for _attempt in range(5):
        try:
            with transaction.atomic():
                return Certificate.objects.create(code=CERTIFICATE_CODE.new(), **fields)
        except IntegrityError:
            if Certificate.objects.filter(enrolment=fields.get("enrolment")).exists():
                raise
    raise RuntimeError("Could not find a free certificate code")


def issue_for_enrolment(enrolment_id, now=None):
    """The certificate of a completed enrolment, created on the first call."""
    now = now or timezone.now()
    with transaction.atomic():
        enrolment = (
            Enrolment.objects.select_for_update(of=("self",))
            .select_related("learner", "session")
            .filter(pk=enrolment_id)
            .first()
        )
        if enrolment is None or enrolment.status != EnrolmentStatus.COMPLETED:
            return None
        existing = Certificate.objects.filter(enrolment=enrolment).first()
        if existing is not None or enrolment.learner is None:
            return existing
        if enrolment.learner.is_pupil:
            return None  # their teacher prints class certificates with names never stored
        learner = enrolment.learner
        language = learner.preferred_language or settings.LANGUAGE_CODE
        first_date, last_date = enrolment_dates(enrolment, timezone.localdate(now))
        try:
            certificate = create_certificate(
                enrolment=enrolment,
                learner=learner,
                holder_name=holder_name_of(learner),
                language=language,
                first_date=first_date,
                last_date=last_date,
                issued_at=now,
                **course_facts(enrolment.course_key, language),
            )
        except IntegrityError:
            return Certificate.objects.get(enrolment=enrolment)
        log(instance=certificate, action="learners.certificate.issued", user=None)
    return certificate


def issue_manually(learner, course, actor, hours=None, first_date=None, last_date=None):
    """A certificate a manager issues by hand, e.g. for a course run outside the platform."""
    language = learner.preferred_language or settings.LANGUAGE_CODE
    facts = course_facts(course.translation_key, language)
    if hours is not None:
        facts["hours"] = hours
    with transaction.atomic():
        certificate = create_certificate(
            learner=learner,
            holder_name=holder_name_of(learner),
            language=language,
            first_date=first_date,
            last_date=last_date or first_date,
            issued_at=timezone.now(),
            issued_by=actor,
            **facts,
        )
        log(instance=certificate, action="learners.certificate.issued", user=actor)
        # After commit; if the broker is down, beat's issue_missing_certificates prepares it.
        prepare_certificate.delay_on_commit(certificate.pk)
    return certificate


def prepare_documents(certificate_id):
    """Sign the credential, render the PDF and queue the holder's e-mail, once each."""
    from learners.certificates.credentials import credential_for, sign_credential
    from learners.certificates.pdf import render_certificate_pdf

    with transaction.atomic():
        certificate = (
            Certificate.objects.select_for_update(of=("self",))
            .select_related("learner")
            .get(pk=certificate_id)
        )
        if not certificate.holder_name:
            return certificate  # the holder deleted their account
        if not certificate.is_ready:
            token = sign_credential(certificate)
            pdf = render_certificate_pdf(certificate, token, credential_for(certificate))
            certificate.credential_jwt = token
            certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(pdf), save=False)
            certificate.save(update_fields=["credential_jwt", "pdf"])
        notify_holder(certificate)
    return certificate


def notify_holder(certificate):
    if certificate.learner is None:
        return
    if Notification.objects.filter(certificate=certificate, kind="certificate").exists():
        return
    Notification.objects.create(
        recipient=certificate.learner,
        kind="certificate",
        certificate=certificate,
        enrolment=certificate.enrolment,
    )
    send_after_commit()


def revoke(certificate, reason, actor, now=None):
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if certificate.is_revoked:
            return certificate
        certificate.revoked_at = now or timezone.now()
        certificate.revocation_reason = reason
        certificate.revoked_by = actor
        certificate.save(update_fields=["revoked_at", "revocation_reason", "revoked_by"])
        log(
            instance=certificate,
            action="learners.certificate.revoked",
            user=actor,
            data={"reason": reason},
        )
    return certificate


def forget_holder(learner):
    """Before an account is deleted: keep each certificate as proof that it was issued,
    without the name or the files that carry it."""
    for certificate in Certificate.objects.filter(learner=learner):
        if certificate.pdf:
            certificate.pdf.delete(save=False)
        certificate.holder_name = ""
        certificate.credential_jwt = ""
        certificate.save(update_fields=["holder_name", "credential_jwt", "pdf"])
