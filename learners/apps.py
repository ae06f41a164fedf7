from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearnersConfig(AppConfig):
    name = "learners"
    verbose_name = _("Learners")

    def ready(self):
        from courses.signals import session_edited
        from learners.caching import connect_invalidation
        from learners.certificates import signing_keys  # noqa: F401  (registers the deploy check)
        from learners.enrolment.organiser import session_saved

        connect_invalidation()
        session_edited.connect(session_saved, dispatch_uid="learners-session-edited")
