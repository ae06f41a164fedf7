"""Refuse, at the edge, an address no page can have: NUL and other control characters in
the path. Every path segment reaches the database (page slugs, calendar and invitation
tokens, certificate codes) and PostgreSQL cannot store NUL in text, so a crafted address
was a server error; now it gets the translated "bad request" page. Query parameters are
read by forms, which refuse or ignore what they cannot use with a notice."""

from django.core.exceptions import BadRequest

CONTROL_CHARACTERS = frozenset(chr(code) for code in range(32)) | {"\x7f"}


def has_control_characters(text):
    return not CONTROL_CHARACTERS.isdisjoint(text)


class RequestGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if has_control_characters(request.path):
            raise BadRequest("Control characters in the path")
        return self.get_response(request)
