"""/api/v1/certificates/{code}: what the verification page shows, for software."""

import pytest
from django.core.cache import cache

from learners.certificates.credentials import sign_credential
from learners.certificates.services import revoke
from tests import factories
from tests.openbadges_helpers import make_certificate

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(site):
    course = factories.make_course(title="Solarstrom im Dorf", field="life")
    factories.translate(course, "pl", title="Prąd słoneczny na wsi")
    holder = factories.make_user("lena", email="lena@example.org", display_name="Lena Richter")
    certificate = make_certificate(
        course, holder, course_title="Solarstrom im Dorf", trainers="Anna Trainer"
    )
    certificate.credential_jwt = sign_credential(certificate)
    certificate.save()
    return certificate


def test_a_valid_certificate_states_its_facts(client, certificate):
    response = client.get(f"/api/v1/certificates/{certificate.code}", {"lang": "pl"})
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-cache"
    body = response.json()
    assert body["state"] == "valid"
    assert (body["holder_name"], body["course_title"]) == ("Lena Richter", "Solarstrom im Dorf")
    assert body["course_title_in_language"] == "Prąd słoneczny na wsi"
    assert body["trainers"] == "Anna Trainer"
    assert body["partners"][0]["name"] == "Testpartner"
    assert body["verification_url"].endswith(f"/certificates/{certificate.code}/")
    assert body["credential_url"].endswith(f"/certificates/{certificate.code}/credential.json")
    assert "lena@example.org" not in response.content.decode()


def test_a_revoked_certificate_says_so_and_why(client, certificate, manager):
    revoke(certificate, "Issued by mistake", manager)
    body = client.get(f"/api/v1/certificates/{certificate.code}").json()
    assert (body["state"], body["revocation_reason"]) == ("revoked", "Issued by mistake")
    assert body["revoked_at"]


def test_a_code_typed_loosely_is_read_and_an_unknown_one_is_not_found(client, certificate):
    loose = certificate.code.lower().replace("-", " ")
    assert client.get(f"/api/v1/certificates/{loose}").json()["code"] == certificate.code
    unknown = client.get("/api/v1/certificates/AAAA-BBBB-CCCC", HTTP_ACCEPT_LANGUAGE="en")
    assert unknown.status_code == 404
    assert unknown["Content-Type"] == "application/problem+json"
    garbage = client.get("/api/v1/certificates/%3Cscript%3E")
    assert garbage.status_code == 404 and "<script>" in garbage.json()["detail"]


def test_lookups_share_the_verification_pages_limit(client, certificate, settings):
    settings.CERTIFICATE_LOOKUP_RATE = "2/m"
    cache.clear()
    assert client.get(f"/en/certificates/{certificate.code}/").status_code == 200
    assert client.get(f"/api/v1/certificates/{certificate.code}").status_code == 200
    refused = client.get(f"/api/v1/certificates/{certificate.code}")
    assert refused.status_code == 429 and refused["Retry-After"] == "60"
    assert client.get(f"/en/certificates/{certificate.code}/").status_code == 429
