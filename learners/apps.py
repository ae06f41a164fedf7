from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearnersConfig(AppConfig):
    name = "learners"
    verbose_name = _("Learners")

    def ready(self):
        from learners import signing_keys  # noqa: F401  (registers the deploy check)
        from learners.learning_cache import connect_invalidation

        connect_invalidation()
