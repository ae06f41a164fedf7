"""Settings shared by every environment. Secrets and service URLs come from the environment."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy

from wirkstatt import content_policy

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "wirkstatt",
    "home",
    "courses",
    "learners",
    "search",
    "api",
    "allauth",
    "allauth.account",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "ninja",
    "corsheaders",
    # Django's own admin has no URL (everything is managed in Wagtail's admin). The app stays
    # for its table of past admin actions: Django deletes a user's rows there with the user,
    # as the table's foreign key requires.
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    # The templates of /sitemap.xml (home/sitemap.py, on Wagtail's and Django's sitemaps).
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "wirkstatt.client_address.ClientAddressMiddleware",
    # Outside the page cache, so that answers from it get the headers and the 304 too.
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    # Outside the page cache, so that pages served from it get the headers too.
    "wirkstatt.content_policy.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "wirkstatt.caching.page_cache.UpdatePageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "wirkstatt.i18n.middleware.LocaleMiddleware",
    "wirkstatt.request_guard.RequestGuardMiddleware",
    "wirkstatt.caching.page_cache.FetchFromPageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "learners.accounts.backends.RenamedBackendsMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The admin in the user's own language where Wagtail's account setting is empty.
    "learners.accounts.admin_language.AdminLanguageMiddleware",
    "wirkstatt.caching.private_pages.PrivatePagesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "learners.pupils.middleware.PupilAccountPagesMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: a page from its stored skeleton needs the user, the messages and the CSRF token.
    "wirkstatt.caching.personal_parts.PersonalPartsMiddleware",
]

ROOT_URLCONF = "wirkstatt.urls"

CONTENT_SECURITY_POLICY = {"DIRECTIVES": content_policy.PUBLIC_POLICY}
PERMISSIONS_POLICY = content_policy.PERMISSIONS_POLICY

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "wirkstatt.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Parameters sent apart from the statement, and a statement a connection has run
    # PREPARE_THRESHOLD times prepared on the server: PostgreSQL then neither parses nor
    # plans it again: a learner's bookings of a course took 0.30 ms a query, 0.16 prepared
    # (planning it cost more than running it). Needs a connection of its own:
    # PREPARE_THRESHOLD=off behind a pooler in transaction mode.
    _prepare_threshold = os.environ.get("PREPARE_THRESHOLD", "5").strip().lower()
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        server_side_binding=True,
        prepare_threshold=None if _prepare_threshold == "off" else int(_prepare_threshold),
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "learners.User"
# ModelBackend first: it is the default of the test client's force_login(). Pupils log in
# with class code, pseudonym and password (learners/pupils/backends.py); a failed pupil
# login stops there, before allauth's backend.
AUTHENTICATION_BACKENDS = [
    "learners.accounts.backends.ModelBackend",
    "learners.pupils.backends.PupilBackend",
    "learners.accounts.backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: German is the default and the fallback for untranslated content.
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "English"),
    ("pl", "Polski"),
    ("cs", "Čeština"),
    ("hsb", "Hornjoserbsce"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Berlin"

WAGTAIL_I18N_ENABLED = True
# The admin names a page's language in the admin's own language ("German" in the English
# admin); the site's language switcher names each language in itself (LANGUAGES).
WAGTAIL_CONTENT_LANGUAGES = [
    ("de", gettext_lazy("German")),
    ("en", gettext_lazy("English")),
    ("pl", gettext_lazy("Polish")),
    ("cs", gettext_lazy("Czech")),
    ("hsb", gettext_lazy("Upper Sorbian")),
]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_GRAVATAR_PROVIDER_URL = None

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Certificates hold personal data: they live outside MEDIA_ROOT and are only handed out
# by views that check who is asking.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
}

WAGTAIL_SITE_NAME = "Wirkstatt"
# The site's public address: every link that leaves a request (e-mails, PDFs, QR codes,
# credentials, Wagtail's own e-mails) starts with it (wirkstatt/links.py). Production
# requires an https address; development defaults to where `make run` serves.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "")
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Whole public pages for visitors who are not signed in (wirkstatt/caching/page_cache.py), kept this
# many seconds at most; 0 turns the page cache off. Needs a cache all web processes share.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 0))

# Caches: Redis when REDIS_URL is set, local memory otherwise.
REDIS_URL = os.environ.get("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "wirkstatt.caching.redis.PooledClientRedisCache",
            "LOCATION": REDIS_URL,
            # Redis answers in a millisecond; when it does not, pages are served without it
            # (wirkstatt/caching/redis.py), and it is tried again after RETRY_AFTER seconds.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1},
            "RETRY_AFTER": 5,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Celery: without a broker, tasks run eagerly in process.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    # Messages that could not be queued or sent are retried every minute.
    "send-pending-notifications": {
        "task": "learners.tasks.send_pending_notifications",
        "schedule": 60.0,
    },
    "expire-guardian-consents": {
        "task": "learners.tasks.expire_guardian_consents",
        "schedule": 60.0 * 15,
    },
    "send-session-reminders": {
        "task": "learners.tasks.send_session_reminders",
        "schedule": 60.0 * 15,
    },
    "issue-missing-certificates": {
        "task": "learners.tasks.issue_missing_certificates",
        "schedule": 60.0 * 10,
    },
    "apply-pupil-retention": {
        "task": "learners.tasks.apply_pupil_retention",
        "schedule": 60.0 * 60,
    },
    # E-mails queued while the broker was down, and those the mail server deferred.
    "send-queued-mail": {"task": "wirkstatt.mail.tasks.send_queued_mail", "schedule": 60.0},
    "retry-deferred-mail": {
        "task": "wirkstatt.mail.tasks.retry_deferred_mail",
        "schedule": 60.0 * 10,
    },
    "purge-mail-log": {"task": "wirkstatt.mail.tasks.purge_mail_log", "schedule": 60.0 * 60 * 24},
}

# Every e-mail is queued in the database and delivered by Celery (wirkstatt/mail/outbox.py,
# django-mailer); the environment's EMAIL_BACKEND says how it is delivered.
INSTALLED_APPS += ["mailer"]
EMAIL_BACKEND = "wirkstatt.mail.outbox.OutboxBackend"
MAILER_EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
MAILER_USE_FILE_LOCK = False  # each message is locked in the database while it is sent
MAILER_EMAIL_MAX_RETRIES = 144  # every ten minutes for a day, then a person looks
MAILER_EMAIL_LOG_MESSAGE_DATA = False  # no password-reset links or personal data kept
MAIL_LOG_DAYS = 30
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Wirkstatt <noreply@wirkstatt.example>")
# SMTP, used when EMAIL_BACKEND is django.core.mail.backends.smtp.EmailBackend.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", 25))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "false").lower() == "true"
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", 30))

# Upper bound of a search query; longer input is cut with a notice.
SEARCH_QUERY_MAX_LENGTH = 200
CATALOGUE_PAGE_SIZE = 12

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
FORMAT_MODULE_PATH = ["wirkstatt.formats"]

# Accounts (django-allauth): learners sign in with their e-mail address, verified.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "my_learning"

# Sign-up collects the profile; the adapter derives usernames from e-mail addresses (nobody
# sees them), sends allauth's e-mails in the recipient's language and logs out to the home
# page in the current language. ACCOUNT_FORMS are allauth's forms in our words (and our
# catalogues). allauth's rate limits (ACCOUNT_RATE_LIMITS) stay at their defaults. One
# e-mail address per account: changing it replaces the old one once the new one is
# confirmed; password and address changes are notified by e-mail.
ACCOUNT_SIGNUP_FORM_CLASS = "learners.accounts.adapter.SignupForm"
ACCOUNT_ADAPTER = "learners.accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {
    "login": "learners.accounts.forms.LoginForm",
    "signup": "learners.accounts.forms.SignupForm",
    "reauthenticate": "learners.accounts.forms.ReauthenticateForm",
    "reset_password": "learners.accounts.forms.ResetPasswordForm",
    "reset_password_from_key": "learners.accounts.forms.ResetPasswordKeyForm",
    "change_password": "learners.accounts.forms.ChangePasswordForm",
    "set_password": "learners.accounts.forms.SetPasswordForm",
    "add_email": "learners.accounts.forms.AddEmailForm",
}
ACCOUNT_USER_DISPLAY = "learners.accounts.adapter.user_display"
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_EMAIL_NOTIFICATIONS = True

# Certificates as Open Badges 3.0 credentials (learners/certificates/credentials.py): the issuing
# organisation named in every credential and in the public issuer profile, and the RSA
# key that signs them (PEM text, or a file). Without either, DEBUG generates a key into
# OPENBADGES_DEV_KEY_FILE; production refuses (check --deploy: learners.E101).
OPENBADGES_ISSUER_NAME = os.environ.get(
    "OPENBADGES_ISSUER_NAME", "Wirkstatt – Innovationsnetzwerk Oberlausitz"
)
OPENBADGES_ISSUER_URL = os.environ.get("OPENBADGES_ISSUER_URL", "")  # empty: the site's address
OPENBADGES_ISSUER_EMAIL = os.environ.get("OPENBADGES_ISSUER_EMAIL", "")
OPENBADGES_SIGNING_KEY = os.environ.get("OPENBADGES_SIGNING_KEY", "")
OPENBADGES_SIGNING_KEY_FILE = os.environ.get("OPENBADGES_SIGNING_KEY_FILE", "")
OPENBADGES_DEV_KEY_FILE = BASE_DIR / "private" / "openbadges-signing-key.pem"

# The public verification page counts lookups per client address (django-ratelimit) so
# that codes cannot be enumerated.
INSTALLED_APPS += ["django_ratelimit"]
CERTIFICATE_LOOKUP_RATE = os.environ.get("CERTIFICATE_LOOKUP_RATE", "30/m")

# The public API (api/): requests per client address, beyond which it answers 429; the
# answers from the page cache do not count, so a partner site polling every minute never
# meets it. Read-only for every origin, with the headers a client needs to revalidate.
API_RATE = os.environ.get("API_RATE", "120/m")
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_HEADERS = ["accept", "accept-language", "if-none-match"]
CORS_EXPOSE_HEADERS = ["Content-Language", "ETag", "Retry-After"]
CORS_PREFLIGHT_MAX_AGE = 86400
# Behind a reverse proxy: its addresses (IPs or networks, comma-separated). Requests from
# them carry the visitor's address in X-Forwarded-For, which then counts for allauth's and
# django-ratelimit's limits and the logs (wirkstatt/client_address.py); from anywhere else
# the header is ignored.
TRUSTED_PROXIES = [p for p in os.environ.get("TRUSTED_PROXIES", "").split(",") if p.strip()]
# django-ratelimit knows django-redis by name only; Django's own RedisCache is shared and
# increments atomically, which is all it needs.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]

# The most pupils a teacher can book into a session as one class (learners/schools/services.py).
SCHOOL_CLASS_MAX_PUPILS = 40
# Pupils' accounts and progress are deleted this many days after their class's last
# session; joining and logging in with a class code is rate limited per address.
PUPIL_RETENTION_DAYS = int(os.environ.get("PUPIL_RETENTION_DAYS", 30))
PUPIL_JOIN_RATE = os.environ.get("PUPIL_JOIN_RATE", "10/m")
# Wrong logins in a row after which a pupil's account is locked until the teacher gives a
# new password (learners/pupils/lockout.py): a picture password has only 729 orders.
PUPIL_LOCK_AFTER = int(os.environ.get("PUPIL_LOCK_AFTER", 10))
