"""Requests per second, latency, SQL queries and worker memory of every kind of page,
each compared with a bare Django view served the same way.

Seeds (or reuses) a large catalogue in PostgreSQL, serves it with gunicorn, production
settings and the Redis cache, and drives each page with wrk on loopback: a warm-up, then the
measurement. Prints a table and writes bench/results/<date>-<label>.json.

    make bench                        # or: .venv/bin/python -m bench.pages
    COURSES=300 LEARNERS=1000 ENROLMENTS=4000 DURATION=5 WARMUP=2 make bench   # a quick try
"""

import datetime
import json
import os
import secrets
import socket
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlencode

from bench import load, machine, server
from bench.environment import (
    REDIS_HOST,
    REDIS_PORT,
    ROOT,
    flush_redis,
    production_environment,
)
from bench.seed import MY_LEARNING_USERNAME, Sizes, ensure_seeded, reset_to_seeded_state

CORES = os.cpu_count() or 1
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/wirkstatt_bench"
)
WORKERS = int(os.environ.get("WORKERS", 2 * CORES))
CONNECTIONS = int(os.environ.get("CONNECTIONS", WORKERS))
DURATION = int(os.environ.get("DURATION", 20))
WARMUP = int(os.environ.get("WARMUP", 5))
PORT = int(os.environ.get("PORT", 8766))
CACHE_DB = int(os.environ.get("CACHE_REDIS_DB", 10))
BROKER_DB = int(os.environ.get("BROKER_REDIS_DB", 11))
ENROL_POOL = int(os.environ.get("ENROL_POOL", 8000))
LABEL = os.environ.get("LABEL") or socket.gethostname()
#: Names of the pages to measure, separated by ";" (the baseline always is); all by default.
ONLY = {name.strip() for name in os.environ.get("ONLY", "").split(";") if name.strip()}
SEARCH_TERM = "Energiespeicher"
RESULTS = ROOT / "bench" / "results"

#: Share of the baseline's requests per second each page should reach (issue 6).
TARGET_PUBLIC, TARGET_PERSONAL = 0.50, 0.25
#: The booking POST writes (issue 18).
TARGET_BOOKING = 0.20
TARGET_P99_MS = 100


@dataclass
class Endpoint:
    name: str
    path: str
    target: float | None
    method: str = "GET"
    #: The cookies a signed-in browser sends: its session and its CSRF secret.
    cookies: dict = field(default_factory=dict)
    wrk_parts: tuple = ()
    note: str = ""


# Preparing the data ------------------------------------------------------------------------


