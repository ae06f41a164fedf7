"""Where an enrolment POST spends its time: cProfile over REQUESTS bookings, each by a
different learner into a session they hold no enrolment for, against the seeded database
with production settings (as bench.hotspots does for pages). The bookings are removed
afterwards. Its SQL queries are counted in tests/test_query_counts.py.

    .venv/bin/python -m bench.hotspots_enrol
"""

import cProfile
import os

from bench.environment import production_environment, set_up_django
from bench.hotspots import PROJECT_APPS, REQUESTS, TOP
from bench.pages import CACHE_DB, DATABASE_URL, enrolment_pairs, signed_in_cookies
from bench.seed import reset_to_seeded_state


def post(client, cookie, session_id):
    client.cookies.clear()
    client.cookies["sessionid"] = cookie
    response = client.post(f"/de/sessions/{session_id}/enrol/")
    if response.status_code != 302 or "/login/" in response["Location"]:
        raise SystemExit(f"Enrolment POST answered {response.status_code}")


def main():
    import pstats

    from django.test import Client

    set_up_django(
        production_environment(
            DATABASE_URL,
            CACHE_DB,
            broker_db=11,
            PAGE_CACHE_SECONDS=os.environ.get("PAGE_CACHE_SECONDS", "300"),
        )
    )
    pairs = enrolment_pairs(REQUESTS + 2)
    cookies = signed_in_cookies([learner for learner, _ in pairs])
    bookings = [(cookie, session) for (_, session), cookie in zip(pairs, cookies, strict=True)]
    client = Client()  # one, as a server worker loads the middleware once
    try:
        post(client, *bookings[0])  # warm up
        post(client, *bookings[1])
        profiler = cProfile.Profile()
        profiler.enable()
        for booking in bookings[2:]:
            post(client, *booking)
        profiler.disable()
        stats = pstats.Stats(profiler)
        print(f"\n=== enrolment POST: {stats.total_tt / REQUESTS * 1000:.1f} ms per request")
        stats.sort_stats("tottime").print_stats(TOP)
        stats.sort_stats("cumulative").print_stats("|".join(PROJECT_APPS), TOP)
    finally:
        reset_to_seeded_state()


if __name__ == "__main__":
    main()
