"""/robots.txt: crawlers may read the public site and are kept out of the rest.

Disallowed are the areas that are personal, forms or searches: the admin, signing in and
accounts, booking and cancelling, a guardian's consent, My learning, My school, pupils'
joining, certificate verification (it names the holder), the personal calendar feeds, the
search, the public API (for programs; its page for people stays open) and the catalogue
framed by other sites. Each area is the first segment of one of its views' addresses, in
every language, so the rules follow the URL configuration. A crawler never posts a form, so
addresses that only take a POST (starting a course) need no rule.

Catalogue filters and pages (anything with a query string) are disallowed too: their
combinations are endless and show the same courses, and every course is in the sitemap,
which the file names at the site's public address. The sitemap's own parts (``?p=2``) stay
allowed: the longer rule wins (RFC 9309, 2.2.2).
"""

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe

from wirkstatt.links import absolute_reverse

# Crawlers read robots.txt about once a day.
MAX_AGE = 24 * 60 * 60

#: Views outside the language prefix whose areas are disallowed, with sample arguments.
SITE_WIDE = [
    ("wagtailadmin_home", ()),  # /admin/
    ("calendar_feed", ("token",)),  # /calendar/: a learner's own calendar feed
    ("set_language", ()),  # /i18n/
    ("healthz", ()),
    ("api_not_found", ("",)),  # /api/: the public API, for programs (its page is allowed)
    ("embedded_catalogue_for_visitor", ()),  # /embed/: the catalogue framed by other sites
]

#: Views below each language prefix whose areas are disallowed, with sample arguments.
PER_LANGUAGE = [
    ("account_login", ()),  # accounts/: signing in and up, passwords, e-mail addresses
    ("profile", ()),
    ("my_data", ()),
    ("my_learning", ()),
    ("my_school", ()),
    ("school_register", ()),  # schools/: registering a school, invitations
    ("pupil_join", ()),  # join/: pupils join a class and log in
    ("enrol_in_session", (1,)),  # sessions/: booking, booking a class, a session's .ics
    ("confirm_cancel_enrolment", (1,)),  # enrolments/: cancelling, a guardian's address
    ("guardian_decision", ("token",)),  # consent/
    ("certificate_lookup", ()),  # certificates/
    ("embedded_catalogue", ()),  # embed/: the catalogue framed by other sites
    ("search", ()),
]


def area(address, below_language=False):
    """The first segment of address (after the language prefix), as a robots.txt path:
    ``/de/sessions/1/enrol/`` → ``/de/sessions/``, ``/healthz`` → ``/healthz``."""
    segments = address.split("/")
    keep = 3 if below_language else 2
    head = "/".join(segments[:keep])
    return f"{head}/" if len(segments) > keep else head


def disallowed_areas():
    areas = [area(reverse(name, args=args)) for name, args in SITE_WIDE]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            areas += [
                area(reverse(name, args=args), below_language=True) for name, args in PER_LANGUAGE
            ]
    return list(dict.fromkeys(areas))


def robots_lines():
    sitemap = absolute_reverse("sitemap")
    return [
        "User-agent: *",
        "Allow: /",
        *(f"Disallow: {path}" for path in disallowed_areas()),
        "# Catalogue filters and pages: every course is in the sitemap.",
        "Disallow: /*?",
        "Allow: /sitemap.xml",
        "",
        f"Sitemap: {sitemap}",
    ]


@require_safe
def robots_txt(request):
    response = HttpResponse("\n".join(robots_lines()) + "\n", content_type="text/plain")
    response["Cache-Control"] = f"public, max-age={MAX_AGE}"
    return response
