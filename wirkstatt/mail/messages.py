"""E-mails that say which language they are written in."""

from django.core.mail import EmailMessage


def email_in(language_code, **fields):
    """An EmailMessage with a ``Content-Language`` header: screen readers pronounce the
    text in that language, and mail programs offer a translation only when it is not the
    reader's."""
    headers = {"Content-Language": language_code, **fields.pop("headers", {})}
    return EmailMessage(headers=headers, **fields)
