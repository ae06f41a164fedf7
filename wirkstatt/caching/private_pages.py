"""Pages rendered for someone signed in are theirs alone: no browser history cache, proxy
or shared computer keeps them (My learning, My data, My school, downloads, the admin)."""

from django.utils.cache import add_never_cache_headers


class PrivatePagesMiddleware:
    """After AuthenticationMiddleware. A response that sets its own Cache-Control (a
    calendar feed, a public verification page) keeps it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not response.has_header("Cache-Control"):
            add_never_cache_headers(response)  # private, no-store, max-age=0 …
        return response
