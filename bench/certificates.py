"""Certificates through Celery: a real worker signs, renders and mails CERTIFICATES of them.

Creates (if missing) and migrates its own PostgreSQL database, adds one course that awards a
certificate and CERTIFICATES learners (names with Polish, Czech and Sorbian letters, in all
five languages) whose enrolments are already completed, written in bulk so that no task
runs yet. Then it starts ``celery -A wirkstatt worker`` (prefork, one process per core,
production settings, Redis as broker), queues ``issue_certificate`` for every enrolment and
polls the database until every certificate is signed and rendered and every e-mail sent.

It prints the wall time, certificates per second, the time per PDF rendering measured
inside the worker (bench/certificate_timing.py), and the final counts, which must be exactly
one certificate and one e-mail per enrolment; it exits non-zero otherwise. The figures go to
``bench/results/certificates-<date>.json`` with a description of the machine.

    make bench-certificates         # or: .venv/bin/python -m bench.certificates
    CERTIFICATES=100 WORKER_CONCURRENCY=1 make bench-certificates
"""

import datetime
import json
import os
import platform
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CERTIFICATES = int(os.environ.get("CERTIFICATES", 500))
WORKER_CONCURRENCY = int(os.environ.get("WORKER_CONCURRENCY", os.cpu_count() or 1))
TIMEOUT = float(os.environ.get("TIMEOUT", 600))
REDIS_HOST = "127.0.0.1"
REDIS_PORT = 6379
# Redis databases 10 to 13 and 15 belong to the other benchmarks and the tests.
REDIS_DB = int(os.environ.get("CERTIFICATES_REDIS_DB", 14))
REDIS_URL = f"redis://{REDIS_HOST}:{REDIS_PORT}/{REDIS_DB}"
DATABASE_URL = os.environ.get(
    "BENCH_CERTIFICATES_DATABASE_URL",
    "postgres://postgres@127.0.0.1:5432/wirkstatt_bench_certificates",
)
RESULTS = ROOT / "bench" / "results"
POLL_SECONDS = 0.1

#: First names and surnames per language; combined they give every learner a name that
#: exercises the PDF's fonts (ł ż ś ř ě š ć ń …).
NAMES = {
    "pl": (
        ["Łukasz", "Małgorzata", "Grzegorz", "Źdźisława", "Bożena"],
        ["Wiśniewski", "Żółkiewska", "Brzęczyszczykiewicz", "Łącka", "Kościuszko"],
    ),
    "cs": (
        ["Jiří", "Kateřina", "Přemysl", "Dagmar", "Řehoř"],
        ["Dvořák", "Šťastná", "Růžička", "Kučerová", "Čapek"],
    ),
    "hsb": (
        ["Měrćin", "Hańža", "Jurij", "Wórša", "Bjarnat"],
        ["Šołta", "Wjelanowa", "Brězan", "Krawcowa", "Nowak"],
    ),
    "de": (
        ["Jürgen", "Käthe", "Björn", "Jörg", "Anneliese"],
        ["Größler", "Müller-Lüdenscheidt", "Weiß", "Schäfer", "Pöschel"],
    ),
    "en": (
        ["Siobhán", "Zoë", "Oliver", "Renée", "Niamh"],
        ["O'Brien", "Brontë", "Smith", "Jones", "Ó Súilleabháin"],
    ),
}


def ensure_services():
    """Start PostgreSQL and Redis as the development machines run them, if they are down."""
    services = {
        5432: ["pg_ctlcluster", "--skip-systemctl-redirect", "15", "main", "start"],
        REDIS_PORT: ["redis-server", "--daemonize", "yes", "--bind", REDIS_HOST,
                     "--port", str(REDIS_PORT), "--save", ""],
    }  # fmt: skip
    for port, command in services.items():
        if not reachable(port):
            subprocess.run(command, check=True)
            for _ in range(50):
                if reachable(port):
                    break
                time.sleep(0.2)


def reachable(port):
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


