"""Open Badges 3.0: the credential, its signature, the issuer profile, the status list."""

import base64
import datetime
import hashlib
import json
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import jwt
import pytest
from django.core.checks import Error
from django.utils import timezone
from referencing import Registry, Resource

from learners.certificates import credentials, signing_keys
from learners.certificates.credentials import CredentialError, credential_for, sign_credential
from learners.certificates.signing_keys import SigningKeyError, check_signing_key, generate_pem
from tests import factories
from tests.openbadges_helpers import make_certificate

pytestmark = pytest.mark.django_db

STANDARDS = Path("/work/shared/standards/openbadges-3.0")
BASE_URL = "http://testserver"


def load_schema(name):
    return json.loads((STANDARDS / name).read_text(encoding="utf-8"))


def date_time(value):
    """RFC 3339 date-time with a time zone, as OB 3.0's DateTimeZ asks."""
    if not isinstance(value, str):
        return True
    return "T" in value and datetime.datetime.fromisoformat(value).tzinfo is not None


def validator_for(schema_name):
    """Draft 2019-09 with every $ref resolved from the local copies, never the network."""
    schemas = [load_schema(name) for name in STANDARDS.glob("*.schema.json")]
    registry = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema)) for schema in schemas
    )
    format_checker = jsonschema.FormatChecker()
    format_checker.checks("date-time", raises=ValueError)(date_time)
    schema = load_schema(schema_name)
    jsonschema.Draft201909Validator.check_schema(schema)
    return jsonschema.Draft201909Validator(schema, registry=registry, format_checker=format_checker)


@pytest.fixture(autouse=True)
def base_url(settings):
    settings.WAGTAILADMIN_BASE_URL = BASE_URL
    settings.OPENBADGES_ISSUER_URL = BASE_URL
    settings.OPENBADGES_ISSUER_EMAIL = "zertifikate@wirkstatt.example"


@pytest.fixture
def course(site, trainer):
    course = factories.make_course(
        title="3D-Druck für Einsteiger",
        teaser="Vom Modell zum fertigen Teil.",
        completion_attendance_percent=80,
    )
    return factories.translate(course, "en", title="3D printing for beginners", slug="3d-print")


@pytest.fixture
def learner(db):
    return factories.make_user(
        "lena", email="Lena.Richter@example.org", display_name="Lena Richter"
    )


@pytest.fixture
def certificate(course, learner):
    certificate = make_certificate(course, learner, course_title="3D printing for beginners")
    certificate.credential_jwt = sign_credential(certificate)
    certificate.save(update_fields=["credential_jwt"])
    return certificate


def path_of(url):
    assert url.startswith(BASE_URL + "/"), url
    return urlsplit(url).path


def fetch_json(client, url):
    response = client.get(path_of(url))
    assert response.status_code == 200, url
    return response.json()


def jwk_from_issuer_profile(client, token):
    """What a verifier does: follow iss to the profile, pick the key named by kid."""
    kid = jwt.get_unverified_header(token)["kid"]
    issuer = jwt.decode(token, options={"verify_signature": False})["iss"]
    profile = fetch_json(client, issuer)
    methods = {method["id"]: method for method in profile["verificationMethod"]}
    assert kid in profile["assertionMethod"]
    return jwt.PyJWK(methods[kid]["publicKeyJwk"], algorithm="RS256")


def verified_claims(client, token):
    key = jwk_from_issuer_profile(client, token)
    return jwt.decode(
        token,
        key.key,
        algorithms=["RS256"],
        options={"require": ["iss", "jti", "nbf", "sub"]},
    )


def test_the_credential_validates_against_the_official_schema(certificate):
    credential = credential_for(certificate)
    validator_for("achievementcredential.schema.json").validate(credential)
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    achievement = credential["credentialSubject"]["achievement"]
    assert achievement["achievementType"] == "Certificate"
    assert achievement["name"] == "3D printing for beginners"
    assert achievement["fieldOfStudy"] == "Economy"
    assert achievement["inLanguage"] == "en"
    assert "80 %" in achievement["criteria"]["narrative"]
    assert achievement["id"] == f"{BASE_URL}/openbadges/achievements/{certificate.course_key}"


