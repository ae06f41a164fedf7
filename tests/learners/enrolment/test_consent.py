"""Learners under 16: a guardian agrees through a signed, expiring link."""

import datetime
import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core import mail, signing
from django.utils import timezone

from learners.enrolment import services as service
from learners.enrolment.consent import CONSENT_VALID_FOR, expire_consents, request_consent
from learners.models import Enrolment, EnrolmentStatus, GuardianConsent
from tests import factories

pytestmark = pytest.mark.django_db

AWAITING = EnrolmentStatus.AWAITING_CONSENT


@pytest.fixture
def session(site):
    course = factories.make_course(title="Roboter bauen", ages=("children",))
    return factories.make_session(
        course, days_ahead=30, capacity=1, venue=factories.make_venue("Kamenz")
    )


@pytest.fixture
def child(db):
    return factories.make_user(
        "mia", email="mia@example.org", year_of_birth=timezone.now().year - 12, display_name="Mia"
    )


@pytest.fixture
def adult(db):
    return factories.make_user("tom", email="tom@example.org", year_of_birth=1990)


def consent_link(message):
    """The path of the consent link, which leads to the site's public address."""
    link = re.search(r"https?://[^\s]+/consent/[^\s]+/", message.body).group(0)
    assert link.startswith(settings.WAGTAILADMIN_BASE_URL + "/de/consent/"), link
    return urlsplit(link).path


def ask(client, child, enrolment, email="parent@example.org"):
    client.force_login(child)
    return client.post(f"/de/enrolments/{enrolment.pk}/guardian/", {"guardian_email": email})


def test_guardian_agrees_and_the_booking_is_confirmed(
    client, session, child, django_capture_on_commit_callbacks
):
    enrolment = service.enrol(child, session.pk)
    assert enrolment.status == AWAITING
    with django_capture_on_commit_callbacks(execute=True):
        ask(client, child, enrolment)
    message = next(m for m in mail.outbox if m.to == ["parent@example.org"])
    assert "Mia" in message.subject and "Roboter bauen" in message.body
    link = consent_link(message)
    client.logout()
    page = client.get(link)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Roboter bauen" in html and "Mia" in html and "Kamenz" in html
    with django_capture_on_commit_callbacks(execute=True):
        client.post(link, {"decision": "agree"})
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.CONFIRMED
    assert any(m.to == ["mia@example.org"] and "bestätigt" in m.subject for m in mail.outbox)
    # Answering again changes nothing.
    client.post(link, {"decision": "refuse"})
    enrolment.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.CONFIRMED


def test_guardian_refuses_and_the_seat_goes_to_the_waiting_list(
    client, session, child, adult, django_capture_on_commit_callbacks
):
    enrolment = service.enrol(child, session.pk)
    waiting = service.enrol(adult, session.pk)
    assert waiting.status == EnrolmentStatus.WAITLISTED
    with django_capture_on_commit_callbacks(execute=True):
        ask(client, child, enrolment)
    link = consent_link(mail.outbox[-1])
    client.post(link, {"decision": "refuse"})
    enrolment.refresh_from_db()
    waiting.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.CANCELLED
    assert waiting.status == EnrolmentStatus.CONFIRMED
    assert enrolment.consent.decision == GuardianConsent.Decision.REFUSED


@pytest.mark.parametrize("token", ["garbage", "eyJjb25zZW50IjoxfQ:1abc:xyz"])
def test_tampered_links_get_a_clear_message(client, session, token):
    response = client.get(f"/de/consent/{token}/")
    assert response.status_code == 400
    assert "nicht gültig" in response.content.decode()


def test_a_link_for_another_address_or_consent_is_refused(client, session, child):
    enrolment = service.enrol(child, session.pk)
    consent = request_consent(enrolment, "parent@example.org")
    forged = signing.dumps(
        {"consent": consent.pk, "email": "other@example.org"}, salt="learners.consent"
    )
    assert client.get(f"/de/consent/{forged}/").status_code == 400
    assert client.post(f"/de/consent/{forged}/", {"decision": "agree"}).status_code == 400
    enrolment.refresh_from_db()
    assert enrolment.status == AWAITING


def test_expired_link(client, session, child, monkeypatch):
    enrolment = service.enrol(child, session.pk)
    consent = request_consent(enrolment, "parent@example.org")
    from learners.enrolment.consent import consent_token

    token = consent_token(consent)
    later = timezone.now() + CONSENT_VALID_FOR + datetime.timedelta(minutes=1)
    monkeypatch.setattr("time.time", lambda: later.timestamp())
    response = client.get(f"/de/consent/{token}/")
    assert response.status_code == 400
    assert "abgelaufen" in response.content.decode()


def test_no_answer_in_time_frees_the_seat(session, child, adult):
    enrolment = service.enrol(child, session.pk)
    waiting = service.enrol(adult, session.pk)
    request_consent(enrolment, "parent@example.org")
    assert expire_consents() == 0
    later = timezone.now() + CONSENT_VALID_FOR + datetime.timedelta(hours=1)
    assert expire_consents(now=later) == 1
    enrolment.refresh_from_db()
    waiting.refresh_from_db()
    assert enrolment.status == EnrolmentStatus.CANCELLED
    assert enrolment.consent.decision == GuardianConsent.Decision.EXPIRED
    assert waiting.status == EnrolmentStatus.CONFIRMED


def test_only_the_learner_can_ask_for_their_booking(client, session, child, adult):
    enrolment = service.enrol(child, session.pk)
    client.force_login(adult)
    response = client.post(
        f"/de/enrolments/{enrolment.pk}/guardian/", {"guardian_email": "x@example.org"}
    )
    assert response.status_code == 404
    assert not GuardianConsent.objects.exists()


def test_invalid_guardian_address_is_explained(client, session, child):
    enrolment = service.enrol(child, session.pk)
    response = ask(client, child, enrolment, email="not-an-address")
    assert response.status_code == 302
    assert not GuardianConsent.objects.exists()
    assert Enrolment.objects.get().status == AWAITING
