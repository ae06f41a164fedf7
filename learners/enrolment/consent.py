"""A guardian's consent for learners under 16.

The learner names a parent's or guardian's e-mail address; we send a signed link that is
valid for CONSENT_VALID_FOR. The guardian sees what was booked and agrees or refuses.
Until then the seat is held (status ``awaiting_consent``). A refusal, or no answer in
time, ends the booking and frees the seat for the waiting list.
"""

import datetime

from django.core import signing
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from courses.models import CourseSession
from learners.enrolment.notifications import queue_notification, send_after_commit
from learners.enrolment.services import EnrolmentError, cancel_enrolment
from learners.models import Enrolment, EnrolmentStatus, GuardianConsent, Notification

CONSENT_VALID_FOR = datetime.timedelta(days=7)
SALT = "learners.consent"


class ConsentLinkError(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def consent_token(consent):
    return signing.dumps({"consent": consent.pk, "email": consent.guardian_email}, salt=SALT)


def consent_from_token(token):
    try:
        data = signing.loads(token, salt=SALT, max_age=CONSENT_VALID_FOR)
    except signing.SignatureExpired as error:
        raise ConsentLinkError(_("This link has expired. Please ask for a new one.")) from error
    except signing.BadSignature as error:
        raise ConsentLinkError(_("This link is not valid.")) from error
    consent = (
        GuardianConsent.objects.select_related("enrolment__learner", "enrolment__session__venue")
        .filter(pk=data.get("consent"), guardian_email=data.get("email"))
        .first()
    )
    if consent is None:
        raise ConsentLinkError(_("This link is not valid."))
    return consent


def request_consent(enrolment, guardian_email, now=None):
    """Ask a guardian by e-mail; asking again (e.g. another address) sends a new link."""
    now = now or timezone.now()
    if enrolment.status != EnrolmentStatus.AWAITING_CONSENT:
        raise EnrolmentError(_("This booking does not need a guardian's consent."))
    with transaction.atomic():
        consent, _created = GuardianConsent.objects.update_or_create(
            enrolment=enrolment,
            defaults={
                "guardian_email": guardian_email,
                "requested_at": now,
                "decision": GuardianConsent.Decision.PENDING,
            },
        )
        Notification.objects.create(
            recipient=enrolment.learner,
            email=guardian_email,
            kind="consent_request",
            enrolment=enrolment,
        )
        log(
            instance=enrolment,
            action="learners.enrolment.consent_requested",
            user=enrolment.learner,
        )
        send_after_commit()
    return consent


def decide(consent, agree, now=None):
    """Record the guardian's answer. Answering twice changes nothing."""
    now = now or timezone.now()
    with transaction.atomic():
        enrolment = consent.enrolment
        if enrolment.session_id:
            CourseSession.objects.select_for_update().get(pk=enrolment.session_id)
        consent = GuardianConsent.objects.select_for_update().get(pk=consent.pk)
        enrolment = Enrolment.objects.get(pk=consent.enrolment_id)
        if consent.decision != GuardianConsent.Decision.PENDING:
            return consent
        consent.decision = (
            GuardianConsent.Decision.GIVEN if agree else GuardianConsent.Decision.REFUSED
        )
        consent.decided_at = now
        consent.save(update_fields=["decision", "decided_at"])
        if enrolment.status != EnrolmentStatus.AWAITING_CONSENT:
            return consent
        if agree:
            enrolment.status = EnrolmentStatus.CONFIRMED
            enrolment.save(update_fields=["status", "updated_at"])
            log(instance=enrolment, action="learners.enrolment.consent_given", user=None)
            queue_notification(enrolment, EnrolmentStatus.CONFIRMED)
        else:
            log(instance=enrolment, action="learners.enrolment.consent_refused", user=None)
            cancel_enrolment(enrolment, actor=None, by_organiser=True)
    return consent


def expire_consents(now=None):
    """End bookings whose consent did not come in time, or whose session has begun."""
    now = now or timezone.now()
    waiting = Enrolment.objects.filter(status=EnrolmentStatus.AWAITING_CONSENT)
    overdue = waiting.filter(created_at__lt=now - CONSENT_VALID_FOR).exclude(
        consent__requested_at__gte=now - CONSENT_VALID_FOR
    ) | waiting.filter(session__start__lte=now)
    expired = 0
    for enrolment in overdue.distinct():
        with transaction.atomic():
            GuardianConsent.objects.filter(
                enrolment=enrolment, decision=GuardianConsent.Decision.PENDING
            ).update(decision=GuardianConsent.Decision.EXPIRED, decided_at=now)
            log(instance=enrolment, action="learners.enrolment.consent_expired", user=None)
            cancel_enrolment(enrolment, actor=None, now=now, by_organiser=True)
            expired += 1
    return expired
