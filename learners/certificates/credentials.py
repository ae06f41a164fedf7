"""Open Badges 3.0: the credential of a certificate, the issuer profile, the status list.

A certificate becomes an ``OpenBadgeCredential`` signed as a VC-JWT (RS256): the JWT
payload is the credential itself plus the claims ``iss`` (issuer id), ``jti`` (credential
id), ``nbf`` (validFrom) and ``sub`` (credential subject id); the JOSE header names the
key by a URL that returns it as a JWK. The issuer profile publishes the same key, so a
verifier needs nothing from us beyond those public documents, and a saved copy of them
verifies offline.

Revocation is published as the 1EdTech Revocation List that Open Badges 3.0 verifiers,
its validator and its conformance tests read (``credentialStatus`` of type
``1EdTechRevocationList``: the revoked credentials' ids with the reasons). The standard's
JSON schema allows one ``credentialStatus`` object, not a list, so a credential names one
method; the W3C Bitstring Status List that credentials signed before named (bit ``n`` for
the certificate whose primary key is ``n``, signed like the credentials) is still published
and kept current for them. Each credential names its ``1EdTechCredentialRefresh`` service,
where a wallet fetches the current credential.

The network is the one issuer of every credential: one signing key, one status list, one
profile a verifier has to trust. The partner that offered the course is the achievement's
``creator`` (an OB 3.0 ``Profile``), which is what the standard has that field for.

Holders are named in clear (the name is on the paper certificate too); their e-mail
address appears only salted and hashed, so a holder can prove it but nobody can read it.
"""

import base64
import datetime
import gzip
import hashlib
import uuid

import jwt
from django.conf import settings
from django.utils import formats, timezone, translation
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from courses.queries import course_translations, partners_by_key, provider_keys
from learners.certificates.services import certificate_partners
from learners.certificates.signing_keys import ALGORITHM, key_url, private_key, public_jwk
from learners.models import Certificate
from wirkstatt.links import absolute_reverse, absolute_url, site_url

CREDENTIALS_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OPENBADGES_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
# Defines verificationMethod, assertionMethod and JsonWebKey used in the issuer profile.
CONTROLLED_IDENTIFIER_CONTEXT = "https://www.w3.org/ns/cid/v1"

#: The only status list so far; its number is in the URL so that more can follow.
STATUS_LIST_NUMBER = 1
REVOCATION_LIST = "1EdTechRevocationList"
CREDENTIAL_REFRESH = "1EdTechCredentialRefresh"
#: The Bitstring Status List minimum (16 KiB), so a list does not reveal how many we issued.
STATUS_LIST_MIN_BITS = 16 * 1024 * 8
STATUS_LIST_TTL_MS = 5 * 60 * 1000


class CredentialError(Exception):
    """The certificate cannot be signed (e.g. its holder's data were deleted)."""


def issuer_id():
    return absolute_reverse("openbadges_issuer")


def status_list_url(number=STATUS_LIST_NUMBER):
    return absolute_reverse("openbadges_status_list", [number])


def achievement_url(course_key):
    return absolute_reverse("openbadges_achievement", [course_key])


def credential_url(certificate):
    """The credential's id: where its decoded JSON is served, in its language."""
    return absolute_reverse("certificate_credential_json", [certificate.code], certificate.language)


def timestamp(moment):
    """A DateTimeZ in UTC to the second, so that it equals the JWT's NumericDate."""
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _local_datetime(date, time):
    moment = datetime.datetime.combine(date, time)
    return timezone.make_aware(moment).isoformat()


def issuer_summary():
    """The issuer as embedded in credentials: who, without the keys."""
    profile = {
        "id": issuer_id(),
        "type": ["Profile"],
        "name": settings.OPENBADGES_ISSUER_NAME,
        "url": settings.OPENBADGES_ISSUER_URL or site_url(),
    }
    if settings.OPENBADGES_ISSUER_EMAIL:
        profile["email"] = settings.OPENBADGES_ISSUER_EMAIL
    return profile


