from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from wagtail.signals import page_published

        from courses.caching import connect_invalidation
        from courses.renditions import queue_renditions

        connect_invalidation()
        page_published.connect(queue_renditions, dispatch_uid="courses-prepare-renditions")