def create_database():
    import psycopg

    server, name = DATABASE_URL.rsplit("/", 1)
    with psycopg.connect(server + "/postgres", autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if not exists.fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')


def benchmark_environment(signing_key, private_media_root, timings_key):
    """Production settings for this process and the worker: same database, same Redis."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "wirkstatt.settings.production",
        "DATABASE_URL": DATABASE_URL,
        "SECRET_KEY": os.environ.get("SECRET_KEY", secrets.token_urlsafe(50)),
        "ALLOWED_HOSTS": "127.0.0.1",
        # Links in credentials; production requires https, nothing follows them here.
        "WAGTAILADMIN_BASE_URL": os.environ.get(
            "WAGTAILADMIN_BASE_URL", "https://wirkstatt.example"
        ),
        "SECURE_SSL_REDIRECT": "false",
        "CELERY_BROKER_URL": REDIS_URL,
        "REDIS_URL": REDIS_URL,
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        "OPENBADGES_SIGNING_KEY": signing_key,
        "PRIVATE_MEDIA_ROOT": str(private_media_root),
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
        "BENCH_TIMINGS_URL": REDIS_URL,
        "BENCH_TIMINGS_KEY": timings_key,
    }


def set_up_django(environment):
    os.environ.update(environment)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def flush_redis():
    import redis

    redis.Redis(host=REDIS_HOST, port=REDIS_PORT, db=REDIS_DB).flushdb()


def learner_name(number):
    language = list(NAMES)[number % len(NAMES)]
    first_names, surnames = NAMES[language]
    first = first_names[(number // len(NAMES)) % len(first_names)]
    last = surnames[(number // (len(NAMES) * len(first_names))) % len(surnames)]
    return first, last, language


def prepare(run_id):
    """One self-paced course awarding a certificate, and CERTIFICATES learners whose
    enrolments are completed. Bulk inserts send no signals and queue no task."""
    from courses.choices import CourseFormat
    from courses.models import CompetenceField, CourseIndexPage, CoursePage
    from learners.models import Enrolment, EnrolmentStatus, User

    trainer = User.objects.create(
        username=f"bench-trainer-{run_id}", first_name="Hańža", last_name="Wjelanowa",
        email=f"bench-trainer-{run_id}@example.org", password="!",
    )  # fmt: skip
    catalogue = CourseIndexPage.objects.get(locale__language_code="de")
    course = CoursePage(
        title=f"Additive Fertigung für Einsteiger ({run_id})",
        slug=f"benchmark-certificates-{run_id}",
        teaser="Vom 3D-Modell zum gedruckten Bauteil",
        competence_field=CompetenceField.objects.get(code="economy", locale__language_code="de"),
        format=CourseFormat.SELF_PACED,
        duration_hours=16,
        awards_certificate=True,
    )
    course.trainers = [trainer]
    catalogue.add_child(instance=course)
    course.save_revision().publish()
    learners = []
    for number in range(CERTIFICATES):
        first, last, language = learner_name(number)
        learners.append(
            User(
                username=f"bench-cert-{run_id}-{number}",
                email=f"bench-cert-{run_id}-{number}@example.org",
                first_name=first,
                last_name=last,
                preferred_language=language,
                year_of_birth=1960 + number % 45,
                password="!",
            )
        )
    learners = User.objects.bulk_create(learners, batch_size=1000)
    enrolments = Enrolment.objects.bulk_create(
        [
            Enrolment(learner=learner, course_key=course.translation_key,
                      status=EnrolmentStatus.COMPLETED)
            for learner in learners
        ],
        batch_size=1000,
    )  # fmt: skip
    return course, [enrolment.pk for enrolment in enrolments]


def start_worker(environment, nodename, log_path):
    with open(log_path, "wb") as log:
        return subprocess.Popen(
            [str(ROOT / ".venv/bin/celery"), "-A", "wirkstatt", "worker",
             "--pool", "prefork", "--concurrency", str(WORKER_CONCURRENCY),
             "--hostname", nodename, "--include", "bench.certificate_timing",
             "--loglevel", "WARNING"],
            cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT,
            # Its own session: Ctrl-C reaches only this script, which then stops the worker.
            start_new_session=True,
        )  # fmt: skip


def wait_for_worker(worker, nodename):
    from wirkstatt.celery import app

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if worker.poll() is not None:
            raise RuntimeError(f"The Celery worker exited with status {worker.returncode}")
        if app.control.ping(destination=[nodename], timeout=0.5):
            return
    raise RuntimeError("The Celery worker did not answer within 60 s")


def stop_worker(worker):
    """Warm shutdown (finish the running tasks); killed if it hangs."""
    if worker.poll() is not None:
        return
    worker.send_signal(signal.SIGTERM)
    try:
        worker.wait(timeout=30)
    except (subprocess.TimeoutExpired, KeyboardInterrupt):
        # Hung, or a second Ctrl-C: no more waiting.
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait()


def enqueue(enrolment_ids):
    from learners.tasks import issue_certificate

    for enrolment_id in enrolment_ids:
        issue_certificate.delay(enrolment_id)


def wait_until(done, worker, began, deadline):
    """Seconds since began when done() first held; None at the deadline or if the worker died."""
    while time.monotonic() < deadline:
        if done():
            return time.monotonic() - began
        if worker.poll() is not None:
            return None
        time.sleep(POLL_SECONDS)
    return None


def certificates_of(course):
    from learners.models import Certificate

    return Certificate.objects.filter(course_key=course.translation_key)


def notifications_of(course):
    from learners.models import Notification

    return Notification.objects.filter(
        kind="certificate", certificate__course_key=course.translation_key
    )


def ready(course):
    return certificates_of(course).exclude(credential_jwt="").exclude(pdf="")


def count(course):
    from learners.models import Enrolment

    certificates = certificates_of(course)
    files = [c.pdf for c in ready(course).only("pdf")]
    return {
        "enrolments": Enrolment.objects.filter(course_key=course.translation_key).count(),
        "certificates": certificates.count(),
        "certificates_ready": len(files),
        "pdf_files": sum(1 for pdf in files if pdf.storage.exists(pdf.name) and pdf.size),
        "distinct_enrolments": certificates.values("enrolment").distinct().count(),
        "notifications": notifications_of(course).count(),
        "emails_sent": notifications_of(course).exclude(sent_at=None).count(),
    }


def worker_timings(timings_key, kind):
    import redis

    client = redis.Redis(host=REDIS_HOST, port=REDIS_PORT, db=REDIS_DB)
    return [float(value) for value in client.lrange(f"{timings_key}:{kind}", 0, -1)]


def milliseconds(seconds):
    if not seconds:
        return {"count": 0}
    deciles = statistics.quantiles(seconds, n=10, method="inclusive") if len(seconds) > 1 else []
    return {
        "count": len(seconds),
        "median": round(statistics.median(seconds) * 1000, 1),
        "p90": round((deciles[8] if deciles else seconds[0]) * 1000, 1),
        "min": round(min(seconds) * 1000, 1),
        "max": round(max(seconds) * 1000, 1),
        "mean": round(statistics.mean(seconds) * 1000, 1),
    }


def cpu_model():
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def machine(load_at_start):
    import celery
    import django
    import redis
    import weasyprint
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgresql = cursor.fetchone()[0]
    redis_server = redis.Redis(host=REDIS_HOST, port=REDIS_PORT).info("server")["redis_version"]
    return {
        "cores": os.cpu_count(),
        "cpu": cpu_model(),
        "kernel": platform.release(),
        "load_average_at_start": load_at_start,
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        "python": platform.python_version(),
        "postgresql": postgresql,
        "redis": redis_server,
        "django": django.get_version(),
        "celery": celery.__version__,
        "weasyprint": weasyprint.__version__,
    }


def check(counts):
    expected = {
        "enrolments": CERTIFICATES,
        "certificates": CERTIFICATES,
        "certificates_ready": CERTIFICATES,
        "pdf_files": CERTIFICATES,
        "distinct_enrolments": CERTIFICATES,
        "notifications": CERTIFICATES,
        "emails_sent": CERTIFICATES,
    }
    return [f"{name}: {counts[name]}, expected {n}" for name, n in expected.items()
            if counts[name] != n]  # fmt: skip


def print_table(result):
    pdf, task, counts = result["pdf_render_ms"], result["task_ms"], result["counts"]
    wall = result["wall_seconds"]
    rows = [
        ("certificates", result["certificates"]),
        ("worker", f"prefork, concurrency {result['worker_concurrency']}"),
        ("queueing took", f"{result['enqueue_seconds']} s"),
        ("wall time until all ready", f"{wall} s" if wall is not None else "timed out"),
        ("certificates per second", result["certificates_per_second"]),
        ("all e-mails sent after", f"{result['emails_sent_after_seconds']} s"),
        ("PDF render median / p90", f"{pdf.get('median')} / {pdf.get('p90')} ms"),
        ("PDF render min / max", f"{pdf.get('min')} / {pdf.get('max')} ms"),
        ("PDF renderings", pdf["count"]),
        ("issue task median / p90", f"{task.get('median')} / {task.get('p90')} ms"),
        *((name.replace("_", " "), value) for name, value in counts.items()),
        ("load average start → end", f"{result['machine']['load_average_at_start']} → "
                                      f"{result['machine']['load_average_at_end']}"),
    ]  # fmt: skip
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")


def print_worker_log(log_path, characters=4000):
    if log_path.exists():
        print("worker log (end):", log_path.read_text(errors="replace")[-characters:], sep="\n")


def write_result(result):
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"certificates-{datetime.date.today().isoformat()}.json"
    path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def run(environment, run_id, load_at_start, log_path):
    course, enrolment_ids = prepare(run_id)
    nodename = f"certificates-bench-{run_id}@%h"
    worker = start_worker(environment, nodename, log_path)
    try:
        wait_for_worker(worker, nodename.replace("%h", socket.gethostname()))
        began = time.monotonic()
        deadline = began + TIMEOUT
        enqueue(enrolment_ids)
        enqueue_seconds = time.monotonic() - began
        wall = wait_until(lambda: ready(course).count() >= CERTIFICATES, worker, began, deadline)
        emails_sent = notifications_of(course).exclude(sent_at=None)
        sent_after = wait_until(lambda: emails_sent.count() >= CERTIFICATES, worker, began,
                                deadline)  # fmt: skip
    finally:
        stop_worker(worker)
    counts = count(course)
    timings_key = environment["BENCH_TIMINGS_KEY"]
    return {
        "benchmark": "certificates",
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "certificates": CERTIFICATES,
        "worker_concurrency": WORKER_CONCURRENCY,
        "broker": f"Redis db {REDIS_DB}",
        "enqueue_seconds": round(enqueue_seconds, 2),
        "wall_seconds": round(wall, 2) if wall is not None else None,
        "certificates_per_second": round(CERTIFICATES / wall, 1) if wall else None,
        "emails_sent_after_seconds": round(sent_after, 2) if sent_after is not None else None,
        "pdf_render_ms": milliseconds(worker_timings(timings_key, "pdf")),
        "task_ms": milliseconds(worker_timings(timings_key, "task")),
        "counts": counts,
        "machine": machine(load_at_start),
    }


def main():
    # A plain `kill` unwinds like Ctrl-C, so the worker is stopped in either case.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from learners.certificates.signing_keys import generate_pem

    load_at_start = [round(x, 2) for x in os.getloadavg()]
    ensure_services()
    create_database()
    run_id = secrets.token_hex(3)
    scratch = Path(tempfile.mkdtemp(prefix="wirkstatt-bench-certificates-"))
    log_path = scratch / "worker.log"
    environment = benchmark_environment(
        generate_pem(), scratch / "private", f"bench:certificates:{run_id}"
    )
    try:
        set_up_django(environment)
        flush_redis()
        try:
            result = run(environment, run_id, load_at_start, log_path)
        except Exception:
            print_worker_log(log_path)
            raise
        problems = check(result["counts"])
        result["ok"] = not problems
        print_table(result)
        print("results:", write_result(result).relative_to(ROOT))
        if problems:
            print("FAILED:", "; ".join(problems))
            print_worker_log(log_path)
            return 1
        print(f"OK: exactly {CERTIFICATES} certificates and {CERTIFICATES} e-mails")
        return 0
    finally:
        flush_redis()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("Interrupted; the worker was stopped.")
        sys.exit(130)