def issuer_profile():
    """The public issuer profile, with the signing key as a JWK verification method."""
    key = public_jwk()
    return {
        "@context": [CREDENTIALS_CONTEXT, OPENBADGES_CONTEXT, CONTROLLED_IDENTIFIER_CONTEXT],
        **issuer_summary(),
        "verificationMethod": [
            {
                "id": key["kid"],
                "type": "JsonWebKey",
                "controller": issuer_id(),
                "publicKeyJwk": key,
            }
        ],
        "assertionMethod": [key["kid"]],
    }


def _criteria_narrative(course):
    """The completion rules in words; call inside the credential's language."""
    rules = []
    if course is not None:
        if course.completion_requires_lessons and course.get_children().exists():
            rules.append(_("Complete every lesson and pass every quiz of the course."))
        if course.completion_attendance_percent:
            rules.append(
                _("Attend at least %(percent)s %% of the session dates.")
                % {"percent": course.completion_attendance_percent}
            )
    if not rules:
        rules.append(_("Take part in the course as confirmed by the trainers."))
    return " ".join(rules)


def _absolute(url):
    """A page's URL (relative on a site with one host) as an absolute address."""
    return absolute_url(url) if url and url.startswith("/") else url


def _address(partner):
    """The partner's postal address as an OB 3.0 Address; None without street or town."""
    if not (partner.street or partner.town):
        return None
    address = {"type": ["Address"]}
    for key, value in [
        ("streetAddress", partner.street),
        ("postalCode", partner.postcode),
        ("addressLocality", partner.town),
        ("addressCountry", partner.get_country_display() if partner.country else ""),
        ("addressCountryCode", partner.country),
    ]:
        if value:
            address[key] = str(value)
    return address


def creator_profile(partner):
    """The partner that offered a course as the achievement's creator: an OB 3.0 Profile
    in the active language. Its id is the address of the partner's original (German)
    page, the same in every language; ``url`` is its page in the active language."""
    original = partner.get_translation_or_none(partner.locale.get_default()) or partner
    url = _absolute(partner.display_url)
    profile = {
        "id": _absolute(original.get_url()) or url,
        "type": ["Profile"],
        "name": partner.title,
        "url": url,
    }
    if partner.logo_url:
        profile["image"] = {"id": _absolute(partner.logo_url), "type": "Image"}
    if partner.email:
        profile["email"] = partner.email
    if partner.phone:
        profile["phone"] = partner.phone
    address = _address(partner)
    if address:
        profile["address"] = address
    return profile


def _achievement(course_key, name, field, course, partners=()):
    """The course as an Achievement, created by its lead partner where it has a public one;
    call inside the credential's language."""
    lead = partners[0] if partners else None
    if course is not None and course.teaser:
        description = course.teaser
    elif lead is not None:
        values = {"partner": lead.title, "issuer": settings.OPENBADGES_ISSUER_NAME, "field": field}
        if field:
            description = (
                _(
                    "A course of %(partner)s in the network %(issuer)s, in the competence "
                    "field %(field)s."
                )
                % values
            )
        else:
            description = _("A course of %(partner)s in the network %(issuer)s.") % values
    elif field:
        description = _("A course of %(issuer)s in the competence field %(field)s.") % {
            "issuer": settings.OPENBADGES_ISSUER_NAME,
            "field": field,
        }
    else:
        description = _("A course of %(issuer)s.") % {"issuer": settings.OPENBADGES_ISSUER_NAME}
    achievement = {
        "id": achievement_url(course_key),
        "type": ["Achievement"],
        "achievementType": "Certificate",
        "name": name,
        "description": description,
        "criteria": {"narrative": _criteria_narrative(course)},
        "inLanguage": translation.get_language(),
    }
    if field:
        achievement["fieldOfStudy"] = field
    if lead is not None:
        achievement["creator"] = creator_profile(lead)
    return achievement


