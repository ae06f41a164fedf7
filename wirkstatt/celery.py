import logging
import os

from celery import Celery
from celery.contrib.django.task import DjangoTask
from django.core.cache import cache
from django.db import transaction

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wirkstatt.settings.dev")

logger = logging.getLogger(__name__)

#: A nudged run waits this many seconds, so that it takes what the next commits add too.
NUDGE_GATHERS_FOR = 1
#: A queued run that never starts (a lost message) holds back nudges at most this long.
NUDGE_HELD_AT_MOST = 60


class WirkstattTask(DjangoTask):
    """The base of every task of the site (the app's ``task_cls``).

    Work a change causes is queued after its transaction commits, with
    ``task.delay_on_commit(pk)`` or ``task.apply_async_on_commit((pk,), …)``, and a task
    that works through an outbox is nudged with ``task.nudge_on_commit()``; a rolled-back
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

    def nudge_on_commit(self):
        """Queue a run of this task after the commit, unless a run queued earlier has not
        started yet.

        For a task that works through an outbox in the database: a run that has not started
        will find what this transaction added, so a burst of changes (a booking rush) queues
        about one run a second instead of one message per change. The task calls
        ``self.take_nudges()`` before it reads the outbox, so that every commit after that
        queues a run again. While the cache cannot be reached, every commit queues a run.
        """
        key = self._nudge_key()

        def nudge():
            if not cache.add(key, True, NUDGE_HELD_AT_MOST):
                return
            try:
                self.apply_async(countdown=NUDGE_GATHERS_FOR)
            except Exception:
                cache.delete(key)  # the next commit tries again
                raise

        self._queue_after_commit(nudge, ())

    def take_nudges(self):
        cache.delete(self._nudge_key())

    def _nudge_key(self):
        return f"task-nudged:{self.name}"

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
