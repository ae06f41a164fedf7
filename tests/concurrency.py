"""Running jobs at the same moment, each in its own thread and database connection, for the
PostgreSQL race tests."""

import threading

import pytest
from django.db import connection, connections


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("Row locks are tested on PostgreSQL (make test-postgres, run in CI)")


def race(jobs):
    """Run every job at the same moment in its own thread and database connection."""
    barrier = threading.Barrier(len(jobs))
    errors, results = [], [None] * len(jobs)

    def run(index, job):
        try:
            barrier.wait()
            results[index] = job()
        except Exception as error:  # collected and asserted by the caller
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results, errors
