"""Pages that are the same for everyone but a few personal parts, served from one stored
copy to every visitor, signed in or not.

A template marks what depends on the visitor with ``{% personal "template.html" name=value %}``
(``wirkstatt.templatetags.personal_parts``): the account menu, the messages, the booking
buttons of a course's sessions. A view that opts in (``serve_with_personal_parts``) renders
its page once with a marker in place of each part, stores that *skeleton* under the
page-cache generation and the seat counters the page read (``page_cache.depend_on_seats``),
and fills the parts for the request. ``PersonalPartsMiddleware`` answers the next request
for the same address from the skeleton, before Wagtail routes it, rendering only the parts:
a signed-in learner's course page then costs their session, their user and their bookings
of that course.

The skeleton is stored only when it is the same for every visitor who may see the page:
not a preview, an answer of 200 and a page without view restrictions (the view says so).
A part renders with the request's own context (user, CSRF token, messages) plus the values
given in the tag, and what the page's ``personal_context`` adds for the visitor, once per
request. Outside a skeleton, or with the page cache off, the tag is a plain include.
"""

import hashlib
import secrets

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.template import RequestContext, engines
from django.urls import resolve
from django.utils.module_loading import import_string
from django.utils.safestring import mark_safe

from wirkstatt.caching.page_cache import (
    enabled,
    generation,
    is_preview,
    still_fresh,
    view_restricted_sections,
)

#: Response headers a stored skeleton keeps (cookies and per-request headers are not).
KEPT_HEADERS = ("Content-Type", "Content-Language")


class Holes:
    """The personal parts met while rendering a skeleton, in order."""

    def __init__(self):
        self.marker = f"<!--personal-part:{secrets.token_hex(8)}-->"
        self.parts = []

    def add(self, template_name, values):
        self.parts.append((template_name, values))
        return mark_safe(self.marker)


def is_dummy(request):
    return getattr(request, "is_dummy", False)


def holes_of(request):
    """The holes being collected for this request, or None when not rendering a skeleton."""
    return getattr(request, "_personal_holes", None)


def personal_context(request, function_path, data):
    """What the parts of this page add for the visitor: ``function_path`` is called with
    (request, data, the parts' values) once per request, and what it returns is added to
    every part's context. ``data`` is stored with the skeleton."""
    request._personal_context = (function_path, data)


def open_to_everyone(page):
    """Whether no view restriction applies to the page, on it or above it. An alias counts
    as restricted: Wagtail applies the restrictions of what it copies as well."""
    return page.alias_of_id is None and not any(
        page.path.startswith(path) for path, _depth in view_restricted_sections()
    )


def skeleton_key(request):
    address = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.md5(address.encode(), usedforsecurity=False).hexdigest()
    return f"personal-parts:{generation()}:{digest}"


def serve_with_personal_parts(request, response, shareable):
    """Render ``response`` (a TemplateResponse) as a skeleton, store it when ``shareable``
    (every visitor who may see the page sees the same) and fill it for this request."""
    request._personal_holes = holes = Holes()
    try:
        response.render()
    finally:
        del request._personal_holes
    chunks = response.content.decode(response.charset).split(holes.marker)
    if len(chunks) != len(holes.parts) + 1:  # a part inside a stored fragment, say
        raise RuntimeError("A personal part was rendered outside its page.")
    # Plain data, so that a stored skeleton outlives a change of this module's classes.
    skeleton = {
        "chunks": chunks,
        "parts": holes.parts,
        "headers": {name: response[name] for name in KEPT_HEADERS if response.has_header(name)},
        #: (dotted path of a function(request, data, parts' values) -> dict, data), or None.
        "personal_context": getattr(request, "_personal_context", None),
        "depends": getattr(request, "_page_cache_depends", {}),
    }
    if (
        shareable
        and enabled()
        and request.method in ("GET", "HEAD")
        and response.status_code == 200
        and not is_preview(request)
    ):
        cache.set(skeleton_key(request), skeleton, settings.PAGE_CACHE_SECONDS)
    filled = fill(request, skeleton)
    filled.status_code = response.status_code
    return filled


def fill(request, skeleton):
    """The page for this request: the stored chunks with each part rendered between them."""
    parts, chunks = skeleton["parts"], skeleton["chunks"]
    extra = {}
    if skeleton["personal_context"]:
        function_path, data = skeleton["personal_context"]
        extra = import_string(function_path)(request, data, [values for _, values in parts])
    engine = engines["django"].engine
    context = RequestContext(request, extra)
    pieces = [chunks[0]]
    if parts:
        templates = {name: engine.get_template(name) for name, _values in parts}
        # One binding for all parts: the context processors run once, not once per part.
        with context.bind_template(templates[parts[0][0]]):
            for (name, values), chunk in zip(parts, chunks[1:], strict=True):
                with context.push(values):
                    pieces.append(templates[name].render(context))
                pieces.append(chunk)
    response = HttpResponse("".join(pieces))
    for name, value in skeleton["headers"].items():
        response[name] = value
    return response


class PersonalPartsMiddleware:
    """Serve a page from its stored skeleton (last in MIDDLEWARE: the session, the user, the
    messages and the CSRF token are set up, and every middleware's response handling runs)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Wagtail's previews come as dummy requests through the middleware: a draft.
        if enabled() and request.method in ("GET", "HEAD") and not is_dummy(request):
            skeleton = cache.get(skeleton_key(request))
            if skeleton is not None and still_fresh(skeleton["depends"]):
                if not request.user.is_authenticated:
                    # For the login link's way back and for storing the whole page.
                    request.resolver_match = resolve(request.path_info)
                response = fill(request, skeleton)
                response["X-Page-Cache"] = "personal-parts"
                return response
        return self.get_response(request)
