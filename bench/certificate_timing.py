"""Timings from inside the benchmark's Celery worker, without touching app code.

bench/certificates.py starts the worker with ``--include bench.certificate_timing``. Celery
imports this module after Django is set up and before it forks the pool, so every pool
process renders through the wrapper below. Each PDF rendering and each ``issue_certificate``
task pushes its duration in seconds onto a Redis list that the benchmark reads afterwards:
``<BENCH_TIMINGS_KEY>:pdf`` and ``<BENCH_TIMINGS_KEY>:task``. Without ``BENCH_TIMINGS_URL``
the module does nothing.
"""

import functools
import os
import time

from celery.signals import task_postrun, task_prerun

TIMINGS_URL = os.environ.get("BENCH_TIMINGS_URL", "")
TIMINGS_KEY = os.environ.get("BENCH_TIMINGS_KEY", "bench:certificates")
TIMED_TASK = "learners.tasks.issue_certificate"


@functools.cache
def redis_client(pid):
    # One connection per pool process: a socket opened before the fork must not be shared.
    import redis

    return redis.Redis.from_url(TIMINGS_URL)


def record(kind, seconds):
    redis_client(os.getpid()).rpush(f"{TIMINGS_KEY}:{kind}", f"{seconds:.6f}")


def timed_pdf_rendering(render):
    @functools.wraps(render)
    def wrapper(*args, **kwargs):
        began = time.perf_counter()
        pdf = render(*args, **kwargs)
        record("pdf", time.perf_counter() - began)
        return pdf

    return wrapper


_task_starts = {}


def task_started(task_id=None, task=None, **kwargs):
    if task is not None and task.name == TIMED_TASK:
        _task_starts[task_id] = time.perf_counter()


def task_finished(task_id=None, task=None, state=None, **kwargs):
    began = _task_starts.pop(task_id, None)
    if began is not None and state == "SUCCESS":
        record("task", time.perf_counter() - began)


def install():
    # prepare_documents imports render_certificate_pdf from this module on every call,
    # so replacing the module's attribute is enough.
    from learners.certificates import pdf as certificate_pdf

    certificate_pdf.render_certificate_pdf = timed_pdf_rendering(
        certificate_pdf.render_certificate_pdf
    )
    task_prerun.connect(task_started, weak=False)
    task_postrun.connect(task_finished, weak=False)


if TIMINGS_URL:
    install()
