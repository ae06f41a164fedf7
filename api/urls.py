from django.urls import path, re_path
from django.utils.translation import gettext as _

from api.problems import problem
from api.v1 import api


def not_found(request, rest=""):
    return problem(request, 404, _("There is nothing at this address."))


urlpatterns = [
    path("v1/", api.urls),
    re_path(r"^(?P<rest>.*)$", not_found, name="api_not_found"),
]
