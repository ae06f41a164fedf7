"""/api/v1/certificates/{code}: what the public verification page says about a certificate,
for a verifier's software, under the same limit of lookups per address."""

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext as _
from ninja import Router

from api.languages import answering_in
from api.problems import problem, responses
from api.schemas import Certificate, LanguageCode
from api.vocabularies import partner_reference
from learners.certificates.services import certificate_partners
from learners.certificates.titles import with_titles_for_reader
from learners.certificates.views import ECHO_LIMIT, too_many_lookups
from learners.codes import CERTIFICATE_CODE
from learners.models import Certificate as CertificateModel
from wirkstatt.links import absolute_reverse

router = Router(tags=["certificates"])


@router.get(
    "/certificates/{code}",
    response={200: Certificate, **responses(400, 404, 429)},
    url_name="api_certificate",
    summary="Verify a certificate by its code",
)
def certificate(request, response: HttpResponse, code: str, lang: LanguageCode | None = None):
    """The facts a certificate states and whether it is valid or revoked: exactly what the
    verification page shows to anyone who has the code. The code may be typed in any case,
    with or without dashes. Lookups are limited per address, as on the page."""
    with answering_in(lang, response) as language_code:
        response["Cache-Control"] = "private, no-cache"
        canonical = CERTIFICATE_CODE.normalise(code)
        if canonical is None:
            detail = _("“%(code)s” is not a certificate code.") % {"code": code[:ECHO_LIMIT]}
            return problem(request, 404, detail)
        if too_many_lookups(request):
            return problem(
                request,
                429,
                _(
                    "You have checked a lot of certificates in a short time. To protect the "
                    "certificates from being guessed, please wait a minute and try again."
                ),
                headers={"Retry-After": "60"},
            )
        found = CertificateModel.objects.filter(code=canonical).first()
        if found is None:
            return problem(request, 404, _("No certificate with this code"))
        with_titles_for_reader([found], language_code)
        return {
            "code": found.code,
            "state": "revoked" if found.is_revoked else "valid",
            "holder_name": found.holder_name,
            "course_title": found.course_title,
            "course_title_in_language": found.title_for_reader or None,
            "language": found.language,
            "competence_field": found.competence_field,
            "hours": found.hours,
            "first_date": found.first_date,
            "last_date": found.last_date,
            "trainers": found.trainers,
            "issued_at": found.issued_at,
            "revoked_at": found.revoked_at,
            "revocation_reason": found.revocation_reason,
            "issuer": settings.OPENBADGES_ISSUER_NAME,
            "partners": [
                partner_reference(p) for p in certificate_partners(found, language_code, request)
            ],
            "verification_url": absolute_reverse("certificate_verify", [found.code]),
            "credential_url": absolute_reverse("certificate_credential_json", [found.code])
            if found.credential_jwt
            else None,
        }
