"""Public holidays in Saxony, Easter and the Wednesday before 23 November computed."""

from datetime import date

import pytest

from courses.holidays import is_public_holiday, saxon_public_holidays

FIXED = [(1, 1), (5, 1), (10, 3), (10, 31), (12, 25), (12, 26)]


@pytest.mark.parametrize(
    ("year", "good_friday", "easter_monday", "ascension", "whit_monday", "day_of_prayer"),
    [
        (2023, date(2023, 4, 7), date(2023, 4, 10), date(2023, 5, 18), date(2023, 5, 29),
         date(2023, 11, 22)),  # 22 November itself is the Wednesday
        (2024, date(2024, 3, 29), date(2024, 4, 1), date(2024, 5, 9), date(2024, 5, 20),
         date(2024, 11, 20)),
        (2025, date(2025, 4, 18), date(2025, 4, 21), date(2025, 5, 29), date(2025, 6, 9),
         date(2025, 11, 19)),
        (2026, date(2026, 4, 3), date(2026, 4, 6), date(2026, 5, 14), date(2026, 5, 25),
         date(2026, 11, 18)),
        (2027, date(2027, 3, 26), date(2027, 3, 29), date(2027, 5, 6), date(2027, 5, 17),
         date(2027, 11, 17)),
    ],
)  # fmt: skip
def test_the_holidays_of_a_year(
    year, good_friday, easter_monday, ascension, whit_monday, day_of_prayer
):
    fixed = {date(year, month, day) for month, day in FIXED}
    moving = {good_friday, easter_monday, ascension, whit_monday, day_of_prayer}

    assert set(saxon_public_holidays(year)) == fixed | moving
    assert all(is_public_holiday(day) for day in fixed | moving)
    assert day_of_prayer.weekday() == 2  # Buß- und Bettag: the Wednesday before 23 November
    assert date(year, 11, 16) <= day_of_prayer <= date(year, 11, 22)


@pytest.mark.parametrize(
    "day",
    [
        date(2026, 12, 24),  # Heiligabend: a working day
        date(2026, 12, 31),
        date(2027, 1, 6),  # Heilige Drei Könige: a holiday in Bavaria, not in Saxony
        date(2026, 6, 4),  # Fronleichnam: only in some Sorbian municipalities
        date(2026, 11, 11),
        date(2026, 11, 25),
    ],
)
def test_other_days_are_not_holidays(day):
    assert not is_public_holiday(day)
