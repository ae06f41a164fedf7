"""Every link that leaves a page (e-mails, PDFs, QR codes, credentials) leads to the site's
public address, ``WAGTAILADMIN_BASE_URL``, never to the host a request came in on
("testserver" here) nor to a development default."""

import json
import re

import jwt
import pytest
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from icalendar import Calendar

from learners.enrolment.services import enrol, start_self_paced
from learners.learning import completion
from learners.learning.progress import mark_done
from learners.models import Certificate, TeacherInvitation
from learners.schools import services as schools
from tests import factories
from wirkstatt.links import on_site, site_address

SITE = "https://kurse.wirkstatt.example"
#: Addresses of standards that a credential names; everything else must be ours.
STANDARDS = ("https://www.w3.org/", "https://purl.imsglobal.org/")


@pytest.fixture(autouse=True)
def public_address(settings):
    settings.WAGTAILADMIN_BASE_URL = SITE
    settings.OPENBADGES_ISSUER_URL = ""


def urls_in(text):
    return re.findall(r"https?://[^\s\"'<>]+", text)


def assert_on_site(urls):
    assert urls
    for url in urls:
        assert url.startswith(SITE + "/"), url


# The setting ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "address"),
    [
        ("https://wirkstatt.example", "https://wirkstatt.example"),
        ("https://wirkstatt.example/", "https://wirkstatt.example"),
        (" https://kurse.wirkstatt.example:8443 ", "https://kurse.wirkstatt.example:8443"),
    ],
)
def test_production_takes_an_https_address(value, address):
    assert site_address(value) == address


@pytest.mark.parametrize(
    "value",
    [
        "http://wirkstatt.example",
        "wirkstatt.example",
        "https://",
        "https://wirkstatt.example/kurse",
        "https://wirkstatt.example/?a=1",
        "https://user@wirkstatt.example",
        "https://wirkstatt.example:port",
        "   ",
    ],
)
def test_production_refuses_anything_else_naming_the_variable(value):
    with pytest.raises(ImproperlyConfigured, match="WAGTAILADMIN_BASE_URL must be .* https"):
        site_address(value)


@pytest.mark.parametrize("value", ["", None])
def test_production_refuses_a_missing_address_naming_the_variable(value):
    with pytest.raises(ImproperlyConfigured, match="Set the WAGTAILADMIN_BASE_URL environment"):
        site_address(value)


def test_links_built_on_any_host_move_to_the_public_address():
    assert on_site("http://testserver/de/accounts/confirm-email/abc/") == (
        f"{SITE}/de/accounts/confirm-email/abc/"
    )
    assert on_site("/pl/join/?code=AB#x") == f"{SITE}/pl/join/?code=AB#x"


# E-mails -------------------------------------------------------------------------------------


def test_booking_mail_and_its_calendar_entry_link_to_the_public_address(
    site, django_capture_on_commit_callbacks
):
    course = factories.make_course(title="Löten lernen")
    session = factories.make_session(course, days_ahead=10)
    learner = factories.make_user("lena", email="lena@example.org", preferred_language="pl")

    with django_capture_on_commit_callbacks(execute=True):
        enrol(learner, session.pk)

    (message,) = mail.outbox
    assert_on_site(urls_in(message.body))
    assert f"{SITE}/pl/my-learning/" in message.body
    (_name, content, _type) = message.attachments[0]
    (event,) = Calendar.from_ical(content).walk("VEVENT")
    assert_on_site([str(event["url"])])


def test_account_mails_sent_from_a_request_link_to_the_public_address(client, site):
    """allauth builds its links from the request's host; they are moved to the site's."""
    client.post(
        "/de/accounts/signup/",
        {
            "email": "lena.richter@example.org",
            "password1": "ein-langes-Passwort-2026",
            "password2": "ein-langes-Passwort-2026",
            "display_name": "Lena Richter",
            "preferred_language": "cs",
            "year_of_birth": "1990",
            "accessibility_needs": "",
        },
    )

    (message,) = mail.outbox
    urls = urls_in(message.body)
    assert_on_site(urls)
    assert any(url.startswith(f"{SITE}/cs/accounts/confirm-email/") for url in urls)
    assert f"{SITE}/cs/" in urls  # the signature
    assert "testserver" not in message.body


def test_teachers_invitation_and_code_sheet_links_lead_to_the_public_address(db, site):
    teacher = factories.make_teacher()
    school = factories.make_school(teacher)
    invitation = TeacherInvitation.objects.create(
        school=school, email="lea@park.example", invited_by=teacher
    )

    link = schools.invitation_url(invitation)

    assert link.startswith(f"{SITE}/de/schools/invitations/")
    token = link.removeprefix(f"{SITE}/de/schools/invitations/").rstrip("/")
    assert schools.invitation_from_token(token) == invitation


# Certificates: e-mail, credential, PDF -------------------------------------------------------


def test_certificate_mail_and_credential_link_to_the_public_address(
    site, trainer, django_capture_on_commit_callbacks
):
    course = factories.make_course(
        title="Sonnenstrom für Zuhause", format="self_paced", awards_certificate=True
    )
    course.trainers = [trainer]
    factories.publish(course)
    lesson = factories.make_lesson(course, title="Einführung")
    learner = factories.make_user("lena", email="lena@example.org", preferred_language="hsb")

    with django_capture_on_commit_callbacks(execute=True):
        start_self_paced(learner, course)
        mark_done(learner, course.translation_key, lesson.translation_key)
        completion.evaluate_learner(learner, course.translation_key)

    certificate = Certificate.objects.get()
    (message,) = [m for m in mail.outbox if certificate.code in m.body]
    assert_on_site(urls_in(message.body))
    assert f"{SITE}/hsb/certificates/{certificate.code}/" in message.body
    credential = jwt.decode(certificate.credential_jwt, options={"verify_signature": False})
    ours = [
        url
        for url in urls_in(json.dumps(credential))
        if not url.startswith(STANDARDS) and url != SITE
    ]
    assert_on_site(ours)
    assert credential["iss"] == f"{SITE}/openbadges/issuer"
    assert credential["id"] == f"{SITE}/hsb/certificates/{certificate.code}/credential.json"
    assert credential["issuer"]["url"] == SITE  # OPENBADGES_ISSUER_URL left empty
    assert_on_site([jwt.get_unverified_header(certificate.credential_jwt)["kid"]])
