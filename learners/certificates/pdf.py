"""The certificate as a PDF: one A4 page, in the holder's language, that proves itself.

The signed Open Badges credential travels inside the PDF as two attached files, so a
verifier needs neither our server nor a network; the QR code leads everybody else to the
public verification page. Rendering touches no network at all: everything the page
needs (styles, QR code, seal, the partner's logo) is inline, and the URL fetcher refuses
anything but data:.

The certificate names the partner that offered the course (its logo and name, in the
certificate's language) and any co-providers of a joint course; the network issues it.
"""

import base64
import datetime
import json
import logging
import mimetypes

import weasyprint
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from django.utils.translation import gettext, pgettext

from learners.certificates.services import certificate_partners, verification_url
from wirkstatt.qr_codes import qr_code_svg

logger = logging.getLogger(__name__)

DEFAULT_ISSUER_NAME = "Wirkstatt – Innovationsnetzwerk Oberlausitz"
TEMPLATE = "learners/certificates/pdf.html"
# PDF/A-3 is the archival format that allows embedded files (as in e-invoices): the
# certificate and its credential stay readable and together for decades.
PDF_OPTIONS = {"pdf_variant": "pdf/a-3u"}
QR_DARK = "#1b1f24"
#: The partner's logo on paper: sharp enough for print at the size the stylesheet gives it;
#: an SVG logo stays a vector.
PRINT_LOGO = "max-600x240|format-png|preserve-svg"


def render_certificate_pdf(certificate, credential_jwt: str, credential_json: dict) -> bytes:
    """The certificate's PDF with its credential attached as ``<code>.jwt`` and ``<code>.json``."""
    url_fetcher = offline_url_fetcher()
    with translation.override(certificate.language):
        context = certificate_context(certificate)
        document = lay_out(context, url_fetcher)
        if len(document.pages) > 1:
            # Very long names, titles or trainer lists: smaller type rather than a second page.
            document = lay_out({**context, "compact": True}, url_fetcher)
        attachments = credential_attachments(
            certificate, credential_jwt, credential_json, url_fetcher
        )
    return document.write_pdf(
        attachments=attachments,
        # A fixed identifier keeps a re-rendered certificate byte for byte the same file.
        pdf_identifier=certificate.code.encode(),
        **PDF_OPTIONS,
    )


def lay_out(context, url_fetcher):
    html = render_to_string(TEMPLATE, context)
    return weasyprint.HTML(string=html, url_fetcher=url_fetcher).render(**PDF_OPTIONS)


def offline_url_fetcher():
    return weasyprint.URLFetcher(allowed_protocols={"data"})


def issuer_name():
    return getattr(settings, "OPENBADGES_ISSUER_NAME", DEFAULT_ISSUER_NAME)


def certificate_context(certificate):
    """What the template shows, formatted in the active language."""
    url = verification_url(certificate)
    trainer_names = [name.strip() for name in certificate.trainers.split(",") if name.strip()]
    return {
        "certificate": certificate,
        "language": certificate.language,
        "issuer_name": issuer_name(),
        **partners_context(certificate_partners(certificate, certificate.language)),
        "hours": certificate.hours,
        "dates": course_dates(certificate.first_date, certificate.last_date),
        "trainers": ", ".join(trainer_names),
        "trainer_count": len(trainer_names),
        "compact": False,
        "issued_at": timezone.localtime(certificate.issued_at),
        "issued_on": local_date(timezone.localtime(certificate.issued_at).date()),
        "verification_url": url,
        "qr_code": qr_code_svg(url, dark=QR_DARK),
        "jwt_name": attachment_name(certificate, "jwt"),
        "json_name": attachment_name(certificate, "json"),
    }


def partners_context(partners):
    """The lead ``partner`` (with ``logo_data_url``, empty without a logo) and the
    ``co_providers`` of a joint course, for the template's partner block."""
    if not partners:
        return {"partner": None, "co_providers": []}
    lead = partners[0]
    lead.logo_data_url = logo_data_url(lead.logo) if lead.logo else ""
    return {"partner": lead, "co_providers": partners[1:]}


def logo_data_url(image):
    """The logo as a data: URL for the offline renderer; empty (the name alone) when its
    file cannot be read, since a missing logo must not stop a certificate."""
    try:
        rendition = image.get_rendition(PRINT_LOGO)
        with rendition.file.open("rb") as file:
            content = file.read()
    except Exception:  # a missing or broken image file, whatever the storage raises
        logger.warning("Logo %s could not be read for a certificate", image.pk, exc_info=True)
        return ""
    media_type = mimetypes.guess_type(rendition.file.name)[0] or "image/png"
    return data_url(media_type, content)


def local_date(day):
    # A date never breaks across lines; a range may break at its dash.
    return formats.date_format(day, "DATE_FORMAT").replace(" ", "\N{NO-BREAK SPACE}")


def course_dates(first, last):
    """``(label, text)`` for a one-day course or a date range; None when no date is known."""
    days = sorted(day for day in (first, last) if day)
    if not days:
        return None
    first, last = days[0], days[-1]
    if first == last:
        return pgettext("certificate: the day of a one-day course", "Date"), local_date(first)
    text = pgettext("certificate: from the first to the last course day", "%(first)s – %(last)s")
    return (
        pgettext("certificate: the days of a course", "Period"),
        text % {"first": local_date(first), "last": local_date(last)},
    )


def attachment_name(certificate, extension):
    return f"{certificate.code}.{extension}"


def credential_attachments(certificate, credential_jwt, credential_json, url_fetcher):
    # The embedded files carry the issue time, so every rendering gives the same bytes.
    issued_at = certificate.issued_at.astimezone(datetime.UTC)
    credential_text = json.dumps(credential_json, ensure_ascii=False, indent=2)
    files = [
        (
            "jwt",
            "application/jwt",
            credential_jwt.encode(),
            gettext("Signed Open Badges 3.0 credential (VC-JWT)"),
        ),
        (
            "json",
            "application/json",
            credential_text.encode(),
            gettext("Open Badges 3.0 credential (JSON)"),
        ),
    ]
    return [
        weasyprint.Attachment(
            url=data_url(media_type, content),
            url_fetcher=url_fetcher,
            name=attachment_name(certificate, extension),
            description=description,
            created=issued_at,
            modified=issued_at,
            # PDF/A-3: the credential states the same as the page, for machines.
            relationship="Alternative",
        )
        for extension, media_type, content, description in files
    ]


def data_url(media_type, content):
    """A data: URL keeps the attachment's media type in the PDF without any file on disk."""
    return f"data:{media_type};base64,{base64.b64encode(content).decode('ascii')}"
