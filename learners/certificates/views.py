"""Certificates in public: look up a code, verify it, download the credential or the PDF,
and the Open Badges documents a verifier fetches (issuer profile, key, status list)."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from django_ratelimit.core import is_ratelimited

from learners.certificates import credentials, signing_keys
from learners.certificates.services import certificate_partners
from learners.certificates.titles import with_titles_for_reader
from learners.codes import CERTIFICATE_CODE
from learners.models import Certificate

LOOKUP_RATE_GROUP = "certificate-lookup"
#: Longest input echoed back on the page; anything longer is not a code anyway.
ECHO_LIMIT = 40
VC_JWT = "application/vc+jwt"


def lookup_rate(group, request):
    return settings.CERTIFICATE_LOOKUP_RATE


def too_many_lookups(request):
    """Counts a lookup from this address; True once it exceeds the rate."""
    return is_ratelimited(
        request, group=LOOKUP_RATE_GROUP, key="ip", rate=lookup_rate, increment=True
    )


def rate_limited_response(request):
    response = render(request, "learners/certificates/429.html", status=429)
    response["Retry-After"] = "60"
    return response


def may_download_pdf(user, certificate):
    if not user.is_authenticated:
        return False
    return certificate.learner_id == user.pk or user.has_perm("learners.view_certificate")


def open_data(response, max_age):
    """Public documents for verifiers: cacheable and readable from any web page."""
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = f"public, max-age={max_age}"
    return response


@require_safe
def lookup(request):
    typed = request.GET.get("code")
    error = None
    if typed is not None:
        code = CERTIFICATE_CODE.normalise(typed)
        if code:
            return redirect("certificate_verify", code)
        error = (
            _("Please enter the code printed on the certificate.")
            if not typed.strip()
            else _("“%(code)s” is not a certificate code.") % {"code": typed[:ECHO_LIMIT]}
        )
    context = {"typed": (typed or "")[:ECHO_LIMIT], "error": error}
    return render(
        request, "learners/certificates/lookup.html", context, status=400 if error else 200
    )


@require_safe
def verify(request, code):
    canonical = CERTIFICATE_CODE.normalise(code)
    if canonical is None:
        context = {"state": "invalid", "typed": code[:ECHO_LIMIT]}
        return render(request, "learners/certificates/verify.html", context, status=404)
    if canonical != code:
        return redirect("certificate_verify", canonical)
    if too_many_lookups(request):
        return rate_limited_response(request)
    certificate = Certificate.objects.filter(code=canonical).first()
    if certificate is None:
        context = {"state": "unknown", "typed": canonical}
        return render(request, "learners/certificates/verify.html", context, status=404)
    with_titles_for_reader([certificate], get_language())
    context = {
        "state": "revoked" if certificate.is_revoked else "valid",
        "certificate": certificate,
        "issuer_name": settings.OPENBADGES_ISSUER_NAME,
        "partners": certificate_partners(certificate, get_language(), request),
        "may_download_pdf": bool(certificate.pdf) and may_download_pdf(request.user, certificate),
    }
    response = render(request, "learners/certificates/verify.html", context)
    response["Cache-Control"] = "private, no-cache"
    return response


def _signed_certificate(request, code, view_name):
    """The certificate for a download, or a response to return instead."""
    canonical = CERTIFICATE_CODE.normalise(code)
    if canonical is None:
        raise Http404
    if canonical != code:
        return None, redirect(view_name, canonical)
    if too_many_lookups(request):
        return None, rate_limited_response(request)
    certificate = Certificate.objects.filter(code=canonical).exclude(credential_jwt="").first()
    if certificate is None:
        raise Http404
    return certificate, None


@require_safe
def credential_jwt(request, code):
    certificate, response = _signed_certificate(request, code, "certificate_credential_jwt")
    if response:
        return response
    response = HttpResponse(certificate.credential_jwt, content_type=VC_JWT)
    response["Content-Disposition"] = f'attachment; filename="certificate-{certificate.code}.jwt"'
    return response


@require_safe
def credential_json(request, code):
    certificate, response = _signed_certificate(request, code, "certificate_credential_json")
    if response:
        return response
    response = JsonResponse(
        credentials.decoded_credential(certificate.credential_jwt),
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )
    response["Content-Disposition"] = f'inline; filename="certificate-{certificate.code}.json"'
    response["Access-Control-Allow-Origin"] = "*"
    # Personal data: no shared caches, so that a deleted account's credential disappears.
    response["Cache-Control"] = "private, no-cache"
    return response


@login_required
@require_safe
def certificate_pdf(request, code):
    canonical = CERTIFICATE_CODE.normalise(code)
    if canonical is None:
        raise Http404
    if canonical != code:
        return redirect("certificate_pdf", canonical)
    certificate = Certificate.objects.filter(code=canonical).first()
    # Someone else's certificate answers like a missing one: its existence is no one's business.
    if (
        certificate is None
        or not certificate.pdf
        or not may_download_pdf(request.user, certificate)
    ):
        raise Http404
    response = FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=True,
        filename=f"certificate-{certificate.code}.pdf",
        content_type="application/pdf",
    )
    response["Cache-Control"] = "private, no-store"
    return response


@require_safe
def issuer_profile(request):
    response = JsonResponse(credentials.issuer_profile(), json_dumps_params={"ensure_ascii": False})
    return open_data(response, max_age=3600)


@require_safe
def public_key(request, thumbprint):
    if thumbprint != signing_keys.thumbprint():
        raise Http404
    response = JsonResponse(signing_keys.public_jwk(), content_type="application/jwk+json")
    return open_data(response, max_age=3600)


@require_safe
def status_list(request, number):
    if number != credentials.STATUS_LIST_NUMBER:
        raise Http404
    response = HttpResponse(credentials.signed_status_list(number), content_type=VC_JWT)
    return open_data(response, max_age=credentials.STATUS_LIST_TTL_MS // 1000)


@require_safe
def revocation_list(request):
    response = JsonResponse(
        credentials.revocation_list(), json_dumps_params={"ensure_ascii": False}
    )
    return open_data(response, max_age=credentials.STATUS_LIST_TTL_MS // 1000)


@require_safe
def achievement(request, course_key):
    published = credentials.published_achievement(course_key)
    if published is None:
        raise Http404
    response = JsonResponse(published, json_dumps_params={"ensure_ascii": False})
    return open_data(response, max_age=3600)
