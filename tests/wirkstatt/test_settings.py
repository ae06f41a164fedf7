"""Environments: production refuses to start without a secret or the site's public address
and passes check --deploy."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from courses.sanitize import sanitize_html
from learners.certificates.signing_keys import generate_pem

ROOT = Path(__file__).resolve().parents[2]


#: Variables the caller's environment must not set for these tests: each test says them.
OWN_VARIABLES = {"DATABASE_URL", "WAGTAILADMIN_BASE_URL", "OPENBADGES_ISSUER_URL"}
SITE = "https://wirkstatt.example"


def manage(*args, **env):
    environment = {key: value for key, value in os.environ.items() if key not in OWN_VARIABLES}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_check_deploy():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="wirkstatt.settings.production",
        SECRET_KEY="x" * 30 + "-a-long-random-production-secret-" + "y" * 20,
        ALLOWED_HOSTS="wirkstatt.example",
        WAGTAILADMIN_BASE_URL=SITE,
        REDIS_URL="redis://127.0.0.1:6379/0",
        OPENBADGES_SIGNING_KEY=generate_pem(2048),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_asks_for_the_certificate_signing_key():
    result = manage(
        "check",
        "--deploy",
        DJANGO_SETTINGS_MODULE="wirkstatt.settings.production",
        SECRET_KEY="x" * 30 + "-a-long-random-production-secret-" + "y" * 20,
        ALLOWED_HOSTS="wirkstatt.example",
        WAGTAILADMIN_BASE_URL=SITE,
        REDIS_URL="redis://127.0.0.1:6379/0",
        OPENBADGES_SIGNING_KEY="",
    )
    assert result.returncode != 0
    assert "learners.E101" in result.stderr + result.stdout


def test_production_refuses_to_start_without_secret_key():
    result = manage("check", DJANGO_SETTINGS_MODULE="wirkstatt.settings.production", SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


@pytest.mark.parametrize(
    ("address", "complaint"),
    [
        (None, "Set the WAGTAILADMIN_BASE_URL environment variable"),
        ("http://wirkstatt.example", "WAGTAILADMIN_BASE_URL must be the site's public https"),
    ],
)
def test_production_refuses_to_start_without_the_public_https_address(address, complaint):
    """E-mails, PDFs, QR codes and credentials link to it; without it they led to
    http://127.0.0.1:8000."""
    env = {"WAGTAILADMIN_BASE_URL": address} if address is not None else {}
    result = manage(
        "check",
        DJANGO_SETTINGS_MODULE="wirkstatt.settings.production",
        SECRET_KEY="x" * 30 + "-a-long-random-production-secret-" + "y" * 20,
        ALLOWED_HOSTS="wirkstatt.example",
        **env,
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and complaint in result.stderr, result.stderr


def test_links_lead_to_the_configured_address_in_production_and_to_make_run_in_development():
    script = (
        "from django.conf import settings; "
        "from wirkstatt.links import absolute_reverse; "
        "from learners.certificates.credentials import issuer_summary; "
        "print(settings.WAGTAILADMIN_BASE_URL, absolute_reverse('pupil_join', language_code='pl'), "
        "issuer_summary()['url'])"
    )
    production = manage(
        "shell",
        "--no-imports",
        "-c",
        script,
        DJANGO_SETTINGS_MODULE="wirkstatt.settings.production",
        SECRET_KEY="x" * 30 + "-a-long-random-production-secret-" + "y" * 20,
        ALLOWED_HOSTS="wirkstatt.example",
        WAGTAILADMIN_BASE_URL="https://kurse.wirkstatt.example/",
    )
    assert production.returncode == 0, production.stderr
    assert production.stdout.split() == [
        "https://kurse.wirkstatt.example",
        "https://kurse.wirkstatt.example/pl/join/",
        "https://kurse.wirkstatt.example",
    ]
    development = manage(
        "shell", "--no-imports", "-c", script, DJANGO_SETTINGS_MODULE="wirkstatt.settings.dev"
    )
    assert development.returncode == 0, development.stderr
    assert development.stdout.split() == [
        "http://127.0.0.1:8000",
        "http://127.0.0.1:8000/pl/join/",
        "http://127.0.0.1:8000",
    ]


def test_without_broker_tasks_run_eagerly(settings):
    from wirkstatt.celery import app

    assert settings.CELERY_BROKER_URL == ""
    assert app.conf.task_always_eager


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("<p>Hallo <script>alert(1)</script>Welt</p>", "<p>Hallo alert(1)Welt</p>"),
        ('<p onclick="steal()">Text</p>', "<p>Text</p>"),
        ('<a href="javascript:alert(1)">x</a>', "<a>x</a>"),
        (
            '<a href="https://zittau.de" style="color:red">Zittau</a>',
            '<a href="https://zittau.de">Zittau</a>',
        ),
        ('<a linktype="page" id="3">intern</a>', '<a linktype="page" id="3">intern</a>'),
        ("<h2>Titel</h2><ul><li>eins</li></ul>", "<h2>Titel</h2><ul><li>eins</li></ul>"),
        ("<iframe src='https://evil'></iframe>", ""),
    ],
)
def test_imported_rich_text_is_sanitised(dirty, clean):
    assert sanitize_html(dirty) == clean


@pytest.mark.django_db
def test_rich_text_is_sanitised_when_stored(site):
    from tests import factories

    course = factories.make_course(
        title="Import", description=[("text", '<p onmouseover="x()">Hi<script>bad()</script></p>')]
    )
    stored = course.description.raw_data[0]["value"]
    assert stored == "<p>Hibad()</p>"


def test_web_processes_do_not_load_the_pdf_renderer():
    """WeasyPrint adds about 40 MB to each web worker; only the views that render a PDF
    import it, when they are called."""
    script = (
        "import sys, django; django.setup(); "
        "from django.urls import get_resolver; get_resolver().url_patterns; "
        "import wirkstatt.wsgi; "
        "print('weasyprint' in sys.modules)"
    )
    result = manage(
        "shell", "--no-imports", "-c", script, DJANGO_SETTINGS_MODULE="wirkstatt.settings.dev"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"
