"""What browsers may load and do on our pages (wirkstatt/content_policy.py).

The browser tests check the same in Chromium: every page of every journey, the Wagtail
admin's editor included, runs without a single violation of the policy
(tests/browser/conftest.py, ``open_page``).
"""

import re
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.test import Client

from tests import factories

pytestmark = pytest.mark.django_db

TEMPLATES = Path(settings.BASE_DIR) / "templates"
# Rendered to PDF by WeasyPrint, never served to a browser.
PDF_TEMPLATES = {"learners/certificates/pdf.html", "learners/schools/class_certificates_pdf.html"}
# Extend Wagtail's admin, whose policy allows inline styles and scripts.
ADMIN_TEMPLATES = "learners/admin/"


def directives(response):
    policy = response["Content-Security-Policy"]
    return {
        name: sources
        for name, *sources in (part.split() for part in policy.split(";") if part.strip())
    }


def test_public_pages_allow_only_our_own_files(client, site):
    policy = directives(client.get("/de/"))
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"] and policy["form-action"] == ["'self'"]


def test_a_course_page_may_embed_video_players_over_https(client, site):
    course = factories.make_course(title="Fahrrad reparieren")
    policy = directives(client.get(course.url))
    assert policy["frame-src"] == ["'self'", "https:"]
    assert "'unsafe-inline'" not in policy["script-src"]


def test_signed_in_pages_get_the_same_policy(client, site):
    client.force_login(factories.make_user("lena", year_of_birth=1990))
    assert directives(client.get("/de/my-learning/"))["script-src"] == ["'self'"]


def test_the_admin_gets_wagtails_inline_scripts_and_may_frame_its_preview(client, site, manager):
    client.force_login(manager)
    policy = directives(client.get("/admin/"))
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]


def test_pages_from_the_page_cache_carry_the_policy(settings, site):
    settings.PAGE_CACHE_SECONDS = 60
    client = Client()
    client.get("/de/")
    cached = client.get("/de/")
    assert cached["X-Page-Cache"] == "hit"
    assert directives(cached)["script-src"] == ["'self'"]
    assert "camera=()" in cached["Permissions-Policy"]


@pytest.mark.parametrize("address", ["/de/", "/admin/login/", "/healthz"])
def test_powerful_features_are_switched_off(client, site, address):
    policy = client.get(address)["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in policy


def test_the_error_page_styles_itself_with_the_policys_nonce(site):
    client = Client(raise_request_exception=False)
    with mock.patch("search.views.search_courses", side_effect=RuntimeError("boom")):
        response = client.get("/de/search/?q=Energie")
    assert response.status_code == 500
    (nonce,) = re.findall(r"<style nonce=\"([^\"]+)\">", response.content.decode())
    assert f"'nonce-{nonce}'" in directives(response)["style-src"]


def public_templates():
    for path in sorted(TEMPLATES.rglob("*.html")):
        name = path.relative_to(TEMPLATES).as_posix()
        if name not in PDF_TEMPLATES and not name.startswith(ADMIN_TEMPLATES):
            yield name, path.read_text()


INLINE_HANDLER = re.compile(r"<[^>]*\son[a-z]+\s*=", re.IGNORECASE)
STYLE_ATTRIBUTE = re.compile(r"<[^>]*\sstyle\s*=", re.IGNORECASE)
# Scripts are files (src=…) or data the browser does not run (JSON-LD).
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\ssrc=)(?![^>]*type=\"application/ld\+json\")[^>]*>")
STYLE_WITHOUT_NONCE = re.compile(r"<style(?![^>]*nonce)[^>]*>")


def test_no_public_template_needs_inline_script_or_style():
    offenders = [
        f"{name}: {match.group(0)[:80]}"
        for name, text in public_templates()
        for pattern in (INLINE_HANDLER, STYLE_ATTRIBUTE, INLINE_SCRIPT, STYLE_WITHOUT_NONCE)
        for match in pattern.finditer(text)
    ]
    assert not offenders, "\n".join(offenders)
