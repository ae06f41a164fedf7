"""The language of an answer: ``?lang=`` where given, else the request's ``Accept-Language``
(Django's LocaleMiddleware has activated it), falling back to German like the site."""

from contextlib import contextmanager

from django.utils import translation


@contextmanager
def answering_in(lang, response):
    """Activate lang (or the request's language) and say it in ``Content-Language``."""
    language_code = lang or translation.get_language()
    with translation.override(language_code):
        response["Content-Language"] = language_code
        yield language_code
