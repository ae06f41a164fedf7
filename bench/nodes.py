"""Two web nodes over one PostgreSQL and one Redis, plus a Celery worker.

A scripted scenario, not a pytest test: it needs real processes. It creates a fresh
database with the demo content (BENCH_NODES_DATABASE_URL, default wirkstatt_nodes), starts
two gunicorn instances (production settings, sessions in the database read through the
Redis cache) on two loopback ports and a Celery worker on the same Redis broker, then drives
the nodes in turn and checks that:

1. a learner who logs in on one node is logged in on the other;
2. a booking on one node shows on the other at once (seats left, "you are booked", and in
   My learning, whose stored copy the other node had served);
3. concurrent bookings sent to both nodes never overbook a session;
4. a draft that a manager publishes in the admin of one node shows on both nodes, on the
   course page and in the catalogue;
5. the Celery worker sends the booking confirmations that the web nodes queued.

It prints every check and exits non-zero if one fails.

    make bench-nodes                  # or: .venv/bin/python -m bench.nodes
"""

import http.client
import os
import re
import secrets
import sys
import tempfile
import threading
import time
from http.cookies import SimpleCookie
from urllib.parse import urlencode

from bench import server
from bench.environment import (
    create_database,
    flush_redis,
    production_environment,
    set_up_django,
)

DATABASE_URL = os.environ.get(
    "BENCH_NODES_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/wirkstatt_nodes"
)
PORTS = {"A": int(os.environ.get("PORT_A", 8771)), "B": int(os.environ.get("PORT_B", 8772))}
CACHE_DB = int(os.environ.get("CACHE_REDIS_DB", 12))
BROKER_DB = int(os.environ.get("BROKER_REDIS_DB", 13))
WORKERS = int(os.environ.get("WORKERS", 2))
SEATS = int(os.environ.get("SEATS", 5))
LEARNERS = int(os.environ.get("LEARNERS", 16))
DEMO_PASSWORD = "wirkstatt-demo"
DEMO_LEARNER_EMAIL = "lena.richter@example.org"


