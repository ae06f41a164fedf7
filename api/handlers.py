"""The site's error handlers, answering with problem details under /api/: a request the
edge refuses (control characters in the path, a host not allowed) or a server error reaches
Django's handlers, not the API's."""

from django.utils.translation import gettext as _

from api.problems import problem
from home import views as pages


def for_api(request):
    return request.path_info.startswith("/api/")


def bad_request(request, exception=None):
    if for_api(request):
        return problem(request, 400, _("This address cannot be read."))
    return pages.bad_request(request, exception)


def page_not_found(request, exception=None):
    if for_api(request):
        return problem(request, 404, _("There is nothing at this address."))
    return pages.page_not_found(request, exception)


def server_error(request):
    if for_api(request):
        return problem(request, 500, _("Something went wrong on our side. Please try again later."))
    return pages.server_error(request)
