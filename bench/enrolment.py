"""Concurrent enrolment over HTTP: many learners POST for the seats of one session.

Serves the site with gunicorn (production settings) on PostgreSQL and fires REQUESTS
enrolment POSTs from CONCURRENCY threads at one session with SEATS seats, each request
from a different signed-in learner. Prints throughput, latency percentiles and the final
counts, which must be exactly SEATS confirmed and the rest on the waiting list.

    make bench-enrolment            # or: .venv/bin/python bench/enrolment.py
    REQUESTS=400 SEATS=40 CONCURRENCY=64 make bench-enrolment
"""

import http.client
import json
import os
import secrets
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUESTS = int(os.environ.get("REQUESTS", 200))
SEATS = int(os.environ.get("SEATS", 20))
CONCURRENCY = int(os.environ.get("CONCURRENCY", 32))
WORKERS = int(os.environ.get("WORKERS", 4))
PORT = int(os.environ.get("PORT", 8765))
REDIS_HOST = os.environ.get("REDIS_HOST", "127.0.0.1")
REDIS_PORT = int(os.environ.get("REDIS_PORT", 6379))
CACHE_DB = int(os.environ.get("CACHE_REDIS_DB", 12))
BROKER_DB = int(os.environ.get("BROKER_REDIS_DB", 13))
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/wirkstatt_bench"
)
ENVIRONMENT = {
    **os.environ,
    "DJANGO_SETTINGS_MODULE": "wirkstatt.settings.production",
    "DATABASE_URL": DATABASE_URL,
    "SECRET_KEY": os.environ.get("SECRET_KEY", secrets.token_urlsafe(50)),
    "ALLOWED_HOSTS": "127.0.0.1",
    # Links in e-mails; production requires https, nothing follows them here.
    "WAGTAILADMIN_BASE_URL": os.environ.get("WAGTAILADMIN_BASE_URL", "https://wirkstatt.example"),
    "SECURE_SSL_REDIRECT": "false",
    # As in production: the Redis cache, and each booking's e-mail queued for Celery's worker
    # (not started here), so that the figures show the booking path itself.
    "REDIS_URL": f"redis://{REDIS_HOST}:{REDIS_PORT}/{CACHE_DB}",
    "CELERY_BROKER_URL": f"redis://{REDIS_HOST}:{REDIS_PORT}/{BROKER_DB}",
    "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
    "LOG_LEVEL": "WARNING",
}


def create_database():
    import psycopg

    name = DATABASE_URL.rsplit("/", 1)[1]
    server = DATABASE_URL.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(server, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if not exists.fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')


def set_up_django():
    os.environ.update(ENVIRONMENT)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def prepare(run_id):
    """One course with one session of SEATS seats, and REQUESTS signed-in learners."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.utils import timezone

    from courses.models import CompetenceField, CourseIndexPage, CoursePage, CourseSession
    from learners.models import User

    catalogue = CourseIndexPage.objects.filter(locale__language_code="de").first()
    course = CoursePage(
        title=f"Benchmark {run_id}",
        slug=f"benchmark-{run_id}",
        teaser="Lasttest",
        competence_field=CompetenceField.objects.filter(locale__language_code="de").first(),
    )
    catalogue.add_child(instance=course)
    course.save_revision().publish()
    start = timezone.now() + timezone.timedelta(days=10)
    session = CourseSession.objects.create(
        course_key=course.translation_key,
        start=start,
        end=start + timezone.timedelta(hours=2),
        capacity=SEATS,
    )
    users = User.objects.bulk_create(
        User(username=f"bench-{run_id}-{i}", email=f"bench-{run_id}-{i}@example.org",
             year_of_birth=1980, password="!")
        for i in range(REQUESTS)
    )  # fmt: skip
    cookies = []
    for user in users:
        store = SessionStore()
        store[SESSION_KEY] = str(user.pk)
        store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
        store[HASH_SESSION_KEY] = user.get_session_auth_hash()
        store.create()
        cookies.append(store.session_key)
    return session, cookies


def start_server():
    server = subprocess.Popen(
        [str(ROOT / ".venv/bin/gunicorn"), "wirkstatt.wsgi", "--bind", f"127.0.0.1:{PORT}",
         "--workers", str(WORKERS), "--no-control-socket", "--log-level", "warning"],
        cwd=ROOT, env=ENVIRONMENT,
    )  # fmt: skip
    for _ in range(100):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not start")


def fire(session_id, cookies):
    csrf = secrets.token_hex(16)
    latencies, statuses, lock = [], [], threading.Lock()
    queue = list(cookies)

    def worker():
        connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        while True:
            with lock:
                if not queue:
                    return
                session_key = queue.pop()
            headers = {
                "Cookie": f"sessionid={session_key}; csrftoken={csrf}",
                "X-CSRFToken": csrf,
                "Content-Type": "application/x-www-form-urlencoded",
            }
            began = time.perf_counter()
            connection.request("POST", f"/de/sessions/{session_id}/enrol/", "", headers)
            response = connection.getresponse()
            response.read()
            elapsed = time.perf_counter() - began
            with lock:
                latencies.append(elapsed)
                statuses.append(response.status)

    threads = [threading.Thread(target=worker) for _ in range(CONCURRENCY)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - began, latencies, statuses


def flush_redis():
    import redis

    for db in (CACHE_DB, BROKER_DB):
        redis.Redis(host=REDIS_HOST, port=REDIS_PORT, db=db).flushdb()


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    create_database()
    set_up_django()
    from learners.models import Enrolment

    run_id = secrets.token_hex(3)
    flush_redis()
    session, cookies = prepare(run_id)
    server = start_server()
    try:
        duration, latencies, statuses = fire(session.pk, cookies)
    finally:
        server.terminate()
        server.wait(timeout=10)
        flush_redis()
    counts = {
        status: Enrolment.objects.filter(session=session, status=status).count()
        for status in ["confirmed", "waitlisted"]
    }
    result = {
        "requests": REQUESTS,
        "seats": SEATS,
        "concurrency": CONCURRENCY,
        "gunicorn_workers": WORKERS,
        "cores": os.cpu_count(),
        "requests_per_second": round(REQUESTS / duration, 1),
        "latency_ms": {
            "p50": round(percentile(latencies, 0.50) * 1000, 1),
            "p90": round(percentile(latencies, 0.90) * 1000, 1),
            "p99": round(percentile(latencies, 0.99) * 1000, 1),
            "mean": round(statistics.mean(latencies) * 1000, 1),
        },
        "http_statuses": {str(s): statuses.count(s) for s in sorted(set(statuses))},
        "confirmed": counts["confirmed"],
        "waitlisted": counts["waitlisted"],
        "enrolments": Enrolment.objects.filter(session=session).count(),
    }
    print(json.dumps(result, indent=2))
    ok = result["confirmed"] == SEATS and result["enrolments"] == REQUESTS
    print("OK: exactly", SEATS, "confirmed" if ok else "FAILED: counts are wrong")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
