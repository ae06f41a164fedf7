"""The visitor's address behind the reverse proxy, set once for everything that reads it.

Behind a proxy every request comes from the proxy's address, so allauth's login limits,
django-ratelimit's limits and the logs would count the whole site as one visitor. When a
request comes from one of ``TRUSTED_PROXIES``, this middleware replaces ``REMOTE_ADDR``
with the client's address from the proxy's ``X-Forwarded-For`` header: the right-most
entry that is not itself a trusted proxy (entries further left are whatever the client
chose to send). From any other address the header is ignored, so nobody can choose the
address their requests are counted under.
"""

import ipaddress
import logging

from django.conf import settings

logger = logging.getLogger(__name__)


def networks(entries):
    return [ipaddress.ip_network(entry.strip(), strict=False) for entry in entries if entry]


def as_address(text):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


class ClientAddressMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.proxies = networks(settings.TRUSTED_PROXIES)

    def trusted(self, address):
        return address is not None and any(address in network for network in self.proxies)

    def client_address(self, request):
        if not self.trusted(as_address(request.META.get("REMOTE_ADDR", ""))):
            return None
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        for entry in reversed(forwarded.split(",")):
            address = as_address(entry)
            if address is None:
                return None  # garbled: keep the proxy's address rather than guess
            if not self.trusted(address):
                return str(address)
        return None

    def __call__(self, request):
        if self.proxies:
            client = self.client_address(request)
            if client is not None:
                request.META["REMOTE_ADDR"] = client
        return self.get_response(request)
