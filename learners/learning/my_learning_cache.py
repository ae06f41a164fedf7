"""My learning, rendered once per change of what it shows.

The page is the same for a learner until something of theirs changes, and rendering it
costs most of its time. It is kept in the shared cache (Django's cache framework, as the
public pages are, see ``wirkstatt.caching.page_cache``) under a key made of:

- the learner and their *version*, a counter bumped on commit by every change to their
  enrolments, lesson progress, quiz attempts, certificates, calendar address, guardian
  consents and school role (pupil or teacher: the menu differs);
- the page-cache generation, which publishing, sessions and venues retire (course titles,
  links, dates and places);
- the language, the scheme and host (absolute links) and the CSRF secret its forms carry.

A stored copy also records when it stops being true by itself: the seat counters of the
courses where the learner waits (someone ahead leaving moves them up) and the end of
their next session (it then moves from "Coming up" to "Past sessions"). A request with
messages to show is rendered anew, and so is one without a CSRF cookie. Off, like the page
cache, when ``PAGE_CACHE_SECONDS`` is 0.
"""

import hashlib

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language

from wirkstatt.caching.page_cache import bump, counter, enabled, generation, seats_key, still_fresh

TEMPLATE = "learners/my_learning.html"


def version_key(learner_id):
    return f"learner-version:{learner_id}"


def learner_changed(learner_id):
    """What My learning shows this learner may have changed: retire their stored copy once
    the change is committed."""
    if enabled() and learner_id is not None:
        transaction.on_commit(lambda: bump(version_key(learner_id)))


def my_learning_response(request, context_of):
    """The page: the stored copy while it is still true, otherwise rendered from
    context_of(request, depend_on=...) and stored. context_of calls depend_on(course keys)
    before it reads waiting positions, and gives "next_change", the moment the page changes
    by itself (or None)."""
    key = page_key(request)
    if key is None:
        return render(request, TEMPLATE, context_of(request))
    entry = cache.get(key)
    if entry is not None and still_fresh(entry.get("depends")) and now() < entry["until"]:
        return HttpResponse(entry["html"])
    depends = {}
    context = context_of(request, depend_on=lambda keys: depends.update(counters(keys)))
    response = render(request, TEMPLATE, context)
    until = now() + settings.PAGE_CACHE_SECONDS
    if context["next_change"] is not None:
        until = min(until, context["next_change"].timestamp())
    entry = {"html": response.content, "depends": depends, "until": until}
    cache.set(key, entry, timeout_until(until))
    return response


def page_key(request):
    """None when the page must not come from or go to the cache: the cache is off, the
    browser has no CSRF cookie yet (the forms' tokens would not match it), or there are
    messages to show."""
    secret = request.META.get("CSRF_COOKIE")
    if not enabled() or not secret or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return None
    if len(get_messages(request)):
        return None
    learner_id = request.user.pk
    secret_hash = hashlib.sha256(secret.encode()).hexdigest()[:16]
    return ":".join(
        (
            "my-learning",
            str(generation()),
            str(learner_id),
            str(counter(version_key(learner_id))),
            get_language(),
            request.scheme,
            request.get_host(),
            secret_hash,
        )
    )


def counters(course_keys):
    return {seats_key(course_key): counter(seats_key(course_key)) for course_key in course_keys}


def now():
    return timezone.now().timestamp()


def timeout_until(until):
    return max(1, int(until - now()) + 1)
