"""When the demo's sessions meet.

Their days are counted from the day the demo is first loaded (``helpers.session``), then
planned as a trainer would: never on a Sunday or a public holiday in Saxony. A session whose
day falls on one moves to the next working day; a series skips such days and meets once
more at the end, as the admin's repeat helper does with the dates it is told to skip.
"""

from datetime import time, timedelta

from django.utils import timezone

from courses.holidays import is_public_holiday
from courses.schedule import WEEKS, RepeatRule

SUNDAY = 6


def first_run_day():
    """The day the demo's dates are counted from: today, in the site's time zone."""
    return timezone.localdate()


def is_day_off(day):
    return day.weekday() == SUNDAY or is_public_holiday(day)


def first_day(today, offset):
    """today plus offset days, or the next day after it that is not a day off."""
    day = today + timedelta(days=offset)
    while is_day_off(day):
        day += timedelta(days=1)
    return day


def series_rule(first, spec):
    """The repeat rule of a series starting on first: the weeks the spec skips (its
    ``skip_weeks``, counted from the first) and every day off left out."""
    step_days = spec.get("every", 1) * (7 if spec.get("unit", WEEKS) == WEEKS else 1)
    skip = [first + timedelta(days=step_days * n) for n in spec.get("skip_weeks", [])]
    while True:
        rule = RepeatRule(
            first_day=first,
            starts=time.fromisoformat(spec["start"]),
            ends=time.fromisoformat(spec["end"]),
            every=spec.get("every", 1),
            unit=spec.get("unit", WEEKS),
            weekdays=spec.get("weekdays", []),
            count=spec["meetings"],
            skip=skip,
        )
        days_off = [day for day in rule.days() if is_day_off(day)]
        if not days_off:
            return rule
        skip = [*skip, *days_off]


def session_days(today, spec):
    """Every day a demo session (a ``helpers.session`` spec) meets, the first one first."""
    first = first_day(today, spec["day"])
    if spec.get("meetings", 1) > 1:
        return series_rule(first, spec).days()
    return [first]
