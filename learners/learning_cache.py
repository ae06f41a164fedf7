"""My learning's bookings, progress and certificates, rendered once per change.

Below its heading the page is the same for a learner until something of theirs changes,
and it costs most of the page's time. It is kept in the shared cache (Django's cache
framework, as the public pages are, see ``home.page_cache``) under a key made of:

- the learner and their *version*, a counter bumped on commit by every change to their
  enrolments, lesson progress, quiz attempts, certificates, calendar address and
  guardian consents;
- the page-cache generation, which publishing, sessions and venues retire (course titles,
  links, dates and places);
- the language, the host and the CSRF secret its forms carry.

A stored copy also records when it stops being true by itself: the seat counters of the
courses where the learner waits (someone ahead leaving moves them up) and the end of
their next session (it then moves from "Coming up" to "Past sessions"). The rest of the
page (menu, messages) is rendered anew on every request. Off, like the page cache, when
``PAGE_CACHE_SECONDS`` is 0.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from home.page_cache import bump, counter, enabled, generation, seats_key, still_fresh

TEMPLATE = "learners/includes/my_learning_sections.html"


def version_key(learner_id):
    return f"learner-version:{learner_id}"


def learner_changed(learner_id):
    """What My learning shows this learner may have changed: retire their stored copy once
    the change is committed."""
    if enabled() and learner_id is not None:
        transaction.on_commit(lambda: bump(version_key(learner_id)))


def my_learning_sections(request, context_of):
    """The page's sections as HTML: the stored copy while it is still true, otherwise
    rendered from context_of(request, depend_on=...) and stored. context_of calls
    depend_on(course keys) before it reads waiting positions, and gives "next_change",
    the moment the sections change by themselves (or None)."""
    key = sections_key(request)
    if key is None:
        return render_to_string(TEMPLATE, context_of(request), request)
    entry = cache.get(key)
    if entry is not None and still_fresh(entry) and now() < entry["until"]:
        return mark_safe(entry["html"])  # rendered by our own template, escaped there
    depends = {}
    context = context_of(request, depend_on=lambda keys: depends.update(counters(keys)))
    html = render_to_string(TEMPLATE, context, request)
    until = now() + settings.PAGE_CACHE_SECONDS
    if context["next_change"] is not None:
        until = min(until, context["next_change"].timestamp())
    cache.set(key, {"html": str(html), "depends": depends, "until": until}, timeout_until(until))
    return html


def sections_key(request):
    """None when the sections must not come from or go to the cache: the cache is off, or
    the browser has no CSRF cookie yet (the forms' tokens would not match it)."""
    secret = request.META.get("CSRF_COOKIE")
    if not enabled() or not secret or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
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


def connect_invalidation():
    """Every model whose rows My learning shows for their learner (LearnersConfig.ready)."""
    from django.db.models.signals import post_delete, post_save

    from learners.models import (
        CalendarFeed,
        Certificate,
        Enrolment,
        GuardianConsent,
        LessonProgress,
        QuizAttempt,
    )

    def changed(sender, instance, **_arguments):
        learner_changed(instance.learner_id)

    def consent_changed(sender, instance, **_arguments):
        learner_changed(
            Enrolment.objects.filter(pk=instance.enrolment_id)
            .values_list("learner_id", flat=True)
            .first()
        )

    for model in (Enrolment, LessonProgress, QuizAttempt, Certificate, CalendarFeed):
        for signal in (post_save, post_delete):
            signal.connect(
                changed,
                sender=model,
                weak=False,
                dispatch_uid=f"my-learning-{model.__name__}-{signal is post_save}",
            )
    for signal in (post_save, post_delete):
        signal.connect(
            consent_changed,
            sender=GuardianConsent,
            weak=False,
            dispatch_uid=f"my-learning-consent-{signal is post_save}",
        )