class Visitor:
    """One person's browser. Its cookies go to both nodes, as they would behind one proxy
    (cookies do not depend on the port). Secure cookie flags are ignored: this is loopback
    without TLS."""

    def __init__(self, name):
        self.name = name
        self.cookies = {}
        self.last_headers = {}

    def request(self, node, method, path, form=None, headers=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection = http.client.HTTPConnection("127.0.0.1", PORTS[node], timeout=60)
        connection.request(method, path, body, headers)
        response = connection.getresponse()
        content = response.read().decode("utf-8", "replace")
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        connection.close()
        self.last_headers = response.headers
        return response.status, response.getheader("Location", ""), content

    def get(self, node, path):
        return self.request(node, "GET", path)

    def post(self, node, path, form=None):
        """A form POST with the CSRF token, as the browser sends it."""
        if "csrftoken" not in self.cookies:
            self.get(node, "/de/accounts/login/")
        token = self.cookies["csrftoken"]
        return self.request(node, "POST", path, {"csrfmiddlewaretoken": token, **(form or {})})


class Checks:
    def __init__(self):
        self.failures = 0

    def check(self, description, passed, detail=""):
        print(
            f"{'OK    ' if passed else 'FAILED'} {description}" + (f" ({detail})" if detail else "")
        )
        self.failures += not passed
        return passed


def session_block(html, session_id):
    """The course page's list item of one session."""
    start = html.find(f'id="session-{session_id}"')
    if start < 0:
        return ""
    end = html.find("</li>", start)
    return html[start:end]


def seats_left(html, session_id):
    match = re.search(r'<p class="seats">\s*(\d+)', session_block(html, session_id))
    return int(match.group(1)) if match else None


# Preparing ---------------------------------------------------------------------------------


def bookable_session():
    """An upcoming session of a German demo course with seats free, no minimum age."""
    from courses.models import CoursePage, CourseSession

    courses = {
        c.translation_key: c
        for c in CoursePage.objects.live().filter(locale__language_code="de", minimum_age=None)
    }
    for session in CourseSession.objects.upcoming().with_seats_taken().order_by("start"):
        course = courses.get(session.course_key)
        if course and session.is_bookable() and session.seats_left >= 2:
            return course, session
    raise SystemExit("No bookable demo session found")


def learners_with_sessions(count, run):
    """count signed-in learners (session keys created as a login would create them)."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from learners.models import User

    visitors = []
    for number in range(count):
        user = User.objects.create(
            username=f"node-{run}-{number}",
            email=f"node-{run}-{number}@example.org",
            year_of_birth=1980,
            password="!",
        )
        store = SessionStore()
        store[SESSION_KEY] = str(user.pk)
        store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
        store[HASH_SESSION_KEY] = user.get_session_auth_hash()
        store.create()
        visitor = Visitor(user.username)
        visitor.cookies = {"sessionid": store.session_key, "csrftoken": secrets.token_hex(16)}
        visitors.append(visitor)
    return visitors


# The scenario ------------------------------------------------------------------------------


def login_is_shared(checks):
    learner = Visitor("learner")
    learner.get("A", "/de/accounts/login/")
    status, location, _ = learner.post(
        "A", "/de/accounts/login/", {"login": DEMO_LEARNER_EMAIL, "password": DEMO_PASSWORD}
    )
    checks.check("A: the learner logs in", status == 302, f"{status} → {location}")
    status, location, html = learner.get("B", "/de/my-learning/")
    checks.check(
        "B: the same learner is logged in (My learning, no login redirect)",
        status == 200 and "Lena" in html,
        f"{status} {location}",
    )
    return learner


def booking_shows_at_once(checks, learner):
    course, session = bookable_session()
    visitor = Visitor("visitor")
    for _ in range(2):  # the second answer may come from B's page cache
        _, _, public_before = visitor.get("B", course.url)
    cache_state = visitor.last_headers.get("X-Page-Cache") or "no page cache"
    _, _, before = learner.get("B", course.url)
    seats_before = seats_left(before, session.pk)
    booked_here = 'id="enrolment-'
    for _ in range(2):  # the second answer comes from the learner's stored copy
        _, _, learning_before = learner.get("B", "/de/my-learning/")
    status, location, _ = learner.post("A", f"/de/sessions/{session.pk}/enrol/")
    checks.check("A: the learner books a seat", status == 302, f"{status} → {location}")
    _, _, learning_after = learner.get("B", "/de/my-learning/")
    checks.check(
        "B: My learning lists the booking at once",
        learning_after.count(booked_here) == learning_before.count(booked_here) + 1
        and f"/sessions/{session.pk}/" in learning_after,
        f"{learning_before.count(booked_here)} → {learning_after.count(booked_here)} bookings",
    )
    _, _, after = learner.get("B", course.url)
    block = session_block(after, session.pk)
    checks.check(
        "B: the course page shows one seat less at once",
        seats_before is not None and seats_left(after, session.pk) == seats_before - 1,
        f"{seats_before} → {seats_left(after, session.pk)}",
    )
    checks.check("B: and that the learner is booked", "booking-confirmed" in block)
    _, _, public_after = visitor.get("B", course.url)
    checks.check(
        "B: a visitor who is not logged in sees the seat gone too",
        seats_left(public_after, session.pk) == seats_left(public_before, session.pk) - 1,
        f"{seats_left(public_before, session.pk)} → {seats_left(public_after, session.pk)}; "
        f"page cache before the booking: {cache_state}",
    )
    _, _, on_a = learner.get("A", course.url)
    checks.check(
        "A: the course page agrees",
        seats_left(on_a, session.pk) == seats_left(after, session.pk),
    )


def concurrent_bookings_never_overbook(checks, run):
    import datetime

    from django.utils import timezone

    from courses.models import CourseSession
    from learners.models import Enrolment, EnrolmentStatus

    course, _ = bookable_session()
    start = timezone.now() + datetime.timedelta(days=30)
    session = CourseSession.objects.create(
        course_key=course.translation_key,
        start=start,
        end=start + datetime.timedelta(hours=2),
        capacity=SEATS,
    )
    visitors = learners_with_sessions(LEARNERS, run)
    statuses, barrier = [], threading.Barrier(len(visitors))

    def book(visitor, node):
        barrier.wait()
        status, _, _ = visitor.post(node, f"/de/sessions/{session.pk}/enrol/")
        statuses.append(status)

    threads = [
        threading.Thread(target=book, args=(visitor, "AB"[number % 2]))
        for number, visitor in enumerate(visitors)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    enrolments = Enrolment.objects.filter(session=session)
    confirmed = enrolments.filter(status=EnrolmentStatus.CONFIRMED).count()
    waiting = enrolments.filter(status=EnrolmentStatus.WAITLISTED).count()
    checks.check(
        f"A+B: {LEARNERS} learners book {SEATS} seats at once, half on each node",
        statuses.count(302) == LEARNERS,
        f"HTTP {sorted(set(statuses))}",
    )
    checks.check(
        f"A+B: exactly {SEATS} confirmed, {LEARNERS - SEATS} waiting, one enrolment each",
        confirmed == SEATS
        and waiting == LEARNERS - SEATS
        and enrolments.values("learner").distinct().count() == LEARNERS,
        f"{confirmed} confirmed, {waiting} waiting",
    )
    for node in "AB":
        _, _, html = visitors[0].get(node, course.url)
        _, _, public = Visitor("visitor").get(node, course.url)
        checks.check(
            f"{node}: the course page shows no seat left, to the learner and to visitors",
            seats_left(html, session.pk) == 0 and seats_left(public, session.pk) == 0,
        )


def publish_shows_on_both(checks, run):
    from django.contrib.auth import get_user_model

    from courses.models import CoursePage

    course, _ = bookable_session()
    visitor = Visitor("visitor")
    catalogue = course.get_parent().url
    for node in "AB":  # both nodes render (and may cache) the old version first
        for _ in range(2):
            visitor.get(node, course.url)
            visitor.get(node, catalogue)
    cache_state = visitor.last_headers.get("X-Page-Cache") or "no page cache"
    new_title = f"{course.title} – {run}"
    draft = CoursePage.objects.get(pk=course.pk)
    draft.title = new_title
    draft.save_revision(user=get_user_model().objects.get(username="trainer.anna"))
    _, _, live = visitor.get("A", course.url)
    checks.check("A: a saved draft is not shown yet", new_title not in live)

    manager = Visitor("manager")
    manager.get("B", "/admin/login/")
    status, location, _ = manager.post(
        "B", "/admin/login/", {"username": "manager", "password": DEMO_PASSWORD, "next": "/admin/"}
    )
    checks.check("B: the manager logs in to the admin", status == 302, f"{status} → {location}")
    publish = f"/admin/bulk/wagtailcore/page/publish/?{urlencode({'id': course.pk})}"
    status, _, form = manager.get("B", publish)
    status, location, _ = manager.post("B", publish)
    checks.check("B: the manager publishes the draft", status == 302, f"{status} → {location}")
    for node in "AB":
        _, _, page = visitor.get(node, course.url)
        _, _, listing = visitor.get(node, catalogue)
        checks.check(f"{node}: the course page shows the published title", new_title in page)
        checks.check(
            f"{node}: the catalogue lists the published title",
            new_title in listing,
            f"page cache before publishing: {cache_state}",
        )


def worker_sent_confirmations(checks, since, seconds=60):
    from learners.models import Notification

    deadline = time.monotonic() + seconds
    queued = Notification.objects.filter(created_at__gte=since)
    pending = queued.filter(sent_at=None)
    while pending.exists() and time.monotonic() < deadline:
        time.sleep(1)
    sent = queued.exclude(sent_at=None).count()
    checks.check(
        "Celery worker: every queued booking message has been sent",
        sent > 0 and not pending.exists(),
        f"{sent} sent, {pending.count()} pending",
    )


def main():
    environment = production_environment(DATABASE_URL, CACHE_DB, BROKER_DB)
    print(f"Preparing {DATABASE_URL} with the demo content …", flush=True)
    create_database(DATABASE_URL, drop_first=True)
    flush_redis(CACHE_DB, BROKER_DB)
    set_up_django(environment)
    from django.core.management import call_command
    from django.utils import timezone

    call_command("load_demo_data", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115

    processes = []
    worker_log = tempfile.NamedTemporaryFile(
        "w", prefix="bench-nodes-celery-", suffix=".log", delete=False
    )  # noqa: SIM115
    checks = Checks()
    run = secrets.token_hex(3)
    try:
        for node, port in PORTS.items():
            processes.append(server.start_gunicorn(environment, port, WORKERS))
            print(f"Node {node}: gunicorn on 127.0.0.1:{port}", flush=True)
        processes.append(server.start_celery_worker(environment, worker_log))
        print(f"Celery worker (solo pool), log in {worker_log.name}", flush=True)
        started = timezone.now()
        learner = login_is_shared(checks)
        booking_shows_at_once(checks, learner)
        concurrent_bookings_never_overbook(checks, run)
        publish_shows_on_both(checks, run)
        worker_sent_confirmations(checks, started)
    finally:
        for process in processes:
            server.stop(process)
        worker_log.close()
        flush_redis(CACHE_DB, BROKER_DB)
    print("All checks passed." if not checks.failures else f"{checks.failures} checks FAILED.")
    return 1 if checks.failures else 0


if __name__ == "__main__":
    sys.exit(main())
