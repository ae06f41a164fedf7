"""The mail server down never fails a user: every e-mail is queued in the database
(wirkstatt/mail/outbox.py) and delivered by Celery once the server takes it again."""

import smtplib
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.test import override_settings
from kombu.exceptions import OperationalError
from mailer.models import Message

from learners.models import TeacherInvitation
from wirkstatt.mail.tasks import retry_deferred_mail, send_queued_mail

pytestmark = pytest.mark.django_db

PASSWORD = "Kräuter-Garten-2025"
OUTBOX = "wirkstatt.mail.outbox.OutboxBackend"


class MailServerDown(BaseEmailBackend):
    """Delivery as with the SMTP server refusing connections."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPConnectError(421, "Service not available")


@pytest.fixture
def server_down():
    with override_settings(EMAIL_BACKEND=OUTBOX, MAILER_EMAIL_BACKEND=f"{__name__}.MailServerDown"):
        yield


def server_back():
    return override_settings(
        EMAIL_BACKEND=OUTBOX, MAILER_EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"
    )


def signup(client, language="pl"):
    return client.post(
        f"/{language}/accounts/signup/",
        {
            "email": "ola@example.org",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "display_name": "Ola Nowak",
            "preferred_language": language,
            "year_of_birth": "1990",
            "accessibility_needs": "",
        },
    )


def test_signing_up_and_resetting_a_password_work_with_the_mail_server_down(
    client, site, server_down, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = signup(client)
    assert response.status_code == 302
    user = get_user_model().objects.get(email="ola@example.org")
    client.logout()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/pl/accounts/password/reset/", {"email": "ola@example.org"})
    assert response.status_code == 302
    assert not mail.outbox
    assert Message.objects.deferred().count() == 2  # tried once, kept for later

    with server_back():
        retry_deferred_mail()
    assert not Message.objects.exists()
    confirmation, reset = mail.outbox
    assert confirmation.to == reset.to == [user.email]
    assert confirmation.extra_headers["Content-Language"] == "pl"
    assert "/pl/accounts/password/reset/key/" in reset.body


def test_an_invitation_is_queued_and_delivered_once_the_server_takes_it(
    client, teacher, approved, server_down, django_capture_on_commit_callbacks
):
    client.force_login(teacher)
    with django_capture_on_commit_callbacks(execute=False) as after_commit:
        response = client.post("/en/my-school/invite/", {"email": "lea@park.example"})
    assert response.status_code == 302
    assert TeacherInvitation.objects.count() == 1
    (queued,) = Message.objects.all()
    assert queued.to_addresses == ["lea@park.example"]
    assert len(after_commit) == 1  # delivery is asked for after the commit

    with server_back():
        after_commit[0]()
    assert [message.to for message in mail.outbox] == [["lea@park.example"]]


def test_with_the_broker_down_too_the_queue_waits_for_beat(
    client, site, server_down, django_capture_on_commit_callbacks, caplog
):
    broken = mock.patch.object(
        send_queued_mail, "delay", side_effect=OperationalError("broker down")
    )
    with broken, django_capture_on_commit_callbacks(execute=True):
        response = signup(client, language="hsb")
    assert response.status_code == 302
    assert Message.objects.count() == 1
    assert "Could not queue task" in caplog.text

    with server_back():
        send_queued_mail()  # what beat runs every minute
    (confirmation,) = mail.outbox
    assert confirmation.extra_headers["Content-Language"] == "hsb"
