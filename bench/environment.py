"""The environment every benchmark process shares: database, Redis, production settings.

The benchmark's own process and the gunicorn workers it starts read the same variables, so
a session created here is valid there and both talk to the same PostgreSQL and Redis.
"""

import os
import secrets
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv/bin/python"
REDIS_HOST = os.environ.get("REDIS_HOST", "127.0.0.1")
REDIS_PORT = int(os.environ.get("REDIS_PORT", 6379))


def redis_url(db):
    return f"redis://{REDIS_HOST}:{REDIS_PORT}/{db}"


def production_environment(database_url, cache_db, broker_db, **extra):
    """Variables for wirkstatt.settings.production on loopback, without TLS."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "wirkstatt.settings.production",
        "DATABASE_URL": database_url,
        "SECRET_KEY": os.environ.get("SECRET_KEY", secrets.token_urlsafe(50)),
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        # Links in e-mails and credentials; production requires https, nothing follows them here.
        "WAGTAILADMIN_BASE_URL": os.environ.get(
            "WAGTAILADMIN_BASE_URL", "https://wirkstatt.example"
        ),
        "SECURE_SSL_REDIRECT": "false",
        "REDIS_URL": redis_url(cache_db),
        "CELERY_BROKER_URL": redis_url(broker_db),
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        "LOG_LEVEL": "WARNING",
        # One address sends every request here; a partner site would not be this busy.
        "API_RATE": "1000000/m",
        **extra,
    }


def server_and_name(database_url):
    base, name = database_url.rsplit("/", 1)
    return base + "/postgres", name


def database_exists(database_url):
    import psycopg

    server, name = server_and_name(database_url)
    with psycopg.connect(server, autocommit=True) as connection:
        found = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        return found.fetchone() is not None


def create_database(database_url, drop_first=False):
    import psycopg

    server, name = server_and_name(database_url)
    with psycopg.connect(server, autocommit=True) as connection:
        if drop_first:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        found = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if not found.fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')


def set_up_django(environment):
    """Configure Django in this process with the benchmark's environment and migrate."""
    os.environ.update(environment)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def flush_redis(*dbs):
    import redis

    for db in dbs:
        redis.Redis(host=REDIS_HOST, port=REDIS_PORT, db=db).flushdb()
