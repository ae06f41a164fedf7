"""Wall-clock time of pages rendered in this process, without a profiler: the median and
90th percentile of REQUESTS requests per path (after one warming request), against the
seeded benchmark database with production settings and the page cache off unless
PAGE_CACHE_SECONDS is set, as bench.hotspots.

    .venv/bin/python -m bench.timing "/de/search/?q=Energiespeicher" /de/
    MISS=1 .venv/bin/python -m bench.timing "/de/search/?q=Energiespeicher"

MISS=1 measures what a page costs when the whole-page cache misses in production: the page
cache is on (PAGE_CACHE_SECONDS 300 unless set), so the data shared by every visitor
(``wirkstatt.caching.page_cache.shared_values``) stays warm, but every request carries a
query parameter of its own and is therefore rendered (and stored) anew.
"""

import itertools
import os
import secrets
import statistics
import sys
import time

from bench.environment import production_environment, set_up_django
from bench.pages import CACHE_DB, DATABASE_URL

REQUESTS = int(os.environ.get("REQUESTS", 20))
MISS = os.environ.get("MISS") == "1"
MISS_PARAMETER = "bench-miss"
RUN = secrets.token_hex(4)


def main(paths):
    set_up_django(
        production_environment(
            DATABASE_URL,
            CACHE_DB,
            broker_db=11,
            PAGE_CACHE_SECONDS=os.environ.get("PAGE_CACHE_SECONDS", "300" if MISS else "0"),
        )
    )
    from django.test import Client

    client = Client()
    if os.environ.get("SESSION"):
        client.cookies["sessionid"] = os.environ["SESSION"]
    numbers = itertools.count()
    for path in paths:
        client.get(requested(path, numbers))
        times = []
        for _ in range(REQUESTS):
            url = requested(path, numbers)
            began = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - began) * 1000)
            assert response.status_code == 200, response.status_code
            assert response.get("X-Page-Cache") != "hit", "served from the page cache"
        times.sort()
        p90 = times[int(len(times) * 0.9) - 1]
        mode = " (page cache miss, shared values warm)" if MISS else ""
        print(f"{path}{mode}: p50 {statistics.median(times):.1f} ms, p90 {p90:.1f} ms")


def requested(path, numbers):
    """The path, made unique with MISS=1 so the whole-page cache never has it (not even
    from an earlier run)."""
    if not MISS:
        return path
    separator = "&" if "?" in path else "?"
    return f"{path}{separator}{MISS_PARAMETER}={RUN}-{next(numbers)}"


if __name__ == "__main__":
    main(sys.argv[1:])
