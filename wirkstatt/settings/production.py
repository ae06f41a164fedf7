import os

from django.core.exceptions import ImproperlyConfigured

from wirkstatt.error_reports import admins_from, start_sentry
from wirkstatt.links import site_address

from .base import *  # noqa: F403

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable.")
# Links in e-mails, PDFs, QR codes and credentials: the public https address, no default.
WAGTAILADMIN_BASE_URL = site_address(os.environ.get("WAGTAILADMIN_BASE_URL", ""))

DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o]

# PostgreSQL full-text search; the configuration must exist in PostgreSQL ("simple"
# works for every language, stemming needs one configuration per language).
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": os.environ.get("SEARCH_CONFIG", "simple"),
    }
}

# The bare view bench/pages.py compares every page with; off unless a benchmark asks for it.
BENCHMARK_BASELINE = os.environ.get("BENCHMARK_BASELINE", "false").lower() == "true"

# Sessions are read from the shared Redis cache and written through to PostgreSQL, which
# still has them when Redis restarts: one query less on every signed-in request.
if REDIS_URL:  # noqa: F405
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Whole-page cache for anonymous visitors; it needs the shared Redis cache.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 300 if REDIS_URL else 0))  # noqa: F405

LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "INFO")  # noqa: F405

# Server errors reach someone (wirkstatt/error_reports.py): an e-mail to ADMINS
# ("Ops <ops@example.org>, …") through the mail queue, and Sentry when SENTRY_DSN is set.
ADMINS = admins_from(os.environ.get("ADMINS", ""))
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)  # noqa: F405
if os.environ.get("SENTRY_DSN"):
    start_sentry(os.environ["SENTRY_DSN"], os.environ.get("SENTRY_ENVIRONMENT", "production"))
