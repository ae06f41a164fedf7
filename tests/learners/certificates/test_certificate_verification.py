"""The public verification page, the credential downloads and the PDF download."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.core.files.base import ContentFile
from django.utils import formats, timezone, translation

from learners.certificates.credentials import decoded_credential, sign_credential
from tests import factories
from tests.openbadges_helpers import make_certificate

pytestmark = pytest.mark.django_db

PDF_BYTES = b"%PDF-1.4\n% a stand-in for the rendered certificate\n"


@pytest.fixture
def course(site):
    return factories.make_course(title="Solarstrom im Dorf", field="life")


@pytest.fixture
def holder(db):
    return factories.make_user("lena", email="lena@example.org", display_name="Lena Richter")


@pytest.fixture
def certificate(course, holder):
    certificate = make_certificate(
        course,
        holder,
        course_title="Solar power in the village",
        competence_field="Life",
        trainers="Anna Trainer, Jan Novotný",
    )
    certificate.credential_jwt = sign_credential(certificate)
    certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(PDF_BYTES))
    return certificate


def page_url(certificate_or_code, suffix="", language="en"):
    code = getattr(certificate_or_code, "code", certificate_or_code)
    return f"/{language}/certificates/{code}/{suffix}"


def english_date(value):
    with translation.override("en"):
        return formats.date_format(timezone.localtime(value) if hasattr(value, "hour") else value)


def test_a_valid_certificate_shows_what_it_says(client, certificate):
    response = client.get(page_url(certificate))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Valid: this certificate was issued by" in html
    for fact in [
        "Lena Richter",
        "Solar power in the village",
        "Life",
        "12.5",
        english_date(certificate.first_date),
        english_date(certificate.last_date),
        "Anna Trainer, Jan Novotný",
        "Wirkstatt – Innovationsnetzwerk Oberlausitz",
        english_date(certificate.issued_at),
        certificate.code,
    ]:
        assert fact in html, fact
    assert "Revoked:" not in html
    assert page_url(certificate, "credential.jwt") in html
    assert page_url(certificate, "credential.json") in html
    assert '<meta name="robots" content="noindex">' in html
    # A visitor is not the holder: no PDF link.
    assert page_url(certificate, "pdf/") not in html


def test_the_holder_sees_the_pdf_link(client, certificate, holder):
    client.force_login(holder)
    assert page_url(certificate, "pdf/") in client.get(page_url(certificate)).content.decode()


@pytest.mark.parametrize("typed", ["lower", "spaces", "both"])
def test_codes_typed_loosely_lead_to_the_canonical_page(client, certificate, typed):
    loose = {
        "lower": certificate.code.lower(),
        "spaces": certificate.code.replace("-", " "),
        "both": certificate.code.replace("-", "").lower(),
    }[typed]
    response = client.get(page_url(loose))
    assert response.status_code == 302
    assert response["Location"] == page_url(certificate)


def test_the_lookup_form_works_without_javascript(client, certificate):
    form = client.get("/en/certificates/")
    assert form.status_code == 200
    html = form.content.decode()
    assert '<label for="certificate-code">' in html and 'method="get"' in html
    response = client.get("/en/certificates/", {"code": f"  {certificate.code.lower()} "})
    assert response.status_code == 302
    assert response["Location"] == page_url(certificate)
    assert client.get(response["Location"]).status_code == 200


def test_the_lookup_form_explains_a_malformed_code(client):
    response = client.get("/en/certificates/", {"code": "K7QM-4XRT-9HW0"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "is not a certificate code" in html
    assert 'aria-invalid="true"' in html
    empty = client.get("/en/certificates/", {"code": "  "})
    assert "Please enter the code printed on the certificate." in empty.content.decode()


def test_a_revoked_certificate_says_so_with_date_and_reason(client, certificate, manager):
    certificate.revoked_at = timezone.now() - datetime.timedelta(hours=3)
    certificate.revocation_reason = "Attendance was recorded by mistake."
    certificate.revoked_by = manager
    certificate.save()
    response = client.get(page_url(certificate))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Revoked: this certificate is no longer valid." in html
    assert f"Revoked on {english_date(certificate.revoked_at)}." in html
    assert "Attendance was recorded by mistake." in html
    assert "Valid:" not in html


def test_an_unknown_code_is_answered_clearly(client, db):
    response = client.get(page_url("K7QM-4XRT-9HWD"))
    assert response.status_code == 404
    html = response.content.decode()
    assert "No certificate with this code" in html
    assert "has not issued a certificate with the code K7QM-4XRT-9HWD" in html


@pytest.mark.parametrize(
    "bad",
    [
        "K7QM-4XRT-9HW0",  # 0 is not in the alphabet
        "K7QM-4XRT",  # too short
        "K7QM-4XRT-9HWD-9HWD",  # too long
        "%3Cscript%3Ealert(1)",
        "%C5%81%C3%B3d%C5%BA",  # Łódź
        "x" * 500,
    ],
)
def test_a_malformed_code_is_answered_clearly(client, db, bad):
    response = client.get(page_url(bad))
    assert response.status_code == 404
    html = response.content.decode()
    assert "This is not a certificate code" in html
    assert "<script>alert(1)" not in html
    if "script" in bad:
        assert "&lt;script&gt;alert(1)" in html
    for suffix in ["credential.jwt", "credential.json"]:
        assert client.get(page_url(bad, suffix)).status_code == 404


def test_the_signed_credential_and_its_json_can_be_downloaded(client, certificate):
    token = client.get(page_url(certificate, "credential.jwt"))
    assert token.status_code == 200
    assert token["Content-Type"] == "application/vc+jwt"
    assert f'filename="certificate-{certificate.code}.jwt"' in token["Content-Disposition"]
    assert token.content.decode() == certificate.credential_jwt
    readable = client.get(page_url(certificate, "credential.json"))
    assert readable.status_code == 200
    assert readable.json() == decoded_credential(certificate.credential_jwt)
    assert readable.json()["credentialSubject"]["achievement"]["name"] == (
        "Solar power in the village"
    )


def test_no_download_before_the_credential_is_signed(client, course, holder):
    certificate = make_certificate(course, holder)
    assert certificate.credential_jwt == ""
    assert client.get(page_url(certificate)).status_code == 200
    html = client.get(page_url(certificate)).content.decode()
    assert "credential.jwt" not in html
    for suffix in ["credential.jwt", "credential.json"]:
        assert client.get(page_url(certificate, suffix)).status_code == 404


def test_a_deleted_holder_leaves_the_certificate_confirmed_without_personal_data(
    client, certificate, holder
):
    # What deleting the account does to the row (learners/accounts/personal_data.py).
    certificate.holder_name = ""
    certificate.credential_jwt = ""
    certificate.pdf.delete(save=False)
    certificate.save()
    holder.delete()
    response = client.get(page_url(certificate))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Valid: this certificate was issued by" in html
    assert "personal data were deleted at their request" in html
    assert "Lena Richter" not in html
    assert "Awarded to" not in html
    assert "Solar power in the village" in html
    for suffix in ["credential.jwt", "credential.json"]:
        assert client.get(page_url(certificate, suffix)).status_code == 404


def test_lookups_are_rate_limited(client, certificate, settings):
    assert settings.CERTIFICATE_LOOKUP_RATE == "30/m"
    for _ in range(30):
        assert client.get(page_url("K7QM-4XRT-9HWD")).status_code == 404
    response = client.get(page_url(certificate))
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert "Too many checks" in response.content.decode()
    assert client.get(page_url(certificate, "credential.jwt")).status_code == 429
    # Another address still gets through.
    assert client.get(page_url(certificate), REMOTE_ADDR="10.0.0.7").status_code == 200


def test_the_rate_limit_page_is_translated(client, certificate, settings):
    settings.CERTIFICATE_LOOKUP_RATE = "1/m"
    client.get(page_url(certificate, language="de"))
    response = client.get(page_url(certificate, language="de"))
    assert response.status_code == 429
    assert '<html lang="de">' in response.content.decode()


def pdf_response(client, certificate):
    return client.get(page_url(certificate, "pdf/"))


def test_the_holder_downloads_the_pdf(client, certificate, holder):
    client.force_login(holder)
    response = pdf_response(client, certificate)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == PDF_BYTES


def test_another_learner_gets_not_found(client, certificate):
    client.force_login(factories.make_user("ben", email="ben@example.org"))
    assert pdf_response(client, certificate).status_code == 404


def test_anonymous_visitors_are_sent_to_log_in(client, certificate):
    response = pdf_response(client, certificate)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert "next=" in response["Location"]


def test_a_manager_with_the_permission_downloads_the_pdf(client, certificate, manager):
    client.force_login(manager)
    if not manager.has_perm("learners.view_certificate"):
        assert pdf_response(client, certificate).status_code == 404
        manager.user_permissions.add(
            Permission.objects.get(codename="view_certificate", content_type__app_label="learners")
        )
    response = pdf_response(client, certificate)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF_BYTES


def test_a_trainer_without_the_permission_gets_not_found(client, certificate, trainer):
    client.force_login(trainer)
    assert pdf_response(client, certificate).status_code == 404


def test_no_pdf_yet_is_not_found_even_for_the_holder(client, course, holder):
    certificate = make_certificate(course, holder)
    client.force_login(holder)
    assert pdf_response(client, certificate).status_code == 404
