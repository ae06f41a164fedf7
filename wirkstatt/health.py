"""Liveness and readiness probe for load balancers: /healthz.

A web node can serve pages as long as it reaches its database: Redis is a cache (pages are
then worked out from the database) and the broker a queue (messages wait in the outbox).
So the answer is 503 only when the database is down; the state of each dependency is in the
JSON for monitoring ("status": "degraded" when the cache or the broker is down).
"""

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache


def database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except Exception:
        return False


def cache_ok():
    ping = getattr(cache, "ping", None)  # local memory, in development, is always there
    return ping is None or ping()


def broker_ok():
    from wirkstatt.celery import app

    try:
        with app.connection_for_write(settings.CELERY_BROKER_URL) as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
        return True
    except Exception:
        return False


def state(ok):
    return "ok" if ok else "error"


@never_cache
def healthz(request):
    checks = {"database": state(database_ok()), "cache": state(cache_ok())}
    if settings.CELERY_BROKER_URL:
        checks["broker"] = state(broker_ok())
    if checks["database"] != "ok":
        status = "error"
    elif all(value == "ok" for value in checks.values()):
        status = "ok"
    else:
        status = "degraded"
    return JsonResponse({"status": status, **checks}, status=503 if status == "error" else 200)
