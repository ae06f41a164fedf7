"""Refuse, at the edge, what no page can use: NUL and other control characters in the path
or the query string. The database cannot store them (PostgreSQL refuses NUL in text), so
letting them through turned a search or a calendar address into a server error; now the
visitor gets the translated "bad request" page."""

from django.core.exceptions import BadRequest

CONTROL_CHARACTERS = {chr(code) for code in range(32)} | {"\x7f"}


def has_control_characters(text):
    return not CONTROL_CHARACTERS.isdisjoint(text)


class RequestGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if has_control_characters(request.path) or any(
            has_control_characters(key) or has_control_characters(value)
            for key, values in request.GET.lists()
            for value in values
        ):
            raise BadRequest("Control characters in the path or query string")
        return self.get_response(request)
