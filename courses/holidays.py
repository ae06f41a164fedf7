"""Public holidays in Saxony, where the network's venues are: nobody plans a course on them.

Fronleichnam, a holiday only in some Catholic Sorbian municipalities of the Bautzen
district, is not among them.
"""

from datetime import date, timedelta
from functools import cache
from types import MappingProxyType

from dateutil.easter import easter

WEDNESDAY = 2


@cache
def saxon_public_holidays(year):
    """{date: name} of the public holidays in Saxony in year (read-only)."""
    easter_sunday = easter(year)
    # Buß- und Bettag: the last Wednesday before 23 November.
    november_22 = date(year, 11, 22)
    day_of_prayer = november_22 - timedelta(days=(november_22.weekday() - WEDNESDAY) % 7)
    return MappingProxyType(
        {
            date(year, 1, 1): "Neujahr",
            easter_sunday - timedelta(days=2): "Karfreitag",
            easter_sunday + timedelta(days=1): "Ostermontag",
            date(year, 5, 1): "Tag der Arbeit",
            easter_sunday + timedelta(days=39): "Christi Himmelfahrt",
            easter_sunday + timedelta(days=50): "Pfingstmontag",
            date(year, 10, 3): "Tag der Deutschen Einheit",
            date(year, 10, 31): "Reformationstag",
            day_of_prayer: "Buß- und Bettag",
            date(year, 12, 25): "1. Weihnachtsfeiertag",
            date(year, 12, 26): "2. Weihnachtsfeiertag",
        }
    )


def is_public_holiday(day):
    """Whether day (a date) is a public holiday in Saxony."""
    return day in saxon_public_holidays(day.year)
