"""Absolute links for what leaves the request: e-mails, PDFs, QR codes, signed credentials.

They point at the site's public address, the one setting ``WAGTAILADMIN_BASE_URL`` (Wagtail
uses it for its own e-mails too), never at whatever host a request came in on: a link in
an e-mail or on paper must work wherever and whenever it is opened, and a mail sent by a
Celery worker has no request at all. Production refuses to start without an https address
(``site_address`` below, called from ``wirkstatt/settings/production.py``); development
defaults to ``http://127.0.0.1:8000``, where ``make run`` serves.
"""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from django.utils import translation

SETTING = "WAGTAILADMIN_BASE_URL"


def site_url():
    """The site's public address without a trailing slash, e.g. ``https://wirkstatt.example``."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(path):
    """path (``/de/kurse/…``) at the site's public address."""
    return site_url() + path


def on_site(url):
    """A link into the site, absolute on any host or a path, at the site's public address
    (allauth builds its links from the request's host)."""
    parts = urlsplit(url)
    return absolute_url(urlunsplit(("", "", parts.path or "/", parts.query, parts.fragment)))


def absolute_reverse(viewname, args=None, language_code=None):
    """The absolute address of a view, under the prefix of language_code if given."""
    if language_code is None:
        return absolute_url(reverse(viewname, args=args))
    with translation.override(language_code):
        return absolute_url(reverse(viewname, args=args))


def site_address(value, variable=SETTING):
    """value checked as a public site address for production: https, a host name, no path,
    query or fragment. Returns it without a trailing slash; raises ImproperlyConfigured with
    a message naming the variable otherwise."""
    example = "e.g. https://wirkstatt.example"
    if not value:
        raise ImproperlyConfigured(
            f"Set the {variable} environment variable to the site's public address "
            f"({example}): links in e-mails, PDFs, QR codes and certificates use it."
        )
    try:
        parts = urlsplit(value.strip())
        usable = (
            parts.scheme == "https"
            and bool(parts.hostname)
            and parts.username is None
            and parts.path in ("", "/")
            and not parts.query
            and not parts.fragment
            and parts.port != 0
        )
    except ValueError:  # a port that is not a number, a broken IPv6 address
        usable = False
    if not usable:
        raise ImproperlyConfigured(
            f"{variable} must be the site's public https address without a path ({example}), "
            f"not {value!r}."
        )
    return f"https://{parts.netloc}"
