from functools import wraps

from django.urls import include, path, re_path
from django.utils.translation import gettext as _

from api.problems import problem
from api.v1 import api


def not_found(request, rest=""):
    return problem(request, 404, _("There is nothing at this address."))


def refusing_other_methods(view):
    """django-ninja answers a method an address does not take with a bare 405: here it is a
    problem detail like every other error, with the methods allowed."""

    @wraps(view)
    def answer(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if response.status_code != 405:
            return response
        detail = _("This address can only be read.")
        return problem(request, 405, detail, headers={"Allow": response["Allow"]})

    return answer


def v1_patterns():
    patterns, app_name, namespace = api.urls
    for pattern in patterns:
        pattern.callback = refusing_other_methods(pattern.callback)
    return include((patterns, app_name), namespace=namespace)


urlpatterns = [
    path("v1/", v1_patterns()),
    re_path(r"^(?P<rest>.*)$", not_found, name="api_not_found"),
]
