import logging
import os

from celery import Celery
from celery.contrib.django.task import DjangoTask
from django.db import transaction

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wirkstatt.settings.dev")

logger = logging.getLogger(__name__)


class WirkstattTask(DjangoTask):
    """The base of every task of the site (the app's ``task_cls``).

    Work a change causes is queued after its transaction commits, with
    ``task.delay_on_commit(pk)`` or ``task.apply_async_on_commit((pk,), …)``; a rolled-back
    change queues nothing. By then the change is committed, so queueing it must never fail
    the user: if the broker is unreachable (or, running eagerly without a broker, the task
    itself fails), the error is logged and the work is left to the periodic catch-up tasks
    that beat runs (``send_pending_notifications``, ``issue_missing_certificates``); an
    image rendition not prepared is made by Wagtail for the page's first visitor.
    """

    def delay_on_commit(self, *args, **kwargs):
        self._queue_after_commit(lambda: self.delay(*args, **kwargs), args)

    def apply_async_on_commit(self, args=None, kwargs=None, **options):
        self._queue_after_commit(lambda: self.apply_async(args, kwargs, **options), args)

    def _queue_after_commit(self, queue, args):
        def queue_committed():
            try:
                queue()
            except Exception:
                logger.exception(
                    "Could not queue task %s%r after commit; the change stands, the work is "
                    "caught up later",
                    self.name,
                    tuple(args or ()),
                )

        transaction.on_commit(queue_committed)


app = Celery("wirkstatt", task_cls=WirkstattTask)
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
app.autodiscover_tasks(["wirkstatt.mail"])
