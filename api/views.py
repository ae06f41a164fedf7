import re

from django.conf import settings
from django.shortcuts import render

from api.v1 import api
from wirkstatt.links import absolute_url


def documentation(request):
    """The API for people: what it offers, the rules, and examples to copy."""
    document = api.get_openapi_schema()
    return render(
        request,
        "api/documentation.html",
        {
            "base": absolute_url("/api/v1"),
            "openapi_url": absolute_url("/api/v1/openapi.json"),
            "version": document["info"]["version"],
            "count": requests_per_minute(settings.API_RATE),
        },
    )


SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def requests_per_minute(rate):
    """django-ratelimit's rate ("120/m", "5/10s") as requests per minute."""
    count, period = rate.split("/")
    number, unit = re.fullmatch(r"(\d*)([smhd])", period).groups()
    return max(1, round(int(count) * 60 / (int(number or 1) * SECONDS[unit])))
