"""Version 1 of the public API: read-only, no sign-in, JSON, documented by the OpenAPI 3.1
document django-ninja generates from the code (``/api/v1/openapi.json``).

Errors are RFC 9457 problem details in the reader's language; every address is limited in
requests per minute (``API_RATE``), answered with 429 and ``Retry-After`` beyond it. Public
answers come from the site's page cache like its pages (``wirkstatt.caching.page_cache``),
with an ``ETag`` that a client sends back to get 304; CORS is open for reading
(``CORS_URLS_REGEX``)."""

from django.conf import settings
from django.http import Http404
from django.utils.translation import gettext as _
from django_ratelimit.core import get_usage
from ninja import NinjaAPI
from ninja.errors import Throttled, ValidationError
from ninja.throttling import BaseThrottle

from api import certificates, courses, vocabularies
from api.problems import MEDIA_TYPE, problem

RATE_GROUP = "api"


def api_rate(group, request):
    return settings.API_RATE


class RatePerAddress(BaseThrottle):
    """django-ratelimit's count per client address, as the site's other limits."""

    def allow_request(self, request):
        usage = get_usage(request, group=RATE_GROUP, key="ip", rate=api_rate, increment=True)
        return usage is None or not usage["should_limit"]

    def wait(self):
        return 60


class WirkstattAPI(NinjaAPI):
    def get_openapi_schema(self, *args, **kwargs):
        """django-ninja's document, with errors documented as the problem details they are
        (it gives every response its renderer's ``application/json``)."""
        schema = super().get_openapi_schema(*args, **kwargs)
        for operations in schema["paths"].values():
            for operation in operations.values():
                for status, response in operation["responses"].items():
                    content = response.get("content", {})
                    if str(status)[0] in "45" and "application/json" in content:
                        response["content"] = {MEDIA_TYPE: content["application/json"]}
                    if str(status) == "429":
                        response["headers"] = {"Retry-After": RETRY_AFTER}
        return schema


RETRY_AFTER = {
    "description": "Seconds to wait before the next request.",
    "schema": {"type": "integer"},
}

api = WirkstattAPI(
    title="Wirkstatt API",
    version="1",
    description=(
        "The courses of the Wirkstatt network in the Oberlausitz, in German, English, Polish, "
        "Czech and Upper Sorbian, and the verification of its certificates. Read-only, "
        "without sign-in."
    ),
    urls_namespace="api-v1",
    docs_url=None,
    openapi_url="/openapi.json",
    throttle=[RatePerAddress()],
)
api.add_router("", courses.router)
api.add_router("", vocabularies.router)
api.add_router("", certificates.router)


@api.exception_handler(ValidationError)
def invalid_request(request, error):
    errors = [(parameter_name(item), validation_message(item)) for item in error.errors]
    return problem(request, 400, _("Some parameters are not valid."), errors)


def parameter_name(item):
    location = [str(part) for part in item.get("loc", ())]
    return location[-1] if location else "request"


def validation_message(item):
    """pydantic's error, in the reader's language (pydantic writes English only)."""
    limits = item.get("ctx") or {}
    kind = item.get("type", "")
    if kind == "uuid_parsing" or kind == "uuid_type":
        return _("This is not a course key.")
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return _("Please give a whole number.")
    if kind == "greater_than_equal":
        return _("Please give a number of at least %(limit)s.") % {"limit": limits.get("ge")}
    if kind == "less_than_equal":
        return _("Please give a number of at most %(limit)s.") % {"limit": limits.get("le")}
    if kind == "string_too_long":
        return _("Please use at most %(limit)s characters.") % {"limit": limits.get("max_length")}
    if kind == "literal_error":
        return _("Please choose one of: %(choices)s.") % {"choices": limits.get("expected")}
    if kind == "missing":
        return _("This is required.")
    return _("This value is not valid.")


@api.exception_handler(Throttled)
def too_many_requests(request, error):
    detail = _("Too many requests in a short time. Please wait a moment and try again.")
    return problem(request, 429, detail, headers={"Retry-After": str(error.wait or 60)})


@api.exception_handler(Http404)
def not_found(request, error):
    return problem(request, 404, _("There is nothing at this address."))
