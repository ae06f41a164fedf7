from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"
# Links that leave the request (e-mails, PDFs, credentials) use this address, never the
# test client's "testserver": a test that finds "testserver" in them has found a bug.
WAGTAILADMIN_BASE_URL = "https://wirkstatt.test"
OPENBADGES_ISSUER_URL = ""
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CELERY_TASK_ALWAYS_EAGER = True
# Messages land in mail.outbox at once; tests of the queue (tests/wirkstatt/test_outbox.py)
# switch EMAIL_BACKEND back to the outbox.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MAILER_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "private": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.database",
            "SEARCH_CONFIG": "simple",
        }
    }
# Tests serve static files from the finders; no collectstatic needed.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Local-memory cache in tests: the rate limit counts per process, which is what tests need.
SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "django_ratelimit.E003"]  # noqa: F405
