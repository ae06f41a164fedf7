from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WirkstattConfig(AppConfig):
    """The project package as an app: site-wide infrastructure (the page cache, the
    language fallback) and the commands that set up the whole site."""

    name = "wirkstatt"
    verbose_name = _("Wirkstatt")

    def ready(self):
        from wirkstatt.caching.page_cache import connect_invalidation

        connect_invalidation()
