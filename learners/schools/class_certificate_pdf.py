"""The PDF of a class's certificates (see ``learners.schools.class_certificates``), laid out like
the individual certificate (``learners.certificates.pdf``) and rendered in the request, since
the names typed for it must not be handed to a task queue.

WeasyPrint adds about 40 MB to a process, so the web views import this module only when a
teacher prints.
"""

import weasyprint
from django.template.loader import render_to_string
from django.utils import timezone, translation

from courses.queries import partners_by_key
from learners.certificates.pdf import (
    PDF_OPTIONS,
    course_dates,
    issuer_name,
    local_date,
    offline_url_fetcher,
    partners_context,
)
from learners.certificates.services import course_facts
from learners.learning.completion import session_days

TEMPLATE = "learners/schools/class_certificates_pdf.html"


def class_certificates_context(booking, kind, names, language):
    """What the PDF shows; ``names`` is a list of (name, pupil or None), the pupil carrying
    ``progress`` (see ``learners.schools.class_results``)."""
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
        **partners_context(partners_by_key(facts["partner_keys"], language)),
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