def test_the_schema_check_is_real(certificate):
    credential = credential_for(certificate)
    del credential["credentialSubject"]["achievement"]["criteria"]
    credential["validFrom"] = "yesterday"
    errors = list(validator_for("achievementcredential.schema.json").iter_errors(credential))
    messages = " ".join(error.message for error in errors)
    assert "'criteria' is a required property" in messages
    assert "'yesterday' is not a 'date-time'" in messages


def test_the_credential_says_what_the_certificate_says(certificate, learner):
    credential = credential_for(certificate)
    assert credential["id"] == f"{BASE_URL}/en/certificates/{certificate.code}/credential.json"
    assert credential["issuer"]["id"] == f"{BASE_URL}/openbadges/issuer"
    assert credential["issuer"]["name"] == "Wirkstatt – Innovationsnetzwerk Oberlausitz"
    assert credential["validFrom"] == certificate.issued_at.astimezone(datetime.UTC).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    subject = credential["credentialSubject"]
    assert subject["id"].startswith("urn:uuid:")
    assert subject["activityStartDate"].startswith("2025-03-03T00:00:00")
    assert subject["activityEndDate"].startswith("2025-03-07T23:59:59")
    by_type = {identity["identityType"]: identity for identity in subject["identifier"]}
    assert by_type["name"]["identityHash"] == "Lena Richter"
    assert "12.5 hours" in credential["description"]
    assert credential["credentialStatus"] == {
        "id": f"{BASE_URL}/openbadges/revocations",
        "type": "1EdTechRevocationList",
    }
    assert credential["refreshService"] == {
        "id": f"{BASE_URL}/en/certificates/{certificate.code}/credential.jwt",
        "type": "1EdTechCredentialRefresh",
    }


def test_the_e_mail_address_is_only_in_the_credential_salted_and_hashed(certificate):
    payload = certificate.credential_jwt.split(".")[1]
    decoded = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)).decode()
    assert "example.org" not in decoded.lower()
    subject = credential_for(certificate)["credentialSubject"]
    email = next(i for i in subject["identifier"] if i["identityType"] == "emailAddress")
    assert email["hashed"] is True
    expected = hashlib.sha256(("lena.richter@example.org" + email["salt"]).encode()).hexdigest()
    assert email["identityHash"] == f"sha256${expected}"


def test_one_learner_has_one_subject_id_across_certificates(course, learner, certificate):
    second = make_certificate(course, learner)
    stranger = make_certificate(course, factories.make_user("ben"))
    assert _subject_id(second) == _subject_id(certificate)
    assert _subject_id(stranger) != _subject_id(certificate)


def _subject_id(certificate):
    return credential_for(certificate)["credentialSubject"]["id"]


def test_the_jwt_verifies_against_the_key_published_in_the_issuer_profile(client, certificate):
    token = certificate.credential_jwt
    header = jwt.get_unverified_header(token)
    assert header == {"alg": "RS256", "kid": header["kid"], "typ": "JWT"}
    claims = verified_claims(client, token)
    credential = credential_for(certificate)
    assert claims["iss"] == credential["issuer"]["id"]
    assert claims["jti"] == credential["id"]
    assert claims["sub"] == credential["credentialSubject"]["id"]
    assert claims["nbf"] == int(certificate.issued_at.timestamp())
    assert {key: claims[key] for key in credential} == credential


def test_the_kid_dereferences_to_the_public_jwk_and_never_the_private_one(client, certificate):
    kid = jwt.get_unverified_header(certificate.credential_jwt)["kid"]
    response = client.get(path_of(kid))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/jwk+json"
    assert response["Access-Control-Allow-Origin"] == "*"
    jwk = response.json()
    assert set(jwk) == {"kty", "n", "e", "kid", "alg", "use"}
    assert jwk["kid"] == kid
    assert kid.endswith("/" + signing_keys.jwk_thumbprint(jwk))
    # Un-prefixed 404s are redirected by LocaleMiddleware; they end in a 404 all the same.
    assert client.get("/openbadges/keys/not-our-key", follow=True).status_code == 404


