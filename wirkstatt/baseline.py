"""The benchmark's yardstick: a bare Django view with a minimal template and no database.

It passes through the same middleware, template engine and gunicorn workers as every page,
so a page's requests per second divided by this view's shows what the page itself costs.
Routed only when the BENCHMARK_BASELINE setting is on (see bench/README.md).
"""

from django.shortcuts import render


def baseline(request):
    return render(request, "bench/baseline.html")
