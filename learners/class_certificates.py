"""Certificates for a class that took part in a course: one page per pupil, with the name
the teacher types when printing, or one page for the whole class.

Wirkstatt keeps no pupil's name, so the names go into the PDF and nowhere else: they are
not saved, logged or kept in the session, and the pages that carry them are not cached.
These certificates therefore have no verification code; they are signed by the school.
"""

import weasyprint
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from learners.certificate_pdf import (
    PDF_OPTIONS,
    course_dates,
    issuer_name,
    local_date,
    offline_url_fetcher,
)
from learners.certificates import course_facts
from learners.completion import session_days
from learners.models import EnrolmentStatus

PER_PUPIL = "pupils"
FOR_CLASS = "class"
TEMPLATE = "learners/schools/class_certificates_pdf.html"
TOOK_PART = (EnrolmentStatus.CONFIRMED, EnrolmentStatus.COMPLETED)


def last_day_reached(booking, now=None):
    session = booking.session
    return session is not None and timezone.localdate(session.end) <= timezone.localdate(now)


def certificates_ready(booking, now=None):
    """Whether the class may have certificates: a confirmed booking on its last day or later."""
    return booking.status in TOOK_PART and last_day_reached(booking, now)


def why_not_ready(booking, now=None):
    """A translated reason why the class cannot have certificates (yet), or None."""
    if booking.status not in TOOK_PART:
        return _("Certificates are only for classes whose booking was confirmed.")
    if not last_day_reached(booking, now):
        return _("Certificates can be printed from the last day of the course on.")
    present = list(booking.attendance.values_list("present", flat=True))
    if present and not any(present):
        return _(
            "The trainer recorded that the class did not attend, so there are no certificates."
        )
    return None


def class_certificates_context(booking, kind, names, language):
    """What the PDF shows; ``names`` is a list of (name, pupil or None), the pupil carrying
    ``progress`` (see ``learners.class_results``)."""
    school_class = booking.school_class
    days = session_days(booking.session)
    facts = course_facts(booking.course_key, language)
    trainer_names = [name.strip() for name in facts["trainers"].split(",") if name.strip()]
    return {
        "language": language,
        "kind": kind,
        "school_class": school_class,
        "school": school_class.school,
        "course_title": facts["course_title"],
        "competence_field": facts["competence_field"],
        "hours": facts["hours"],
        "dates": course_dates(days[0], days[-1]),
        "trainers": ", ".join(trainer_names),
        "trainer_count": len(trainer_names),
        "issuer_name": issuer_name(),
        "issued_on": local_date(timezone.localdate()),
        "certificates": [
            {"name": name, "progress": getattr(pupil, "progress", None)} for name, pupil in names
        ],
        "names": [name for name, _pupil in names],
    }


def render_class_certificates(booking, kind, names, language):
    """The PDF: a page per named pupil, or the class's page listing the names typed."""
    with translation.override(language):
        context = class_certificates_context(booking, kind, names, language)
        html = render_to_string(TEMPLATE, context)
        document = weasyprint.HTML(string=html, url_fetcher=offline_url_fetcher())
        return document.write_pdf(**PDF_OPTIONS)


def file_name(booking, kind):
    if kind == PER_PUPIL:
        prefix = pgettext("file name", "certificates")
    else:
        prefix = pgettext("file name", "class-certificate")
    return f"{slugify(prefix)}-{slugify(booking.school_class.class_name) or 'class'}.pdf"
