"""What the benchmark ran on: hardware, load, and the versions of every moving part."""

import os
import platform
import socket
import sys
from pathlib import Path


def cpu_model():
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def memory_gb():
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return round(int(line.split()[1]) / 1024 / 1024, 1)
    return None


def postgresql_version():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return cursor.fetchone()[0]


def redis_version(host, port):
    import redis

    return redis.Redis(host=host, port=port).info("server")["redis_version"]


def describe(redis_host, redis_port, wrk):
    import django
    import gunicorn
    import wagtail

    return {
        "host": socket.gethostname(),
        "cores": os.cpu_count(),
        "cpu": cpu_model(),
        "memory_gb": memory_gb(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "kernel": platform.release(),
        "python": sys.version.split()[0],
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "gunicorn": gunicorn.__version__,
        "postgresql": postgresql_version(),
        "redis": redis_version(redis_host, redis_port),
        "load_generator": wrk,
    }