def test_the_thumbprint_follows_rfc_7638():
    rfc_example = {
        "kty": "RSA",
        "e": "AQAB",
        "n": (
            "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tS"
            "oc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65"
            "YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyr"
            "dkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzK"
            "nqDKgw"
        ),
        "alg": "RS256",
        "kid": "2011-04-29",
    }
    assert signing_keys.jwk_thumbprint(rfc_example) == "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"


def test_the_issuer_profile_validates_and_is_open_to_any_page(client):
    response = client.get("/openbadges/issuer")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    profile = response.json()
    validator_for("profile.schema.json").validate(profile)
    assert profile["id"] == f"{BASE_URL}/openbadges/issuer"
    assert profile["type"] == ["Profile"]
    assert profile["email"] == "zertifikate@wirkstatt.example"
    (method,) = profile["verificationMethod"]
    assert method["type"] == "JsonWebKey"
    assert method["controller"] == profile["id"]
    assert "d" not in method["publicKeyJwk"]


def test_a_token_with_a_changed_payload_fails(client, certificate):
    header, payload, signature = certificate.credential_jwt.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["credentialSubject"]["identifier"][0]["identityHash"] = "Mallory"
    forged_payload = (
        base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode("ascii")
    )
    forged = f"{header}.{forged_payload}.{signature}"
    with pytest.raises(jwt.InvalidSignatureError):
        verified_claims(client, forged)


def test_a_token_signed_with_another_key_fails(client, certificate):
    claims = jwt.decode(certificate.credential_jwt, options={"verify_signature": False})
    header = jwt.get_unverified_header(certificate.credential_jwt)
    other_key = signing_keys.load_pem(generate_pem(bits=2048))
    forged = jwt.encode(claims, other_key, algorithm="RS256", headers={"kid": header["kid"]})
    with pytest.raises(jwt.InvalidSignatureError):
        verified_claims(client, forged)


def test_an_unsigned_token_is_refused(client, certificate):
    claims = jwt.decode(certificate.credential_jwt, options={"verify_signature": False})
    header = jwt.get_unverified_header(certificate.credential_jwt)
    unsigned = jwt.encode(claims, None, algorithm="none", headers={"kid": header["kid"]})
    with pytest.raises(jwt.InvalidAlgorithmError):
        verified_claims(client, unsigned)


def fetch_status_list(client, certificate):
    """The Bitstring Status List that credentials signed before the revocation list name,
    still kept current for them."""
    response = client.get(path_of(credentials.status_list_url()))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+jwt"
    return verified_claims(client, response.content.decode("ascii"))


