"""Server errors reach someone: ADMINS by e-mail through the mail queue by default, and
Sentry when SENTRY_DSN is set (wirkstatt/error_reports.py)."""

import os
import subprocess
import sys
from unittest import mock

import pytest
from django.core import mail
from django.test import Client, override_settings
from mailer.models import Message

from wirkstatt.error_reports import admins_from

pytestmark = pytest.mark.django_db


def test_admins_are_read_from_one_line():
    assert admins_from("Ops <ops@example.org>, dev@example.org") == [
        ("Ops", "ops@example.org"),
        ("dev@example.org", "dev@example.org"),
    ]
    assert admins_from("") == []


def a_server_error():
    client = Client(raise_request_exception=False)
    with mock.patch("search.views.search_courses", side_effect=RuntimeError("boom")):
        response = client.get("/de/search/?q=Energie")
    assert response.status_code == 500
    assert "Etwas ist schiefgelaufen" in response.content.decode()


@override_settings(DEBUG=False, ADMINS=[("Ops", "ops@example.org")])
def test_a_server_error_is_mailed_to_the_admins(site):
    a_server_error()
    (report,) = mail.outbox
    assert report.to == ["ops@example.org"]
    assert "/de/search/" in report.subject and "RuntimeError" in report.body


@override_settings(
    DEBUG=False,
    ADMINS=[("Ops", "ops@example.org")],
    EMAIL_BACKEND="wirkstatt.mail.outbox.OutboxBackend",
)
def test_the_report_goes_through_the_mail_queue(site):
    a_server_error()
    (queued,) = Message.objects.all()
    assert queued.to_addresses == ["ops@example.org"]


def test_production_starts_sentry_without_personal_data_when_a_dsn_is_set():
    script = (
        "import django, sentry_sdk; django.setup(); "
        "client = sentry_sdk.get_client(); "
        "print(client.is_active(), client.options['send_default_pii'], "
        "client.options['max_request_body_size'])"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "wirkstatt.settings.production",
        "SECRET_KEY": "test-" + "x" * 50,
        "ALLOWED_HOSTS": "wirkstatt.example",
        "WAGTAILADMIN_BASE_URL": "https://wirkstatt.example",
        "SENTRY_DSN": "https://public@sentry.example/1",
    }
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.split() == ["True", "False", "never"], result.stderr[-2000:]
    env.pop("SENTRY_DSN")
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.split()[0] == "False", result.stderr[-2000:]
