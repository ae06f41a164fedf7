"""Whole public pages from the cache, for visitors who are not signed in.

Built on Django's own cache framework and helpers (``get_cache_key``/``learn_cache_key``,
as its per-site cache middleware uses them), with two additions that page content needs:

- **Invalidation.** Every key carries a *generation* number kept in the shared cache. Any
  change that can alter public pages — a page published, unpublished, moved or deleted, a
  session, venue or vocabulary saved — increments it, so every web process stops serving
  the old pages at once. Seats change far more often and show on one page only: a course
  page records that it depends on its course's seat counter (``depend_on``), which every
  enrolment change of that course increments, and a stored copy is only served while the
  counter is unchanged. Time-dependent parts (a booking deadline passing, "next dates")
  are bounded by ``PAGE_CACHE_SECONDS``.
- **Only what is the same for everyone.** Requests with a session or messages cookie (a
  signed-in learner, a pending message) are never served from or stored in this cache;
  responses that set cookies, carry a CSRF token, are not 200, or are marked private are
  never stored. Only Wagtail pages, the search and the sitemap are cached.

Off when ``PAGE_CACHE_SECONDS`` is 0 (development and tests, unless a test turns it on).
"""

import threading

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils.cache import get_cache_key, learn_cache_key

GENERATION_KEY = "page-cache:generation"
#: The public API's answers (api/) and the feeds are public pages too; the API's certificate
#: lookup is not.
CACHED_VIEWS = {
    "wagtail_serve", "search", "sitemap", "api_courses", "api_course", "api_fields",
    "api_age_groups", "api_languages", "api_places", "api_venues", "api_partners",
    "api_documentation", "catalogue_calendar", "new_courses_feed", "embedded_catalogue",
}  # fmt: skip
PERSONAL_COOKIES = ("SESSION_COOKIE_NAME", "MESSAGE_COOKIE_NAME")


def enabled():
    return bool(getattr(settings, "PAGE_CACHE_SECONDS", 0))


#: The generation read once per request (set up by FetchFromPageCacheMiddleware); outside a
#: request, e.g. in a Celery task, every call reads the shared cache.
_request_state = threading.local()


def generation():
    if not getattr(_request_state, "in_request", False):
        return counter(GENERATION_KEY)
    if getattr(_request_state, "generation", None) is None:
        _request_state.generation = counter(GENERATION_KEY)
    return _request_state.generation


def invalidate(**_signal_arguments):
    """Retire every cached page once the change is committed: a page rendered meanwhile
    from the old data then carries the old number (a signal receiver)."""
    if enabled():
        transaction.on_commit(lambda: bump(GENERATION_KEY))


def counter(key):
    value = cache.get(key)
    if value is None:
        cache.add(key, 1, timeout=None)
        value = cache.get(key, 1)
    return value


def bump(key):
    _request_state.generation = None
    try:
        cache.incr(key)
    except ValueError:
        cache.add(key, 2, timeout=None)


def seats_key(course_key):
    return f"page-cache:seats:{course_key}"


def depend_on_seats(request, course_key):
    """The page being rendered shows the seats of this course: read the counter *before*
    the seats are counted, so that a booking made meanwhile retires the stored copy."""
    if enabled():
        key = seats_key(course_key)
        request._page_cache_depends = {
            **getattr(request, "_page_cache_depends", {}),
            key: counter(key),
        }


def seats_changed(sender, instance, **_signal_arguments):
    if enabled():
        key = seats_key(instance.course_key)
        transaction.on_commit(lambda: bump(key))


def still_fresh(depends):
    """Whether every counter a stored page read still has the value it read."""
    if not depends:
        return True
    current = cache.get_many(list(depends))
    return all(current.get(key) == version for key, version in depends.items())


def key_prefix():
    return f"page-cache:{generation()}"


def shared_values(namespace, keys, compute):
    """{key: value} for keys of data that is the same for every visitor (course outlines,
    course titles and URLs): stored under the current generation, so that whatever retires
    the cached pages retires these too; compute(missing keys) gives the rest as a dict,
    and a key it leaves out is stored as None. Without the page cache, always computed.

    The generation is read before computing, so a value worked out from data that changes
    meanwhile is stored under the old number and never served after the change."""
    keys = list(dict.fromkeys(keys))
    if not enabled() or not keys:
        return compute(keys)
    prefix = f"shared:{generation()}:{namespace}:"
    found = cache.get_many([f"{prefix}{key}" for key in keys])
    values = {key: found[f"{prefix}{key}"] for key in keys if f"{prefix}{key}" in found}
    missing = [key for key in keys if key not in values]
    if missing:
        computed = compute(missing)
        fresh = {key: computed.get(key) for key in missing}
        cache.set_many(
            {f"{prefix}{key}": value for key, value in fresh.items()},
            settings.PAGE_CACHE_SECONDS,
        )
        values.update(fresh)
    return values


def view_restricted_sections():
    """(path, depth) of every page with a view restriction: it and the pages below it are
    not for everyone. The same for every visitor, so from the shared values (saving or
    deleting a restriction retires them)."""
    from wagtail.models import PageViewRestriction

    def read(_keys):
        restricted = PageViewRestriction.objects.values_list("page__path", "page__depth")
        return {"sections": list(restricted)}

    return shared_values("view-restrictions", ["sections"], read)["sections"] or []


def is_preview(request):
    """A Wagtail preview renders a draft: nothing worked out from its page may be stored
    for visitors."""
    return getattr(request, "is_preview", False)


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
        _request_state.in_request, _request_state.generation = True, None
        try:
            return self.answer(request)
        finally:
            _request_state.in_request, _request_state.generation = False, None

    def answer(self, request):
        request._page_cache_prefix = None
        if cacheable_request(request):
            prefix = key_prefix()
            request._page_cache_prefix = prefix
            key = get_cache_key(request, prefix, "GET", cache=cache)
            entry = cache.get(key) if key else None
            if entry is not None and still_fresh(entry.get("depends")):
                response = entry["response"]
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
            depends = getattr(request, "_page_cache_depends", {})
            cache.set(key, {"response": response, "depends": depends}, timeout)
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
    """Wagtail's own changes after which public pages may read differently (called by
    WirkstattConfig.ready). Each app wires its own models in its ``caching`` module."""
    from django.db.models.signals import post_delete
    from wagtail.models import Page, PageViewRestriction
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(invalidate, dispatch_uid=f"page-cache-{id(signal)}")
    post_delete.connect(invalidate, sender=Page, dispatch_uid="page-cache-page-deleted")
    retire_pages_on_change(PageViewRestriction)


def retire_pages_on_change(*models):
    """Saving or deleting a row of these models retires every cached page."""
    from django.db.models.signals import post_delete, post_save

    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(
                invalidate,
                sender=model,
                dispatch_uid=f"page-cache-{model._meta.label}-{id(signal)}",
            )


def retire_seats_on_change(model):
    """Saving or deleting a row of this model (which has a ``course_key``) changes the seats
    of that course: its pages are retired, the others stay."""
    from django.db.models.signals import post_delete, post_save

    for signal in (post_save, post_delete):
        signal.connect(
            seats_changed,
            sender=model,
            dispatch_uid=f"page-cache-seats-{model._meta.label}-{id(signal)}",
        )