def published_achievement(course_key):
    """The achievement a course awards, in the active language; None for no such course."""
    language_code = translation.get_language() or settings.LANGUAGE_CODE
    course = course_translations([course_key], language_code).get(course_key)
    if course is not None:
        language_code = course.locale.language_code
        with translation.override(language_code):
            field = course.competence_field.localized.name
            partners = partners_by_key(provider_keys(course_key), language_code)
            return _achievement(course_key, course.title, field, course, partners)
    certificate = Certificate.objects.filter(course_key=course_key).first()
    if certificate is None:
        return None
    with translation.override(certificate.language):
        partners = certificate_partners(certificate, certificate.language)
        return _achievement(
            course_key, certificate.course_title, certificate.competence_field, None, partners
        )


def _holder_id(certificate):
    """A stable pseudonymous URN for the holder: the same for all their certificates."""
    subject = f"learner:{certificate.learner_id}" if certificate.learner_id else certificate.code
    pseudonym = salted_hmac("learners.credentials.holder", subject, algorithm="sha256")
    return uuid.uuid5(uuid.NAMESPACE_URL, f"{issuer_id()}#{pseudonym.hexdigest()}").urn


def _identifiers(certificate):
    identifiers = [
        {
            "type": "IdentityObject",
            "identityType": "name",
            "hashed": False,
            "identityHash": certificate.holder_name,
        }
    ]
    email = certificate.learner.email if certificate.learner_id else ""
    if email:
        salt = salted_hmac("learners.credentials.salt", certificate.code).hexdigest()[:32]
        digest = hashlib.sha256((email.strip().lower() + salt).encode("utf-8")).hexdigest()
        identifiers.append(
            {
                "type": "IdentityObject",
                "identityType": "emailAddress",
                "hashed": True,
                "identityHash": f"sha256${digest}",
                "salt": salt,
            }
        )
    return identifiers


def _credential_texts(certificate, partners):
    values = {
        "holder": certificate.holder_name,
        "course": certificate.course_title,
        "hours": formats.number_format(
            certificate.hours, decimal_pos=0 if certificate.hours % 1 == 0 else 1
        ),
        "issuer": settings.OPENBADGES_ISSUER_NAME,
    }
    name = _("Certificate: %(course)s") % values
    if partners:
        values["partner"] = partners[0].title
        description = (
            _(
                '%(holder)s completed the course "%(course)s" (%(hours)s hours) offered by '
                "%(partner)s in the network %(issuer)s."
            )
            % values
        )
    else:
        description = (
            _('%(holder)s completed the course "%(course)s" (%(hours)s hours) at %(issuer)s.')
            % values
        )
    return name, description


def revocation_list_url():
    return absolute_reverse("openbadges_revocation_list")


def credential_status(certificate):
    """Where verifiers read whether the credential is revoked."""
    return {"id": revocation_list_url(), "type": REVOCATION_LIST}


def refresh_service(certificate):
    """Where a wallet fetches the credential as it stands (its signed JWT)."""
    return {
        "id": absolute_reverse(
            "certificate_credential_jwt", [certificate.code], certificate.language
        ),
        "type": CREDENTIAL_REFRESH,
    }


def credential_for(certificate):
    """The unsigned OpenBadgeCredential for a certificate, in the certificate's language."""
    if not certificate.holder_name:
        raise CredentialError("The holder's personal data were deleted; nothing to sign.")
    with translation.override(certificate.language):
        course = course_translations([certificate.course_key], certificate.language).get(
            certificate.course_key
        )
        partners = certificate_partners(certificate, certificate.language)
        name, description = _credential_texts(certificate, partners)
        subject = {
            "id": _holder_id(certificate),
            "type": ["AchievementSubject"],
            "identifier": _identifiers(certificate),
            "achievement": _achievement(
                certificate.course_key,
                certificate.course_title,
                certificate.competence_field,
                course,
                partners,
            ),
        }
        if certificate.first_date:
            subject["activityStartDate"] = _local_datetime(
                certificate.first_date, datetime.time.min
            )
        if certificate.last_date:
            subject["activityEndDate"] = _local_datetime(
                certificate.last_date, datetime.time(23, 59, 59)
            )
        return {
            "@context": [CREDENTIALS_CONTEXT, OPENBADGES_CONTEXT],
            "id": credential_url(certificate),
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "name": name,
            "description": description,
            "issuer": issuer_summary(),
            "validFrom": timestamp(certificate.issued_at),
            "awardedDate": timestamp(certificate.issued_at),
            "credentialSubject": subject,
            "credentialStatus": credential_status(certificate),
            "refreshService": refresh_service(certificate),
        }


