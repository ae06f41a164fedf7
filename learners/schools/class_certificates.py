"""Certificates for a class that took part in a course: one page per pupil, with the name
the teacher types when printing, or one page for the whole class.

Wirkstatt keeps no pupil's name, so the names go into the PDF and nowhere else: they are
not saved, logged or kept in the session, and the pages that carry them are not cached.
These certificates therefore have no verification code; they are signed by the school.

This module holds the rules; ``learners.schools.class_certificate_pdf`` draws the PDF.
"""

from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from learners.models import EnrolmentStatus

PER_PUPIL = "pupils"
FOR_CLASS = "class"
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


def file_name(booking, kind):
    if kind == PER_PUPIL:
        prefix = pgettext("file name", "certificates")
    else:
        prefix = pgettext("file name", "class-certificate")
    return f"{slugify(prefix)}-{slugify(booking.school_class.class_name) or 'class'}.pdf"
