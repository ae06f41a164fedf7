"""Errors as RFC 9457 problem details: ``application/problem+json`` with ``type``, ``title``,
``status``, ``detail`` and ``instance``, the title and detail in the reader's language."""

from django.http import JsonResponse
from django.utils.translation import gettext_lazy as _

MEDIA_TYPE = "application/problem+json"

#: RFC 9457 allows the status phrase as the title of ``about:blank``, localised.
TITLES = {
    400: _("Bad request"),
    404: _("Not found"),
    405: _("Method not allowed"),
    429: _("Too many requests"),
    500: _("Internal server error"),
}


def problem(request, status, detail, errors=(), headers=None):
    body = {
        "type": "about:blank",
        "title": str(TITLES.get(status, TITLES[400 if status < 500 else 500])),
        "status": status,
        "detail": str(detail),
        "instance": request.get_full_path(),
        "errors": [{"name": name, "message": str(message)} for name, message in errors],
    }
    response = JsonResponse(body, status=status, content_type=MEDIA_TYPE)
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def responses(*statuses):
    """The documented error responses of an operation, for django-ninja's ``response``."""
    from api.schemas import Problem

    return dict.fromkeys(statuses, Problem)
