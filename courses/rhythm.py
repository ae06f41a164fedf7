"""A series in words, in the reader's language: "6 × Tuesday, 18:00–19:30, from 13 January"
when every meeting has the same weekday (or two) and times, else "8 meetings from 3 March"."""

from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.translation import get_language, ngettext, pgettext
from django.utils.translation import gettext as _

# Weekdays are written in lower case inside a sentence in these languages.
LOWER_CASE_WEEKDAYS = {"pl", "cs", "hsb"}


def weekday_name(moment):
    name = date_format(moment, "l")
    return name.lower() if get_language() in LOWER_CASE_WEEKDAYS else name


def day_and_month(moment):
    # Translators: a date format (Django's date filter) for "from 13 January"; use E for
    # the month in the genitive where the language needs it ("13 stycznia").
    return date_format(moment, pgettext("first date of a series", "j F"))


def held(meetings):
    return [meeting for meeting in meetings if not meeting.is_cancelled]


def rhythm(meetings):
    meetings = held(meetings)
    if not meetings:
        return ""
    spans = [(timezone.localtime(m.start), timezone.localtime(m.end)) for m in meetings]
    first_start, first_end = spans[0]
    if len(spans) == 1:
        return _("%(day)s, %(date)s, %(start)s–%(end)s") % {
            "day": weekday_name(first_start),
            "date": date_format(first_start, "DATE_FORMAT"),
            "start": time_format(first_start, "TIME_FORMAT"),
            "end": time_format(first_end, "TIME_FORMAT"),
        }
    times = {(start.time(), end.time()) for start, end in spans}
    weekdays = sorted({start.weekday() for start, _end in spans})
    if len(times) == 1 and len(weekdays) <= 2 and all(s.date() == e.date() for s, e in spans):
        names = [weekday_name(day_of_week(spans, weekday)) for weekday in weekdays]
        return _("%(count)d × %(days)s, %(start)s–%(end)s, from %(date)s") % {
            "count": len(spans),
            "days": names[0]
            if len(names) == 1
            else _("%(first)s and %(second)s") % {"first": names[0], "second": names[1]},
            "start": time_format(first_start, "TIME_FORMAT"),
            "end": time_format(first_end, "TIME_FORMAT"),
            "date": day_and_month(first_start),
        }
    return ngettext(
        "%(count)d meeting from %(date)s", "%(count)d meetings from %(date)s", len(spans)
    ) % {"count": len(spans), "date": day_and_month(first_start)}


def day_of_week(spans, weekday):
    return next(start for start, _end in spans if start.weekday() == weekday)
