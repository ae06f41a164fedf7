"""Error pages in the visitor's language, with the site's look."""

from csp.constants import NONCE
from csp.decorators import csp_update
from django.core.exceptions import DisallowedHost
from django.shortcuts import render


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def bad_request(request, exception=None):
    # A request with a foreign Host header gets the page without its request: everything
    # that builds a link from the request (the host, the site, cached URLs) would raise again.
    return render(page_request(request), "400.html", status=400)


@csp_update({"style-src": [NONCE]})
def server_error(request):
    return render(page_request(request), "500.html", {"csp_nonce": csp_nonce(request)}, status=500)


def csp_nonce(request):
    """The nonce that lets the page's inline style past the Content-Security-Policy.

    Empty when the error came before the policy's middleware: then no policy is sent.
    """
    nonce = getattr(request, "csp_nonce", None)
    return "" if nonce is None else str(nonce)


def page_request(request):
    """The request, or None when its Host header is not one of ours."""
    try:
        request.get_host()
    except DisallowedHost:
        return None
    return request
