"""One flat settings module. Everything a user may change comes from the environment."""

from __future__ import annotations

import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from nettverk.home import data_home, database_settings, secret_key
from nettverk.lib.env import env_bool, env_int, env_list

PACKAGE_DIR = Path(__file__).resolve().parent
HOME = data_home()

SECRET_KEY = secret_key(HOME)
DEBUG = env_bool("NETTVERK_DEBUG")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", *env_list("NETTVERK_ALLOWED_HOSTS")]
CSRF_TRUSTED_ORIGINS = env_list("NETTVERK_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "ninja",
    "nettverk.accounts",
    "nettverk.arenas",
    "nettverk.contacts",
    "nettverk.interactions",
    "nettverk.dashboard",
    "nettverk.ask",
    "nettverk.relationships",
    "nettverk.goals",
    "nettverk.imports",
    "nettverk.dedupe",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "nettverk.accounts.middleware.UserLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "nettverk.urls"
WSGI_APPLICATION = "nettverk.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {"default": database_settings(HOME, os.environ.get("DATABASE_URL"))}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "dashboard:home"
LOGOUT_REDIRECT_URL = "accounts:login"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("sv", _("Swedish")), ("nb", _("Norwegian Bokmål"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("NETTVERK_TIME_ZONE", "Europe/Oslo")

STATIC_URL = "/static/"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
# Served straight from the installed packages: a pip-installed app has no collectstatic step.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True

# Large enough for a real address book export, small enough that a runaway upload is refused.
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("NETTVERK_MAX_UPLOAD_BYTES", 64 * 1024 * 1024)

EMAIL_HOST = os.environ.get("NETTVERK_SMTP_HOST", "localhost")
EMAIL_PORT = env_int("NETTVERK_SMTP_PORT", 25)
EMAIL_HOST_USER = os.environ.get("NETTVERK_SMTP_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("NETTVERK_SMTP_PASSWORD", "")
EMAIL_USE_TLS = env_bool("NETTVERK_SMTP_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("NETTVERK_FROM_EMAIL", "nettverk@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
