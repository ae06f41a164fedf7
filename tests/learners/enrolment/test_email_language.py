"""Every e-mail in the recipient's language: the course's title, the venue's name and
address and the dates as the pages in that language write them, and a Content-Language
header that says so. Each kind of message, in Polish and Upper Sorbian."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from learners.certificates import services as certificates
from learners.enrolment.consent import request_consent
from learners.enrolment.emails import SUBJECTS, build_email
from learners.enrolment.services import enrol
from learners.models import Notification
from learners.pupils import lockout, retention
from learners.pupils.accounts import join_class
from learners.schools import services as schools
from tests import factories

pytestmark = pytest.mark.django_db

COURSE = {"de": "Roboter bauen", "pl": "Budowanie robotów", "hsb": "Roboty twarić"}
VENUE = {
    "de": "Stadtteilzentrum Königshufen",
    "pl": "Centrum dzielnicy Königshufen",
    "hsb": "Štwórćowy centrum Königshufen",
}
# The session's month (January) in a date, as each language writes it inside a sentence.
MONTH = {"pl": "stycznia", "hsb": "januara"}
LANGUAGES = ["pl", "hsb"]
ENROLMENT_KINDS = [kind for kind in SUBJECTS if kind != "certificate"]


@pytest.fixture
def course(site):
    factories.translate_site(codes=("pl", "hsb"))
    course = factories.make_course(title=COURSE["de"], ages=("children",))
    for code in LANGUAGES:
        factories.translate(course, code, title=COURSE[code], slug=f"roboty-{code}")
    return course


@pytest.fixture
def session(course):
    venue = factories.make_venue("Görlitz", name=VENUE["de"])
    for code in LANGUAGES:
        translation = venue.copy_for_translation(factories.locale(code))
        translation.name = VENUE[code]
        translation.save()
    session = factories.make_session(course, venue=venue, capacity=30)
    january = timezone.make_aware(datetime.datetime(timezone.now().year + 1, 1, 14, 17))
    session.start, session.end = january, january + datetime.timedelta(hours=2)
    session.save()
    return session


def written_in(message, language):
    text = f"{message.subject}\n{message.body}"
    assert message.extra_headers["Content-Language"] == language
    return text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", ENROLMENT_KINDS)
def test_every_booking_message_names_course_and_venue_in_the_recipients_language(
    session, language, kind
):
    learner = factories.make_user(
        f"lena-{language}",
        email="lena@example.org",
        year_of_birth=1990,
        preferred_language=language,
    )
    enrolment = enrol(learner, session.pk)
    if kind == "consent_request":
        enrolment.status = "awaiting_consent"
        enrolment.save()
        request_consent(enrolment, "eltern@example.org")
    notification = Notification(
        recipient=learner, email="lena@example.org", kind=kind, enrolment=enrolment
    )
    text = written_in(build_email(notification), language)

    assert COURSE[language] in text and COURSE["de"] not in text
    assert VENUE[language] in text and VENUE["de"] not in text
    assert MONTH[language] in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_calendar_entry_names_the_venue_in_the_recipients_language(session, language):
    learner = factories.make_user(
        "lena", email="lena@example.org", year_of_birth=1990, preferred_language=language
    )
    enrolment = enrol(learner, session.pk)
    notification = Notification(
        recipient=learner, email="lena@example.org", kind="confirmed", enrolment=enrolment
    )
    ((name, content, mimetype),) = build_email(notification).attachments
    assert mimetype == "text/calendar"
    calendar = content.decode() if isinstance(content, bytes) else content
    assert VENUE[language] in calendar.replace("\r\n ", "")  # lines folded at 75 octets


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_certificate_message_names_the_course_as_the_recipient_knows_it(
    course, manager, language
):
    learner = factories.make_user(
        "lena", email="lena@example.org", year_of_birth=1990, preferred_language="de"
    )
    certificate = certificates.issue_manually(learner, course, manager, hours=3)
    learner.preferred_language = language
    learner.save()
    notification = Notification(
        recipient=learner, email=learner.email, kind="certificate", certificate=certificate
    )
    text = written_in(build_email(notification), language)
    assert COURSE[language] in text


@pytest.fixture
def class_booking(session, manager):
    teacher = factories.make_teacher()
    factories.make_school(teacher, approved_by=manager)
    booking = schools.book_class(teacher, session.pk, "7b", 7, 20, 2, consent_confirmed=True)
    return teacher, booking.school_class


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_teachers_messages_about_pupils_are_in_the_teachers_language(class_booking, language):
    teacher, school_class = class_booking
    teacher.preferred_language = language
    teacher.save()
    pupil = join_class(school_class.join_code, "Fox 7", "fuchs7", "de")

    warning = retention.warning_email(school_class, teacher)
    assert COURSE[language] in written_in(warning, language)

    lockout.tell_teacher(pupil)
    (locked,) = [m for m in mail.outbox if "Fox 7" in m.subject]
    assert written_in(locked, language)