def signed_in_cookies(users):
    """A session key per user, as a login would create it (any session engine)."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

    engine = import_module(settings.SESSION_ENGINE)

    def data(user):
        return {
            SESSION_KEY: str(user.pk),
            BACKEND_SESSION_KEY: settings.AUTHENTICATION_BACKENDS[0],
            HASH_SESSION_KEY: user.get_session_auth_hash(),
        }

    # The table rows serve both engines; cached_db also keeps each session in the cache, as
    # a login leaves it there, so the first request of a session does not miss it.
    if settings.SESSION_ENGINE.endswith((".db", ".cached_db")):
        from django.contrib.sessions.models import Session
        from django.core.cache import caches
        from django.utils import timezone
        from django.utils.crypto import get_random_string

        lifetime = datetime.timedelta(days=1)
        store = engine.SessionStore()
        rows = [
            Session(
                session_key=get_random_string(32, "abcdefghijklmnopqrstuvwxyz0123456789"),
                session_data=store.encode(data(user)),
                expire_date=timezone.now() + lifetime,
            )
            for user in users
        ]
        Session.objects.bulk_create(rows, batch_size=2000)
        if settings.SESSION_ENGINE.endswith(".cached_db"):
            caches[settings.SESSION_CACHE_ALIAS].set_many(
                {
                    engine.KEY_PREFIX + row.session_key: data(user)
                    for row, user in zip(rows, users, strict=True)
                },
                timeout=int(lifetime.total_seconds()),
            )
        return [row.session_key for row in rows]
    keys = []
    for user in users:
        store = engine.SessionStore()
        store.update(data(user))
        store.create()
        keys.append(store.session_key)
    return keys


def pick_course_and_lesson():
    """A German course with lessons and at least two upcoming sessions at venues: the
    richest course page; and its second lesson, which holds a quiz."""
    from django.db.models import Count

    from courses.models import CoursePage, CourseSession, LessonPage

    keys = (
        CourseSession.objects.upcoming()
        .exclude(venue=None)
        .values("course_key")
        .annotate(n=Count("pk"))
        .filter(n__gte=2)
        .values("course_key")
    )
    course = (
        CoursePage.objects.live()
        .filter(locale__language_code="de", format="blended", translation_key__in=keys)
        .exclude(numchild__lt=2)
        .order_by("pk")
        .first()
    )
    if course is None:
        raise SystemExit("No course with lessons and two upcoming sessions: seed more courses.")
    lesson = LessonPage.objects.child_of(course).live().order_by("path")[1]
    return course, lesson


def busiest_town():
    from django.db.models import Count

    from courses.models import CourseSession

    row = (
        CourseSession.objects.upcoming()
        .exclude(venue=None)
        .values("venue__town")
        .annotate(n=Count("pk"))
        .order_by("-n")
        .first()
    )
    return row["venue__town"]


def enrolment_pairs(count):
    """count (learner, session) pairs, each a different adult learner booking an upcoming
    session they hold no enrolment for, spread over all bookable sessions."""
    import random

    from django.utils import timezone

    from courses.models import CoursePage, CourseSession
    from learners.models import Enrolment, User

    chooser = random.Random(7)
    courses_without_age_limit = CoursePage.objects.live().filter(minimum_age=None)
    sessions = list(
        CourseSession.objects.upcoming()
        .filter(course_key__in=courses_without_age_limit.values("translation_key"))
        .filter(start__gte=timezone.now() + datetime.timedelta(days=2))
        .values_list("pk", flat=True)
    )
    adults = list(
        User.objects.filter(
            username__startswith="learner-", year_of_birth__lte=timezone.now().year - 18
        ).order_by("?")[: count * 2]
    )
    held = set(Enrolment.objects.filter(learner__in=adults).values_list("learner_id", "session_id"))
    pairs = []
    for learner in adults:
        session = chooser.choice(sessions)
        if (learner.pk, session) not in held:
            pairs.append((learner, session))
        if len(pairs) == count:
            break
    return pairs


@dataclass
class Bookings:
    """Signed-in learners and the sessions they book: one pair to check the POST through
    gunicorn, one to count its queries, a file of pairs for the warm-up and one for the
    measurement (lines "<session key> <csrf token> <session id>" for bench/wrk/enrol.lua)."""

    check: tuple
    count: tuple
    warmup_file: str
    measure_file: str
    fresh: int

    @classmethod
    def prepare(cls, measured, warmup=200):
        pairs = enrolment_pairs(measured + warmup + 2)
        cookies = signed_in_cookies([learner for learner, _ in pairs])
        lines = [
            f"{cookie} {secrets.token_hex(16)} {session}"
            for (_learner, session), cookie in zip(pairs, cookies, strict=True)
        ]
        folder = Path(os.environ.get("TMPDIR", "/tmp"))
        files = [folder / f"bench-enrol-{name}-{os.getpid()}.txt" for name in ("warmup", "measure")]
        files[0].write_text("\n".join(lines[2 : warmup + 2]) + "\n")
        files[1].write_text("\n".join(lines[warmup + 2 :]) + "\n")
        return cls(
            check=(cookies[0], pairs[0][1]),
            count=(cookies[1], pairs[1][1]),
            warmup_file=str(files[0]),
            measure_file=str(files[1]),
            fresh=len(lines) - warmup - 2,
        )

    def remove_files(self):
        Path(self.warmup_file).unlink(missing_ok=True)
        Path(self.measure_file).unlink(missing_ok=True)


def endpoints():
    from courses.models import CourseIndexPage
    from learners.models import User

    catalogue = CourseIndexPage.objects.get(locale__language_code="de").url
    course, lesson = pick_course_and_lesson()
    town = busiest_town()
    learner = User.objects.get(username=MY_LEARNING_USERNAME)
    (cookie,) = signed_in_cookies([learner])
    browser = {"sessionid": cookie, "csrftoken": secrets.token_hex(16)}
    return [
        Endpoint("baseline", "/bench/baseline", None, note="bare view, minimal template, no SQL"),
        Endpoint("home", "/de/", TARGET_PUBLIC),
        Endpoint("catalogue", catalogue, TARGET_PUBLIC, note="first page"),
        Endpoint(
            "catalogue filtered",
            f"{catalogue}?{urlencode({'field': 'research', 'age': 'adults', 'place': town})}",
            TARGET_PUBLIC,
            note=f"field, age group and place ({town})",
        ),
        Endpoint("course", course.url, TARGET_PUBLIC, note=f"{course.slug}, with sessions"),
        Endpoint(
            "course, signed in",
            course.url,
            TARGET_PERSONAL,
            cookies=browser,
            wrk_parts=("cookie",),
            note="the stored page with the learner's parts (bookings, progress, menu) filled",
        ),
        Endpoint("lesson", lesson.url, TARGET_PUBLIC, note="anonymous, with a quiz"),
        Endpoint("search", f"/de/search/?q={SEARCH_TERM}", TARGET_PUBLIC, note=SEARCH_TERM),
        Endpoint(
            "API courses",
            f"/api/v1/courses?{urlencode({'lang': 'pl', 'field': 'research', 'place': town})}",
            TARGET_PUBLIC,
            note=f"Polish, field and place ({town}), first page of 20",
        ),
        Endpoint(
            "API course",
            f"/api/v1/courses/{course.translation_key}?lang=en",
            TARGET_PUBLIC,
            note="in English, with its sessions",
        ),
        Endpoint(
            "my learning",
            "/de/my-learning/",
            TARGET_PERSONAL,
            cookies=browser,
            wrk_parts=("cookie",),
            note=f"{learner.enrolments.count()} enrolments",
        ),
        Endpoint(
            "enrolment POST",
            "/de/sessions/<id>/enrol/",
            TARGET_BOOKING,
            method="POST",
            wrk_parts=("enrol",),
            note="a new learner and session each time",
        ),
    ]


# Measuring ---------------------------------------------------------------------------------


def count_queries(endpoint, bookings):
    """SQL queries of one request, counted with Django's test client in this process
    against the same database and Redis cache: as served after a first request warmed the
    caches (a whole-page cache hit for visitors costs none), and as rendered with the page
    cache off (PAGE_CACHE_SECONDS=0), which is what a cache miss costs."""
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    client = Client()
    if endpoint.method == "POST":
        cookie, session_id = bookings.count
        client.cookies["sessionid"] = cookie
        with CaptureQueriesContext(connection) as queries:
            response = client.post(f"/de/sessions/{session_id}/enrol/")
        if response.status_code != 302:
            raise SystemExit(f"Enrolment POST (test client) answered {response.status_code}")
        return len(queries.captured_queries), len(queries.captured_queries)
    client.cookies.load(endpoint.cookies)
    counts = []
    for page_cache in (True, False):
        with override_settings(**({} if page_cache else {"PAGE_CACHE_SECONDS": 0})):
            client.get(endpoint.path)
            with CaptureQueriesContext(connection) as queries:
                response = client.get(endpoint.path)
        if response.status_code != 200:
            raise SystemExit(f"{endpoint.path} (test client) answered {response.status_code}")
        counts.append(len(queries.captured_queries))
    return tuple(counts)


def cookie_header(endpoint):
    return "; ".join(f"{name}={value}" for name, value in endpoint.cookies.items())


def check_served(endpoint, bookings):
    """The page answers as it should through gunicorn: 200, or for the POST a redirect
    that is not to the login page (the learner is signed in and the token accepted).
    Returns the X-Page-Cache header of a second GET ("hit" when the page cache served it)."""
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    if endpoint.method == "POST":
        cookie, session_id = bookings.check
        token = secrets.token_hex(16)
        headers = {
            "Cookie": f"sessionid={cookie}; csrftoken={token}",
            "X-CSRFToken": token,
            "Content-Type": "application/x-www-form-urlencoded",
        }
        requests = [("POST", f"/de/sessions/{session_id}/enrol/", "", headers)]
    else:
        headers = {"Cookie": cookie_header(endpoint)} if endpoint.cookies else {}
        requests = [("GET", endpoint.path, None, headers)] * 2
    for method, path, body, request_headers in requests:
        connection.request(method, path, body, request_headers)
        response = connection.getresponse()
        response.read()
        expected = 302 if method == "POST" else 200
        location = response.getheader("Location", "")
        if response.status != expected or "login" in location:
            raise SystemExit(f"{endpoint.name} answered {response.status} {location}")
    return response.getheader("X-Page-Cache", "")


def measure(endpoint, bookings):
    base_url = f"http://127.0.0.1:{PORT}"
    url = base_url + (endpoint.path if endpoint.method == "GET" else "/")
    environment = {"BENCH_COOKIE": cookie_header(endpoint)} if endpoint.cookies else {}
    if endpoint.method == "POST":
        environment["BENCH_ENROL_PAIRS"] = bookings.warmup_file
    load.run(url, CONNECTIONS, WARMUP, endpoint.wrk_parts, environment)
    if endpoint.method == "POST":
        environment["BENCH_ENROL_PAIRS"] = bookings.measure_file
    return load.run(url, CONNECTIONS, DURATION, endpoint.wrk_parts, environment)


def measure_all(pages, bookings, environment):
    rows = []
    process = server.start_gunicorn(environment, PORT, WORKERS)
    try:
        for endpoint in pages:
            page_cache = check_served(endpoint, bookings)
            queries, queries_rendered = count_queries(endpoint, bookings)
            print(f"Measuring {endpoint.name} ({endpoint.path}) …", flush=True)
            figures = measure(endpoint, bookings)
            rows.append(
                {
                    "name": endpoint.name,
                    "method": endpoint.method,
                    "path": endpoint.path,
                    "note": endpoint.note,
                    **figures,
                    "target_ratio": endpoint.target,
                    "sql_queries": queries,
                    "sql_queries_rendered": queries_rendered,
                    "page_cache": page_cache or "not used",
                    "peak_worker_rss_mb": server.workers_memory(process.pid)["peak_rss_mb"],
                }
            )
        return rows, server.workers_memory(process.pid)
    finally:
        server.stop(process)


def enrolment_outcome(since):
    from django.db.models import Count

    from learners.models import Enrolment

    rows = (
        Enrolment.objects.filter(created_at__gte=since)
        .values("status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {row["status"]: row["n"] for row in rows}


# Reporting ---------------------------------------------------------------------------------


def evaluate(rows):
    baseline = rows[0]["requests_per_second"]
    for row in rows:
        row["ratio_to_baseline"] = round(row["requests_per_second"] / baseline, 3)
        if row["target_ratio"] is not None:
            row["meets_ratio_target"] = row["ratio_to_baseline"] >= row["target_ratio"]
            row["meets_p99_target"] = row["p99_ms"] < TARGET_P99_MS


def table(rows):
    header = (
        f"{'page':<20}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'ratio':>8}{'target':>8}"
        f"{'SQL':>6}{'(miss)':>7}{'peak RSS MB':>13}  errors"
    )
    lines = [header, "-" * len(header)]
    for row in rows:
        target, mark = "—", ""
        if row["target_ratio"] is not None:
            target = f"{row['target_ratio']:.2f}"
            mark = "" if row["meets_ratio_target"] else " ✗"
        lines.append(
            f"{row['name']:<20}{row['requests_per_second']:>9.1f}{row['p50_ms']:>9.1f}"
            f"{row['p99_ms']:>9.1f}{row['ratio_to_baseline']:>8.3f}{target:>8}{mark:<2}"
            f"{row['sql_queries']:>4}{row['sql_queries_rendered']:>7}"
            f"{row['peak_worker_rss_mb']:>13}  "
            f"{json.dumps(row['errors']) if row['errors'] else ''}"
        )
    return "\n".join(lines)


def report(rows, memory_after, description, sizes, seeding_seconds, bookings, outcome):
    evaluate(rows)
    posts = sum(row["requests"] for row in rows if row["method"] == "POST")
    result = {
        "label": LABEL,
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": description,
        "sizes": asdict(sizes),
        "seeding_seconds": round(seeding_seconds) or None,
        "settings": {
            "gunicorn_workers": WORKERS,
            "worker_class": "sync",
            "connections": CONNECTIONS,
            "warmup_seconds": WARMUP,
            "duration_seconds": DURATION,
            "django_settings": "wirkstatt.settings.production",
            "cache": f"Redis db {CACHE_DB}",
            "celery_broker": f"Redis db {BROKER_DB}, no worker (tasks are only queued)",
            "sql_queries_counted_with": "Django test client + CaptureQueriesContext, warm",
            "sql_queries_rendered": "the same with PAGE_CACHE_SECONDS=0 (a page cache miss)",
            "page_cache_seconds": os.environ.get("PAGE_CACHE_SECONDS", "production default"),
        },
        "enrolment_posts": {
            "fresh_pairs": bookings.fresh,
            "measured_requests": posts,
            "already_enrolled_repeats": max(0, posts - bookings.fresh),
            "outcome_including_warmup": outcome,
        },
        "workers_after_run": memory_after,
        "targets": {
            "ratio_public_pages": TARGET_PUBLIC,
            "ratio_personal_pages": TARGET_PERSONAL,
            "p99_ms": TARGET_P99_MS,
            "worker_rss_mb": 200,
        },
        "pages": rows,
    }
    RESULTS.mkdir(exist_ok=True)
    target = RESULTS / f"{datetime.date.today().isoformat()}-{LABEL}.json"
    target.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print()
    print(
        f"{description['cores']} cores, {description['cpu']}, {description['memory_gb']} GB; "
        f"{WORKERS} gunicorn workers, {CONNECTIONS} connections, {DURATION} s per page"
    )
    print(table(rows))
    print(
        f"Worker RSS after the run: {memory_after['rss_mb']} MB "
        f"(peak {memory_after['peak_rss_mb']} MB). Written to {target.relative_to(ROOT)}"
    )


def main():
    load.require_wrk()
    sizes = Sizes.from_environment()
    environment = production_environment(
        DATABASE_URL, CACHE_DB, BROKER_DB, BENCHMARK_BASELINE="true"
    )
    print(f"Database {DATABASE_URL} with {asdict(sizes)}", flush=True)
    seeding_seconds = ensure_seeded(
        DATABASE_URL, sizes, environment, force=os.environ.get("RESEED") == "1"
    )
    print(f"Seeded in {seeding_seconds:.0f} s" if seeding_seconds else "Reused the seeded database")

    from django.utils import timezone

    flush_redis(CACHE_DB, BROKER_DB)
    reset_to_seeded_state()
    description = machine.describe(REDIS_HOST, REDIS_PORT, load.wrk_version())
    started = timezone.now()
    bookings = Bookings.prepare(ENROL_POOL)
    try:
        pages = [e for e in endpoints() if not ONLY or e.name in ONLY | {"baseline"}]
        rows, memory_after = measure_all(pages, bookings, environment)
        outcome = enrolment_outcome(started)
    finally:
        bookings.remove_files()
        reset_to_seeded_state()
        flush_redis(BROKER_DB)
    report(rows, memory_after, description, sizes, seeding_seconds, bookings, outcome)
    return 0


if __name__ == "__main__":
    sys.exit(main())
