"""Django's LocaleMiddleware, without its redirect for the addresses outside the language
prefixes that answer 404 themselves (the API).

For a 404 outside the prefixes, Django redirects to the same path under the language
prefix where that path would resolve, and Wagtail's catch-all page pattern resolves every
path ending in a slash: ``/api/v1/courses/<unknown>`` would become a redirect to a page
``/de/api/v1/courses/<unknown>/`` instead of the API's own 404."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

#: Paths whose 404 is an answer, not a missing language prefix.
OWN_NOT_FOUND = ("/api/",)


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(OWN_NOT_FOUND):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", get_language())
            return response
        return super().process_response(request, response)
