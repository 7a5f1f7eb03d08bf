"""Django settings for Wholebody: one module, configured from environment variables.

Every value that changes between machines comes from the environment through the small typed
helpers below, which fail loudly on a malformed value instead of guessing.
"""

from __future__ import annotations

import os
import sys
import tempfile
import warnings
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

DEV_SECRET_KEY = "dev-only-insecure-secret-key-change-me-0123456789abcdefghijklmnop"


def envbool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false, 1/0, yes/no), got {raw!r}")


def envint(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, got {raw!r}") from None


def envlist(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def envstr(name: str, default: str) -> str:
    return os.environ.get(name, default)


TESTING = "pytest" in sys.modules or (len(sys.argv) > 1 and sys.argv[1] == "test")

DEBUG = envbool("DEBUG", False)
SECRET_KEY = envstr("SECRET_KEY", DEV_SECRET_KEY)
if not DEBUG and not TESTING and SECRET_KEY == DEV_SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is the development key while DEBUG is off. Set SECRET_KEY to a long random "
        "value (python -c 'import secrets; print(secrets.token_urlsafe(50))') or set DEBUG=true."
    )

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", [])


def _default_site_url() -> str:
    if DEBUG or TESTING:
        return "http://127.0.0.1:8000"
    host = ALLOWED_HOSTS[0] if ALLOWED_HOSTS else ""
    if not host or host.startswith(".") or "*" in host:
        raise ImproperlyConfigured(
            "Set SITE_URL (e.g. https://wholebody.example.com): links in emails are built from "
            "it, and ALLOWED_HOSTS does not name a single host to use instead."
        )
    return f"https://{host}"


# The address links in emails point to (password reset, invitations, reminders). Never taken from
# the request's Host header, whose port and name a client chooses.
SITE_URL = envstr("SITE_URL", "").rstrip("/") or _default_site_url()

TIME_ZONE = envstr("TIME_ZONE", "UTC")
try:
    ZoneInfo(TIME_ZONE)
except (ZoneInfoNotFoundError, ValueError):
    raise ImproperlyConfigured(f"TIME_ZONE is not a known IANA time zone: {TIME_ZONE!r}") from None

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "csp",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "tracker",
    "tracker.jobs",
    "tracker.reminders",
    "coaching",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # HTML compressed (whitenoise above serves static files pre-compressed). Django's
    # GZipMiddleware pads responses against BREACH since 4.2.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language from the address prefix (/it/...); UserLanguageMiddleware refines it.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # After auth and htmx: the user's language setting, else the browser's (see its docstring).
    "tracker.middleware.UserLanguageMiddleware",
    "tracker.middleware.UserTimezoneMiddleware",
    "tracker.middleware.LoginRedirectMiddleware",
    "tracker.middleware.PrivateCacheMiddleware",
    # Last, so throttled logins are answered before any view work.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "tracker.urls"
WSGI_APPLICATION = "tracker.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "tracker.context_processors.navigation",
            ],
            # partialdef/partial everywhere, as they are built in from Django 6.
            "builtins": ["template_partials.templatetags.partials"],
        },
    },
]

# Database: SQLite by default, tuned for several concurrent writers; DATABASE_URL switches to
# PostgreSQL (or anything dj-database-url understands).
DATABASE_URL = envstr("DATABASE_URL", "")
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL, conn_max_age=envint("DB_CONN_MAX_AGE", 60), conn_health_checks=True
        )
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": envstr("SQLITE_PATH", str(BASE_DIR / "db.sqlite3")),
            "OPTIONS": {
                # IMMEDIATE takes the write lock at BEGIN, so concurrent writers queue on the busy
                # timeout instead of failing with "database is locked" on lock upgrade.
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                    "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=20000;"
                ),
            },
        }
    }

if TESTING and DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # A file, not Django's in-memory default: the job tests start real worker processes, which
    # must see the test database (pytest-django adds a per-xdist-worker suffix to the name).
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / ".test-db.sqlite3")}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "tracker.User"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
if TESTING:
    # Argon2 is deliberately slow; tests create many users.
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "login"
# Athletes; coaches land on their roster (tracker.views.accounts.LoginView).
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "landing"

