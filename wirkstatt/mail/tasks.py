"""Delivering the mail queue (``wirkstatt.mail.outbox``): after each commit that queued a
message, and by beat every minute; deferred messages are tried again every ten minutes."""

from celery import shared_task
from django.conf import settings
from mailer import engine
from mailer.models import Message, MessageLog


@shared_task
def send_queued_mail():
    """Deliver what is queued; several workers may run this at once (each message is
    locked while it is sent, and sent once)."""
    engine.send_all()


@shared_task
def retry_deferred_mail():
    Message.objects.retry_deferred()
    engine.send_all()


@shared_task
def purge_mail_log():
    """The log keeps who was written to and when (not what), for this many days."""
    MessageLog.objects.purge_old_entries(settings.MAIL_LOG_DAYS)
