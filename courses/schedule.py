"""The repeat helper: the dates of a series from a rule (weekly or every N days, on
chosen weekdays, N times or until a date, skipping listed dates), computed with
python-dateutil's rrule. Times are wall-clock times in the site's time zone, so an
evening course stays at 18:00 across the change to or from daylight saving time."""

from dataclasses import dataclass, field
from datetime import date, datetime, time

from dateutil.rrule import DAILY, WEEKLY, rrule
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

MAX_MEETINGS = 100
WEEKS, DAYS = "weeks", "days"


class RuleError(ValueError):
    """A rule that gives no usable series; the message is for the person who wrote it."""


@dataclass
class RepeatRule:
    first_day: date
    starts: time
    ends: time
    every: int = 1
    unit: str = WEEKS
    weekdays: list[int] = field(default_factory=list)  # 0 is Monday, as date.weekday()
    count: int | None = None
    until: date | None = None
    skip: list[date] = field(default_factory=list)

    def days(self):
        """The dates of the series, skipped dates left out."""
        if self.count is None and self.until is None:
            raise RuleError(_("Say how often the course meets or until which date."))
        if self.until is not None and self.until < self.first_day:
            raise RuleError(_("The last date is before the first one."))
        skip, skipped, days = set(self.skip), set(), []
        for moment in self.rule():
            day = moment.date()
            if day in skip:
                skipped.add(day)
                continue
            days.append(day)
            if len(days) > MAX_MEETINGS:
                raise RuleError(
                    ngettext(
                        "The rule would create more than %(max)d meeting.",
                        "The rule would create more than %(max)d meetings.",
                        MAX_MEETINGS,
                    )
                    % {"max": MAX_MEETINGS}
                )
            if len(days) == self.count:
                break
        if outside := sorted(skip - skipped):
            listed = ", ".join(date_format(day, "SHORT_DATE_FORMAT") for day in outside)
            raise RuleError(_("Not a date of the series, so it cannot be skipped: %s") % listed)
        if not days:
            raise RuleError(_("The rule creates no meetings."))
        return days

    def rule(self):
        weekly = self.unit == WEEKS
        return rrule(
            WEEKLY if weekly else DAILY,
            dtstart=datetime.combine(self.first_day, time()),
            interval=self.every,
            byweekday=(self.weekdays or [self.first_day.weekday()]) if weekly else None,
            until=datetime.combine(self.until, time()) if self.until else None,
        )

    def meetings(self):
        """(start, end) of every meeting, as aware datetimes."""
        if self.ends <= self.starts:
            raise RuleError(_("A meeting must end after it starts."))
        return [
            (
                timezone.make_aware(datetime.combine(day, self.starts)),
                timezone.make_aware(datetime.combine(day, self.ends)),
            )
            for day in self.days()
        ]
