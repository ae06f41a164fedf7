"""Absolute links for what leaves the request: e-mails, PDFs, signed credentials.

They point at the site's public address (``WAGTAILADMIN_BASE_URL``), not at whatever host
a request came in on; inside a request, ``request.build_absolute_uri`` is the tool.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation


def absolute_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def absolute_reverse(viewname, args=None, language_code=None):
    """The absolute address of a view, under the prefix of language_code if given."""
    if language_code is None:
        return absolute_url(reverse(viewname, args=args))
    with translation.override(language_code):
        return absolute_url(reverse(viewname, args=args))
