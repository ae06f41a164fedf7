"""Whole public pages from the cache, for visitors who are not signed in.

Built on Django's own cache framework and helpers (``get_cache_key``/``learn_cache_key``,
as its per-site cache middleware uses them), with two additions that page content needs:

- **Invalidation.** Every key carries a *generation* number kept in the shared cache. Any
  change that can alter a public page — a page published, unpublished, moved or deleted, a
  session, venue or vocabulary saved, an enrolment that changes seats — increments it, so
  every web process stops serving the old pages at once. Time-dependent parts (a booking
  deadline passing, "next dates") are bounded by ``PAGE_CACHE_SECONDS``.
- **Only what is the same for everyone.** Requests with a session or messages cookie (a
  signed-in learner, a pending message) are never served from or stored in this cache;
  responses that set cookies, carry a CSRF token, are not 200, or are marked private are
  never stored. Only Wagtail pages and the search are cached.

Off when ``PAGE_CACHE_SECONDS`` is 0 (development and tests, unless a test turns it on).
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import get_cache_key, learn_cache_key

GENERATION_KEY = "page-cache:generation"
CACHED_VIEWS = {"wagtail_serve", "search"}
PERSONAL_COOKIES = ("SESSION_COOKIE_NAME", "MESSAGE_COOKIE_NAME")


def enabled():
    return bool(getattr(settings, "PAGE_CACHE_SECONDS", 0))


def generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        value = cache.get(GENERATION_KEY, 1)
    return value


def invalidate(**_signal_arguments):
    """Retire every cached page (a signal receiver, also callable directly)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.add(GENERATION_KEY, 2, timeout=None)


def key_prefix():
    return f"page-cache:{generation()}"


def is_personal(request):
    names = {
        getattr(settings, name, default)
        for name, default in zip(PERSONAL_COOKIES, ("sessionid", "messages"), strict=True)
    }
    return any(name in request.COOKIES for name in names)


def cacheable_request(request):
    return enabled() and request.method in ("GET", "HEAD") and not is_personal(request)


def _anonymous(request):
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


class FetchFromPageCacheMiddleware:
    """Answer from the cache when a stored copy of this page exists (after LocaleMiddleware,
    so that the key holds the language)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._page_cache_prefix = None
        if cacheable_request(request):
            prefix = key_prefix()
            request._page_cache_prefix = prefix
            key = get_cache_key(request, prefix, "GET", cache=cache)
            response = cache.get(key) if key else None
            if response is not None:
                response["X-Page-Cache"] = "hit"
                return response
        return self.get_response(request)


class UpdatePageCacheMiddleware:
    """Store the page on its way out (first in MIDDLEWARE, so it sees the final response)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        prefix = getattr(request, "_page_cache_prefix", None)
        if prefix and response.get("X-Page-Cache") != "hit" and should_store(request, response):
            timeout = settings.PAGE_CACHE_SECONDS
            key = learn_cache_key(request, response, timeout, prefix, cache=cache)
            if hasattr(response, "render") and callable(response.render):
                response.add_post_render_callback(lambda r: cache.set(key, r, timeout))
            else:
                cache.set(key, response, timeout)
        return response


def should_store(request, response):
    match = getattr(request, "resolver_match", None)
    return (
        match is not None
        and match.url_name in CACHED_VIEWS
        and _anonymous(request)
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and "private" not in response.get("Cache-Control", "")
    )


def connect_invalidation():
    """Changes after which public pages may read differently (called by HomeConfig.ready)."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from courses.models import AgeGroup, CompetenceField, CourseSession, InstructionLanguage, Venue
    from learners.models import Enrolment

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(invalidate, dispatch_uid=f"page-cache-{id(signal)}")
    post_delete.connect(invalidate, sender=Page, dispatch_uid="page-cache-page-deleted")
    for model in (CourseSession, Venue, CompetenceField, AgeGroup, InstructionLanguage, Enrolment):
        for signal in (post_save, post_delete):
            signal.connect(
                invalidate, sender=model, dispatch_uid=f"page-cache-{model.__name__}-{id(signal)}"
            )
