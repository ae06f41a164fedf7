"""Someone hears of every server error in production.

By default Django's ``ADMINS`` get an e-mail for each 500 (``mail_admins`` in Django's own
logging setup), queued through the mail outbox like every other message. With
``SENTRY_DSN`` set, errors of web processes and Celery tasks go to Sentry (or a
compatible service such as GlitchTip) as well, without personal data: no user details,
no request bodies.
"""

from email.utils import getaddresses


def admins_from(text):
    """``ADMINS`` from "Ops <ops@example.org>, dev@example.org"."""
    return [(name or address, address) for name, address in getaddresses([text]) if address]


def start_sentry(dsn, environment):
    import sentry_sdk
    from sentry_sdk.integrations.celery import CeleryIntegration
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        integrations=[DjangoIntegration(), CeleryIntegration()],
        send_default_pii=False,
        max_request_body_size="never",
        traces_sample_rate=0.0,
    )
