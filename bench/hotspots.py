"""Where a page spends its time: cProfile over a few requests, in this process.

Uses the seeded benchmark database (run make bench once first) with production settings and
the Redis cache, and Django's test client, so no server is involved. Prints, per page, the
slowest SQL queries of one request, the functions with the most time of their own and the
project's functions with the most time in total (cumulative), as input for the next
optimisation step. The whole-page cache is off (PAGE_CACHE_SECONDS=0, unless set), so the
figures show what rendering a page costs.

    .venv/bin/python -m bench.hotspots                      # every page
    .venv/bin/python -m bench.hotspots /de/ /de/kurse/      # some paths
    REQUESTS=20 TOP=25 .venv/bin/python -m bench.hotspots
"""

import cProfile
import os
import pstats
import sys

from bench.environment import production_environment, set_up_django
from bench.pages import CACHE_DB, DATABASE_URL, endpoints
from bench.seed import reset_to_seeded_state

REQUESTS = int(os.environ.get("REQUESTS", 10))
TOP = int(os.environ.get("TOP", 15))
PROJECT_APPS = ("courses/", "home/", "learners/", "search/", "wirkstatt/")


def profile(path, cookies):
    from django.test import Client

    client = Client()
    client.cookies.load(cookies)
    client.get(path)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(REQUESTS):
        client.get(path)
    profiler.disable()
    return pstats.Stats(profiler)


def slowest_queries(path, cookies, count=5):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.cookies.load(cookies)
    client.get(path)
    with CaptureQueriesContext(connection) as context:
        client.get(path)
    queries = sorted(context.captured_queries, key=lambda q: float(q["time"]), reverse=True)
    total = sum(float(q["time"]) for q in queries)
    print(f"--- SQL: {len(queries)} queries, {total * 1000:.0f} ms; the slowest:")
    for query in queries[:count]:
        sql = query["sql"]
        shown = sql if len(sql) <= 500 else f"{sql[:150]} … {sql[-350:]}"
        print(f"{float(query['time']) * 1000:8.1f} ms  {shown}")


def print_top(stats, title):
    print(f"\n=== {title}: {stats.total_tt / REQUESTS * 1000:.1f} ms per request (profiled)")
    stats.sort_stats("tottime").print_stats(TOP)
    print(f"--- project functions by cumulative time ({title})")
    stats.sort_stats("cumulative").print_stats("|".join(PROJECT_APPS), TOP)


def main(paths):
    environment = production_environment(
        DATABASE_URL,
        CACHE_DB,
        broker_db=11,
        BENCHMARK_BASELINE="true",
        PAGE_CACHE_SECONDS=os.environ.get("PAGE_CACHE_SECONDS", "0"),
    )
    set_up_django(environment)
    pages = [e for e in endpoints() if e.method == "GET"]
    if paths:
        pages = [e for e in pages if e.path in paths] or [
            type(pages[0])(path, path, None) for path in paths
        ]
    try:
        for endpoint in pages:
            print_top(profile(endpoint.path, endpoint.cookies), f"{endpoint.name} {endpoint.path}")
            slowest_queries(endpoint.path, endpoint.cookies)
    finally:
        reset_to_seeded_state()


if __name__ == "__main__":
    main(sys.argv[1:])
