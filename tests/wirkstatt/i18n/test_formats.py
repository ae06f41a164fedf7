"""One way to write dates and times per language, everywhere (wirkstatt/formats/).

The 24-hour clock in every language, English included (as read in Europe, day before
month); Upper Sorbian months in the genitive inside a date.
"""

import datetime
import re

import pytest
from django.template import Context, Template
from django.utils import timezone, translation

from learners.enrolment.services import enrol
from tests import factories

EVENING = timezone.make_aware(datetime.datetime(2026, 12, 4, 18, 30))
MAY_DAY = timezone.make_aware(datetime.datetime(2027, 5, 12, 9, 5))

DATES = {
    "de": ("4. Dezember 2026", "12. Mai 2027"),
    "en": ("4 December 2026", "12 May 2027"),
    "pl": ("4 grudnia 2026", "12 maja 2027"),
    "cs": ("4. prosince 2026", "12. května 2027"),
    "hsb": ("4. decembra 2026", "12. meje 2027"),
}
SHORT = {
    "de": "04.12.2026 18:30",
    "en": "04/12/2026 18:30",
    "pl": "04.12.2026 18:30",
    "cs": "04.12.2026 18:30",
    "hsb": "04.12.2026 18:30",
}


def rendered(template, moment, language):
    with translation.override(language):
        return Template(template).render(Context({"moment": moment}))


@pytest.mark.parametrize("language", DATES)
def test_a_date_in_a_sentence(language):
    evening, may = DATES[language]
    assert rendered('{{ moment|date:"DATE_FORMAT" }}', EVENING, language) == evening
    assert rendered('{{ moment|date:"DATE_FORMAT" }}', MAY_DAY, language) == may


@pytest.mark.parametrize("language", DATES)
def test_times_use_the_24_hour_clock(language):
    assert rendered('{{ moment|time:"TIME_FORMAT" }}', EVENING, language) == "18:30"
    # Czech writes the hour without a leading zero (ČSN 01 6910), the others with one.
    morning = "9:05" if language == "cs" else "09:05"
    assert rendered('{{ moment|time:"TIME_FORMAT" }}', MAY_DAY, language) == morning
    assert (
        rendered('{{ moment|date:"SHORT_DATETIME_FORMAT" }}', EVENING, language)
        == (SHORT[language])
    )


def test_every_sorbian_month_is_in_the_genitive_inside_a_date():
    days = [timezone.make_aware(datetime.datetime(2027, month, 1, 12)) for month in range(1, 13)]
    months = [rendered('{{ moment|date:"DATE_FORMAT" }}', day, "hsb").split()[1] for day in days]
    assert months == [
        "januara",
        "februara",
        "měrca",
        "apryla",
        "meje",
        "junija",
        "julija",
        "awgusta",
        "septembra",
        "oktobra",
        "nowembra",
        "decembra",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "pl", "hsb"])
def test_my_learning_writes_times_as_the_course_page_does(client, site, language):
    course = factories.make_course(title="Fahrrad reparieren")
    session = factories.make_session(course)
    learner = factories.make_user("lena", year_of_birth=1990, preferred_language=language)
    enrol(learner, session.pk)
    client.force_login(learner)
    html = client.get(f"/{language}/my-learning/").content.decode()
    assert timezone.localtime(session.start).strftime("%H:%M") in html
    assert not re.search(r"\d ?(a|p)\.m\.", html)