def test_a_revoked_certificate_has_its_bit_set_in_the_signed_status_list(
    client, course, certificate
):
    other = make_certificate(course)
    certificate.revoked_at = timezone.now()
    certificate.revocation_reason = "Issued by mistake"
    certificate.save()

    status_list = fetch_status_list(client, certificate)
    assert status_list["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert status_list["issuer"] == f"{BASE_URL}/openbadges/issuer"
    subject = status_list["credentialSubject"]
    assert subject["statusPurpose"] == "revocation"
    assert subject["encodedList"].startswith("u")
    bits = credentials.decode_list(subject["encodedList"])
    assert len(bits) * 8 >= 131072
    assert credentials.is_revoked_in_list(status_list, certificate.status_index)
    assert not credentials.is_revoked_in_list(status_list, other.status_index)
    assert sum(bin(byte).count("1") for byte in bits) == 1


def fetch_revocation_list(client, certificate):
    url = credential_for(certificate)["credentialStatus"]["id"]
    response = client.get(path_of(url))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    return response.json()


def test_a_revoked_certificate_is_in_the_revocation_list_with_its_reason(
    client, course, certificate
):
    """What an Open Badges 3.0 verifier reads: the credential's id among the revoked ones."""
    other = make_certificate(course)
    assert fetch_revocation_list(client, certificate)["revokedCredentials"] == []
    certificate.revoked_at = timezone.now()
    certificate.revocation_reason = "Issued by mistake"
    certificate.save()

    revocations = fetch_revocation_list(client, certificate)
    assert revocations["id"] == f"{BASE_URL}/openbadges/revocations"
    assert revocations["issuer"] == credential_for(certificate)["issuer"]["id"]
    assert revocations["revokedCredentials"] == [
        {"id": credential_for(certificate)["id"], "revocationReason": "Issued by mistake"}
    ]
    assert credential_for(other)["id"] not in str(revocations)


def test_a_wallet_refreshes_the_credential_from_its_refresh_service(client, certificate):
    url = credential_for(certificate)["refreshService"]["id"]
    response = client.get(path_of(url))
    assert response.status_code == 200
    assert response.content.decode("ascii") == certificate.credential_jwt
    assert (
        verified_claims(client, certificate.credential_jwt)["id"]
        == credential_for(certificate)["id"]
    )


def test_no_bit_is_set_while_nothing_is_revoked(client, certificate):
    status_list = fetch_status_list(client, certificate)
    assert not credentials.is_revoked_in_list(status_list, certificate.status_index)
    assert client.get("/openbadges/status/2", follow=True).status_code == 404


def test_the_achievement_id_dereferences(client, course, certificate):
    url = credential_for(certificate)["credentialSubject"]["achievement"]["id"]
    response = client.get(path_of(url), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    achievement = response.json()
    assert achievement["id"] == url
    assert achievement["type"] == ["Achievement"]
    assert achievement["achievementType"] == "Certificate"
    assert response["Access-Control-Allow-Origin"] == "*"
    unknown = "/openbadges/achievements/00000000-0000-4000-8000-000000000000"
    assert client.get(unknown, follow=True).status_code == 404


def test_a_certificate_whose_holder_was_deleted_is_not_signed(course):
    certificate = make_certificate(course, holder_name="")
    with pytest.raises(CredentialError):
        sign_credential(certificate)


def test_production_refuses_to_run_without_a_key(settings):
    settings.OPENBADGES_SIGNING_KEY = ""
    settings.OPENBADGES_SIGNING_KEY_FILE = ""
    settings.DEBUG = False
    [error] = check_signing_key(None)
    assert isinstance(error, Error) and error.id == "learners.E101"
    with pytest.raises(SigningKeyError):
        signing_keys.private_key()


def test_the_deploy_check_rejects_a_broken_or_short_key(settings, tmp_path):
    settings.OPENBADGES_SIGNING_KEY = "-----BEGIN PRIVATE KEY-----\nnonsense\n"
    assert [error.id for error in check_signing_key(None)] == ["learners.E102"]
    settings.OPENBADGES_SIGNING_KEY = generate_pem(bits=1024)
    assert [error.id for error in check_signing_key(None)] == ["learners.E102"]
    settings.OPENBADGES_SIGNING_KEY = ""
    settings.OPENBADGES_SIGNING_KEY_FILE = str(tmp_path / "missing.pem")
    assert [error.id for error in check_signing_key(None)] == ["learners.E102"]


def test_a_key_file_is_read(settings, tmp_path):
    key_file = tmp_path / "key.pem"
    key_file.write_text(generate_pem(bits=2048))
    settings.OPENBADGES_SIGNING_KEY = ""
    settings.OPENBADGES_SIGNING_KEY_FILE = str(key_file)
    assert check_signing_key(None) == []
    assert signing_keys.private_key().key_size == 2048


def test_development_generates_one_key_and_keeps_it(settings, tmp_path):
    key_file = tmp_path / "private" / "openbadges-signing-key.pem"
    settings.OPENBADGES_SIGNING_KEY = ""
    settings.OPENBADGES_SIGNING_KEY_FILE = ""
    settings.OPENBADGES_DEV_KEY_FILE = key_file
    settings.DEBUG = True
    first = signing_keys.private_key()
    assert first.key_size == 3072
    assert key_file.stat().st_mode & 0o777 == 0o600
    signing_keys.private_key.cache_clear()
    second = signing_keys.private_key()
    assert second.public_key().public_numbers() == first.public_key().public_numbers()