# Login throttling: 5 failures per username+IP lock that pair for 15 minutes.
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_FORM_FIELD = "username"
# One counter per account: login matches emails case-insensitively, so "Victim@x" and "VICTIM@x"
# must count against the same lock as "victim@x".
AXES_USERNAME_CALLABLE = "tracker.auth.axes_username"
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_ENABLED = envbool("AXES_ENABLED", True)
# Behind N reverse proxies the client's address is in X-Forwarded-For; without this, every login
# would share the proxy's address and one person could lock others out.
AXES_IPWARE_PROXY_COUNT = envint("AXES_PROXY_COUNT", 0) or None
# Right-most: trust only the addresses our own proxies appended, not ones a client made up.
AXES_IPWARE_PROXY_ORDER = "right-most"
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if AXES_IPWARE_PROXY_COUNT else ["REMOTE_ADDR"]
)

LANGUAGE_CODE = "en"
USE_I18N = True
# The interface languages (issue 15). Catalogues live in locale/<code>/LC_MESSAGES and are
# compiled by `make setup`; units stay the user's setting, independent of the language.
LANGUAGES = [
    ("en", "English"),
    ("it", "Italiano"),
    ("es", "Español"),
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("pt", "Português"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Named date formats per language ("9 Mar 2026", "9. März 2026"): tracker/formats/<code>/.
FORMAT_MODULE_PATH = ["tracker.formats"]
# The visitor's choice from the language switcher, kept for a year; secure like the other cookies.
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
USE_TZ = True

# Development and tests serve static files from the finders; no collected STATIC_ROOT yet.
warnings.filterwarnings("ignore", message="No directory at", module="whitenoise.base")

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
# Uploads kept between requests (an import waiting for its date order, an Apple Health export
# waiting for the worker) go to the default storage. With several app servers and workers it
# must be shared: a common volume at MEDIA_ROOT, or an object store backend.
MEDIA_ROOT = Path(envstr("MEDIA_ROOT", str(BASE_DIR / "media")))

# Progress photos: private files, read only through views that check the viewer (never served by
# URL). A local folder outside static/ by default; PHOTO_STORAGE=s3 stores them in any
# S3-compatible bucket through django-storages (README "Progress photos"), which every app
# server of a multi-server deployment then shares.
PHOTO_STORAGE = envstr("PHOTO_STORAGE", "local")
if PHOTO_STORAGE == "s3":
    PHOTO_STORAGE_CONFIG: dict[str, object] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": envstr("PHOTO_S3_BUCKET", ""),
            "endpoint_url": envstr("PHOTO_S3_ENDPOINT_URL", "") or None,
            "region_name": envstr("PHOTO_S3_REGION", "") or None,
            "access_key": envstr("PHOTO_S3_ACCESS_KEY_ID", ""),
            "secret_key": envstr("PHOTO_S3_SECRET_ACCESS_KEY", ""),
            "location": "progress-photos",
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
elif PHOTO_STORAGE == "local":
    PHOTO_STORAGE_CONFIG = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {
            "location": envstr(
                "PHOTO_ROOT",
                # Tests write to a throwaway folder per process (xdist workers included).
                str(Path(tempfile.gettempdir()) / f"wholebody-test-photos-{os.getpid()}")
                if TESTING
                else str(BASE_DIR / "private" / "photos"),
            ),
            "base_url": "/no-public-url/",  # never linked: photos go through views only
            "file_permissions_mode": 0o600,
            "directory_permissions_mode": 0o700,
        },
    }
else:
    raise ImproperlyConfigured("PHOTO_STORAGE must be 'local' or 's3'.")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "photos": PHOTO_STORAGE_CONFIG,
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Email: console in development; SMTP when EMAIL_HOST is set.
EMAIL_HOST = envstr("EMAIL_HOST", "")
EMAIL_PORT = envint("EMAIL_PORT", 587)
EMAIL_HOST_USER = envstr("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = envstr("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", True)
EMAIL_BACKEND = envstr(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend",
)
DEFAULT_FROM_EMAIL = envstr("DEFAULT_FROM_EMAIL", "Wholebody <noreply@wholebody.local>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Caches: local memory by default; REDIS_URL shares the cache between app servers. Nothing relies
# on it for correctness (the myth vocabulary cache is keyed by a fingerprint read from the
# database, so an admin edit reaches every server either way).
REDIS_URL = envstr("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Security. Strict CSP: scripts and styles only from our own origin, no inline scripts.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Database sessions, loaded with one plain query (tracker/sessions.py).
SESSION_ENGINE = "tracker.sessions"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True  # no script reads it: htmx gets the token from hx-headers on <body>
SESSION_COOKIE_SECURE = not DEBUG and not TESTING
LANGUAGE_COOKIE_SECURE = not DEBUG and not TESTING
CSRF_COOKIE_SECURE = not DEBUG and not TESTING
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", not DEBUG and not TESTING)
# Trust X-Forwarded-Proto only when a proxy that sets it sits in front (otherwise any client could
# claim HTTPS): on when AXES_PROXY_COUNT says there is a proxy, or set SECURE_PROXY_SSL_HEADER.
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https")
    if envbool("SECURE_PROXY_SSL_HEADER", AXES_IPWARE_PROXY_COUNT is not None)
    else None
)
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", not DEBUG)

# Uploads: bounded so a huge request is refused before it is parsed.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Largest file the import pages accept (bigger uploads stream to a temporary file first, then
# get a message naming the size). See tracker/importers/limits.py for the other import limits.
IMPORT_MAX_UPLOAD_BYTES = envint("IMPORT_MAX_UPLOAD_BYTES", 50 * 1024 * 1024)
IMPORT_MAX_APPLE_HEALTH_BYTES = envint("IMPORT_MAX_APPLE_HEALTH_BYTES", 2048 * 1024 * 1024)
# Each upload is parsed in a child process with this much memory (beyond the worker's own) and
# wall-clock time; past either the athlete gets a message and the worker is unaffected. The
# time stays under gunicorn's 30 s worker timeout. IMPORT_PARSE_IN_CHILD=false parses in the
# worker itself, without a budget (only for platforms without fork).
IMPORT_PARSE_MEMORY_MB = envint("IMPORT_PARSE_MEMORY_MB", 512)
IMPORT_PARSE_SECONDS = envint("IMPORT_PARSE_SECONDS", 20)
IMPORT_PARSE_IN_CHILD = envbool("IMPORT_PARSE_IN_CHILD", True)
# The size limit is enforced while the file streams in, not after it is stored in full.
FILE_UPLOAD_HANDLERS = [
    "tracker.uploads.SizeLimitUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]

# Background jobs: Django's tasks API (the django-tasks backport of Django 6's django.tasks) on
# the database backend, so jobs need no service beyond the database. Workers are
# `manage.py run_worker` processes (see tracker/jobs/); any number, on any machine.
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
    }
}
# A worker writes a heartbeat this often; a RUNNING job whose worker has been silent for
# JOBS_WORKER_STALE_SECONDS is put back in the queue (its worker crashed or its machine died).
JOBS_HEARTBEAT_SECONDS = envint("JOBS_HEARTBEAT_SECONDS", 5)
JOBS_WORKER_STALE_SECONDS = envint("JOBS_WORKER_STALE_SECONDS", 60)
# A job whose workers died this many times is marked failed instead of being tried again.
JOBS_MAX_ATTEMPTS = envint("JOBS_MAX_ATTEMPTS", 3)
if JOBS_WORKER_STALE_SECONDS <= 2 * JOBS_HEARTBEAT_SECONDS:
    raise ImproperlyConfigured(
        "JOBS_WORKER_STALE_SECONDS must be more than twice JOBS_HEARTBEAT_SECONDS, or live "
        "workers' jobs would be taken from them."
    )

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": envstr("LOG_LEVEL", "INFO")},
    "loggers": {"axes": {"level": "WARNING"}},
}
