"""Every e-mail goes out through a queue in the database, so that a mail server outage
delays messages and never shows a user an error.

``OutboxBackend`` is the site's ``EMAIL_BACKEND``: whatever sends mail through Django
(allauth's confirmations and password resets, teachers' invitations, the pupil-deletion
warning, Wagtail's workflow messages, error reports to ``ADMINS``) only writes the message
to django-mailer's queue, in the same transaction as the change it reports. After the
commit a Celery task delivers the queue through ``MAILER_EMAIL_BACKEND`` (SMTP in
production); a message the mail server refuses or cannot take is deferred and retried by
beat (``wirkstatt.mail.tasks``). The booking messages have an outbox of their own
(``learners.models.Notification``) and are delivered directly (``delivery_connection``).
"""

from django.conf import settings
from django.core.mail import get_connection
from mailer.backend import DbBackend


class OutboxBackend(DbBackend):
    def send_messages(self, email_messages):
        from wirkstatt.mail.tasks import send_queued_mail

        queued = super().send_messages(email_messages)
        if queued:
            send_queued_mail.delay_on_commit()
        return queued


def delivery_connection():
    """A connection to the backend that really delivers mail (SMTP in production)."""
    return get_connection(settings.MAILER_EMAIL_BACKEND)
