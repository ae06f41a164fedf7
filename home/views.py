"""Error pages in the visitor's language, with the site's look."""

from django.core.exceptions import DisallowedHost
from django.shortcuts import render


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def bad_request(request, exception=None):
    # A request with a foreign Host header gets the page without its request: everything
    # that builds a link from the request (the host, the site, cached URLs) would raise again.
    return render(page_request(request), "400.html", status=400)


def server_error(request):
    return render(page_request(request), "500.html", status=500)


def page_request(request):
    """The request, or None when its Host header is not one of ours."""
    try:
        request.get_host()
    except DisallowedHost:
        return None
    return request