def sign(credential):
    """A credential as a compact JWS: the VC-JWT proof format of Open Badges 3.0."""
    valid_from = datetime.datetime.strptime(credential["validFrom"], "%Y-%m-%dT%H:%M:%SZ")
    issuer = credential["issuer"]
    claims = {
        **credential,
        "iss": issuer["id"] if isinstance(issuer, dict) else issuer,
        "jti": credential["id"],
        "nbf": int(valid_from.replace(tzinfo=datetime.UTC).timestamp()),
        "sub": credential["credentialSubject"]["id"],
    }
    return jwt.encode(
        claims, private_key(), algorithm=ALGORITHM, headers={"kid": key_url(), "typ": "JWT"}
    )


def sign_credential(certificate):
    """The signed credential (a VC-JWT string) for a certificate; store it in credential_jwt."""
    return sign(credential_for(certificate))


def decoded_credential(token):
    """The payload of a VC-JWT we signed, for people who want to read it."""
    return jwt.decode(token, options={"verify_signature": False})


def _bitstring(revoked_indexes):
    highest = max(revoked_indexes, default=0)
    size = max(
        STATUS_LIST_MIN_BITS, -(-(highest + 1) // STATUS_LIST_MIN_BITS) * STATUS_LIST_MIN_BITS
    )
    bits = bytearray(size // 8)
    for index in revoked_indexes:
        # Index 0 is the leftmost (most significant) bit of the first byte.
        bits[index // 8] |= 0x80 >> (index % 8)
    return bytes(bits)


def encode_list(bits):
    """Multibase base64url (prefix "u", no padding) of the GZIP-compressed bitstring."""
    compressed = gzip.compress(bits, mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).rstrip(b"=").decode("ascii")


def decode_list(encoded):
    padded = encoded[1:] + "=" * (-len(encoded[1:]) % 4)
    return gzip.decompress(base64.urlsafe_b64decode(padded))


def status_list_credential(number=STATUS_LIST_NUMBER):
    """The revocation list as a BitstringStatusListCredential (unsigned)."""
    revoked = Certificate.objects.filter(revoked_at__isnull=False).values_list("pk", flat=True)
    url = status_list_url(number)
    return {
        "@context": [CREDENTIALS_CONTEXT],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_id(),
        "validFrom": timestamp(timezone.now()),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encode_list(_bitstring(list(revoked))),
            "ttl": STATUS_LIST_TTL_MS,
        },
    }


def signed_status_list(number=STATUS_LIST_NUMBER):
    return sign(status_list_credential(number))


def revocation_list():
    """The 1EdTech Revocation List: every revoked credential's id, with the reason."""
    revoked = Certificate.objects.filter(revoked_at__isnull=False).order_by("revoked_at", "pk")
    return {
        "id": revocation_list_url(),
        "issuer": issuer_id(),
        "revokedCredentials": [
            {"id": credential_url(certificate), "revocationReason": certificate.revocation_reason}
            if certificate.revocation_reason
            else {"id": credential_url(certificate)}
            for certificate in revoked.only("code", "language", "revocation_reason")
        ],
    }


def is_revoked_in_list(status_list, index):
    """Whether bit index is set in a decoded BitstringStatusListCredential."""
    bits = decode_list(status_list["credentialSubject"]["encodedList"])
    return bool(bits[index // 8] & (0x80 >> (index % 8)))
