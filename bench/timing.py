"""Wall-clock time of pages rendered in this process, without a profiler: the median and
90th percentile of REQUESTS requests per path (after one warming request), against the
seeded benchmark database with production settings and the page cache off unless
PAGE_CACHE_SECONDS is set, as bench.hotspots.

    .venv/bin/python -m bench.timing "/de/search/?q=Energiespeicher" /de/
"""

import os
import statistics
import sys
import time

from bench.environment import production_environment, set_up_django
from bench.pages import CACHE_DB, DATABASE_URL

REQUESTS = int(os.environ.get("REQUESTS", 20))


def main(paths):
    set_up_django(
        production_environment(
            DATABASE_URL,
            CACHE_DB,
            broker_db=11,
            PAGE_CACHE_SECONDS=os.environ.get("PAGE_CACHE_SECONDS", "0"),
        )
    )
    from django.test import Client

    client = Client()
    if os.environ.get("SESSION"):
        client.cookies["sessionid"] = os.environ["SESSION"]
    for path in paths:
        client.get(path)
        times = []
        for _ in range(REQUESTS):
            began = time.perf_counter()
            response = client.get(path)
            times.append((time.perf_counter() - began) * 1000)
            assert response.status_code == 200, response.status_code
        times.sort()
        p90 = times[int(len(times) * 0.9) - 1]
        print(f"{path}: p50 {statistics.median(times):.1f} ms, p90 {p90:.1f} ms")


if __name__ == "__main__":
    main(sys.argv[1:])
