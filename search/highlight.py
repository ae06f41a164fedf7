import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

MIN_TERM_LENGTH = 2


def query_terms(query):
    return [term for term in re.split(r"\W+", query) if len(term) >= MIN_TERM_LENGTH]


def highlight(text, terms):
    """Escape text and wrap every occurrence of a search term in <mark>."""
    escaped = escape(text)
    if not terms:
        return mark_safe(escaped)
    pattern = re.compile("|".join(re.escape(escape(term)) for term in terms), re.IGNORECASE)
    return mark_safe(pattern.sub(lambda match: f"<mark>{match.group(0)}</mark>", escaped))
