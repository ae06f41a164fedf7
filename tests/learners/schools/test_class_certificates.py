"""A class's results (CSV) and certificates (PDF with names typed at print time, never
stored), and pupils kept off allauth's account pages."""

import csv
import datetime
import io
import uuid

import pytest
from allauth.account.models import EmailAddress
from django.core.management import call_command
from django.utils import timezone
from pypdf import PdfReader
from wagtail.models import ModelLogEntry

from learners.models import Attendance, LessonProgress, QuizAttempt
from learners.pupils import accounts as pupil_accounts
from learners.schools import services as schools
from tests import factories

pytestmark = pytest.mark.django_db

NAMES = ["Zofia Wójcik", "Jiří Dvořák", "Mĕrćin Šołta"]


@pytest.fixture
def course(site, trainer):
    course = factories.make_course(
        title="Roboter bauen", ages=("children", "young-people"), owner=trainer
    )
    course.trainers.add(trainer)
    course.save()
    factories.make_lesson(course, title="Motoren", body=[factories.quiz("Motorquiz")])
    factories.make_lesson(course, title="Sensoren")
    return course


@pytest.fixture
def booking(course, teacher, approved):
    session = factories.make_session(course, capacity=30)
    return schools.book_class(
        teacher, session.pk, "7b", 7, pupils=24, adults=2, consent_confirmed=True
    )


@pytest.fixture
def fox(booking):
    return pupil_accounts.join_class(booking.school_class.join_code, "Fox 7", "fuchs7", "de")


@pytest.fixture
def owl(booking):
    return pupil_accounts.join_class(booking.school_class.join_code, "Owl 2", "eule22", "de")


def learnt(pupil, course, lessons_done, quiz_passed):
    now = timezone.now()
    lessons = course.get_children().specific()
    for lesson in lessons[:lessons_done]:
        LessonProgress.objects.create(
            learner=pupil.user,
            course_key=course.translation_key,
            lesson_key=lesson.translation_key,
            last_opened_at=now,
            completed_at=now,
        )
    QuizAttempt.objects.create(
        learner=pupil.user,
        course_key=course.translation_key,
        lesson_key=lessons[0].translation_key,
        quiz_id=lessons[0].body[0].id,
        submission=uuid.uuid4(),
        score=100 if quiz_passed else 0,
        passed=quiz_passed,
    )


def end_course(booking, days_ago=1):
    session = booking.session
    session.end = timezone.now() - datetime.timedelta(days=days_ago)
    session.start = session.end - datetime.timedelta(hours=3)
    session.save()


def url(booking, page):
    return f"/en/my-school/classes/{booking.school_class.pk}/{page}"


def pdf_pages(response):
    return [page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages]


# Results


def test_the_teacher_downloads_the_class_results(client, teacher, booking, fox, owl, course):
    learnt(fox, course, lessons_done=2, quiz_passed=True)
    learnt(owl, course, lessons_done=1, quiz_passed=False)
    client.force_login(teacher)
    response = client.get(url(booking, "results.csv"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="results-7b.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:4] == ["Class", "Course", "Pupil (pseudonym)", "Lessons done"]
    assert [row[:8] for row in rows[1:]] == [
        ["7b", "Roboter bauen", "Fox 7", "2", "2", "100", "1", "1"],
        ["7b", "Roboter bauen", "Owl 2", "1", "2", "50", "0", "1"],
    ]
    assert rows[1][8]  # the day last opened


def test_results_are_only_for_the_classes_own_teachers(
    client, booking, fox, learner_and_other, trainer
):
    learner, other_teacher = learner_and_other
    for user in (learner, other_teacher, fox.user, trainer):
        client.force_login(user)
        assert client.get(url(booking, "results.csv")).status_code == 404
    client.logout()
    assert client.get(url(booking, "results.csv")).status_code == 302


@pytest.fixture
def learner_and_other(db):
    other = factories.make_teacher("teacher.ole", email="ole@see.example")
    factories.make_school(other, name="Grundschule am See")
    return factories.make_user("lena", email="lena@example.org"), other


# Certificates: when


def test_certificates_wait_for_the_last_day(client, teacher, booking, fox):
    client.force_login(teacher)
    page = client.get(url(booking, "certificates/")).content.decode()
    assert "from the last day of the course on" in page and "<form" not in page.split("<main")[1]
    response = client.post(url(booking, "certificates/"), {"kind": "class"})
    assert response.status_code == 400 and response["Content-Type"].startswith("text/html")
    assert "Print certificates" not in client.get("/en/my-school/").content.decode()


def test_no_certificates_for_a_class_recorded_absent(client, teacher, booking, trainer):
    end_course(booking)
    meeting = booking.session.meetings.get()
    Attendance.objects.create(enrolment=booking, meeting=meeting, present=False)
    client.force_login(teacher)
    page = client.get(url(booking, "certificates/")).content.decode()
    assert "did not attend" in page


def test_no_certificates_for_a_cancelled_class(client, teacher, booking):
    schools.cancel_class(booking, by=teacher)
    end_course(booking)
    client.force_login(teacher)
    response = client.post(url(booking, "certificates/"), {"kind": "class"})
    assert response.status_code == 400
    assert "whose booking was confirmed" in response.content.decode()


# Certificates: the PDF


def test_a_certificate_for_each_named_pupil(client, teacher, booking, fox, owl, course):
    learnt(fox, course, lessons_done=2, quiz_passed=True)
    end_course(booking)
    client.force_login(teacher)
    my_school = client.get("/en/my-school/").content.decode()
    assert url(booking, "certificates/") in my_school and url(booking, "results.csv") in my_school
    form = client.get(url(booking, "certificates/")).content.decode()
    assert "Name for Fox 7" in form and "Name for Owl 2" in form

    data = {
        "kind": "pupils",
        f"name_{fox.pk}": f"  {NAMES[0]} ",
        f"name_{owl.pk}": "",  # left out
        "other_names": f"{NAMES[1]}\n\n   {NAMES[2]}\n",
    }
    response = client.post(url(booking, "certificates/"), data)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="certificates-7b.pdf"' in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    pages = pdf_pages(response)
    assert len(pages) == 3
    for page, name in zip(pages, NAMES, strict=True):
        assert name in page
        assert "Roboter bauen" in page and "Class 7b, Oberschule Am Park" in page
        assert "Anna Trainer" in page
        assert "offered by" in page.casefold() and "Testpartner" in page  # its partner
    assert "2 of 2 done" in pages[0]  # Fox's lessons online
    assert "done" not in pages[1]


def test_one_certificate_for_the_class_listing_the_names(client, teacher, booking, fox):
    end_course(booking)
    client.force_login(teacher)
    data = {"kind": "class", f"name_{fox.pk}": NAMES[0], "other_names": "\n".join(NAMES[1:])}
    response = client.post(url(booking, "certificates/"), data)
    [page] = pdf_pages(response)
    assert "Class 7b" in page and "Oberschule Am Park" in page and "Roboter bauen" in page
    assert all(name in page for name in NAMES)
    assert 'filename="class-certificate-7b.pdf"' in response["Content-Disposition"]


def test_a_whole_class_of_forty_fits_one_page(client, teacher, booking):
    end_course(booking)
    booking.school_class.pupils = 40
    booking.school_class.save()
    client.force_login(teacher)
    names = "\n".join(f"Maximiliane{n:02} Schmidt-Łukasik" for n in range(40))
    response = client.post(url(booking, "certificates/"), {"kind": "class", "other_names": names})
    assert len(pdf_pages(response)) == 1


def test_the_class_certificate_needs_no_names(client, teacher, booking):
    end_course(booking)
    client.force_login(teacher)
    response = client.post(url(booking, "certificates/"), {"kind": "class"})
    assert response["Content-Type"] == "application/pdf"
    assert "Class 7b" in pdf_pages(response)[0]


def test_the_names_are_stored_nowhere(client, teacher, booking, fox):
    end_course(booking)
    client.force_login(teacher)
    data = {"kind": "pupils", f"name_{fox.pk}": NAMES[0], "other_names": NAMES[1]}
    assert client.post(url(booking, "certificates/"), data).status_code == 200
    dump = io.StringIO()
    call_command("dumpdata", stdout=dump)
    everything = dump.getvalue().encode().decode("unicode_escape")
    assert NAMES[0] not in everything and NAMES[1] not in everything
    printed = ModelLogEntry.objects.get(action="learners.school.certificates_printed")
    assert printed.user == teacher


# Certificates: bad input


@pytest.mark.parametrize(
    "data, message",
    [
        ({"kind": "pupils", "other_names": "x" * 81}, "at most 80 characters"),
        ({"kind": "pupils", "other_names": "\n".join(["A B"] * 24)}, "at most 24 names"),
        ({"kind": "diploma"}, "Select a valid choice"),
    ],
)
def test_bad_input_keeps_what_was_typed_and_prints_nothing(
    client, teacher, booking, fox, data, message
):
    end_course(booking)
    client.force_login(teacher)
    response = client.post(url(booking, "certificates/"), {**data, f"name_{fox.pk}": "Kept Name"})
    page = response.content.decode()
    assert response.status_code == 400
    assert message in page and 'value="Kept Name"' in page
    assert not ModelLogEntry.objects.filter(action="learners.school.certificates_printed")


def test_certificates_for_each_pupil_need_a_name(client, teacher, booking, fox):
    end_course(booking)
    client.force_login(teacher)
    response = client.post(url(booking, "certificates/"), {"kind": "pupils"})
    assert response.status_code == 400
    assert "Please type the name of at least one pupil" in response.content.decode()


def test_certificates_are_only_for_the_classes_own_teachers(
    client, booking, fox, learner_and_other, trainer
):
    end_course(booking)
    learner, other_teacher = learner_and_other
    for user in (learner, other_teacher, fox.user, trainer):
        client.force_login(user)
        assert client.get(url(booking, "certificates/")).status_code == 404
        assert client.post(url(booking, "certificates/"), {"kind": "class"}).status_code == 404


# Pupils and allauth's account pages


@pytest.mark.parametrize("page", ["email/", "password/change/", "password/set/"])
def test_pupils_are_kept_off_the_account_pages(client, fox, page):
    client.force_login(fox.user)
    response = client.get(f"/en/accounts/{page}")
    assert response.status_code == 302 and response["Location"] == "/en/my-learning/"
    response = client.post(
        f"/en/accounts/{page}", {"action_add": "", "email": "fox@example.org"}, follow=True
    )
    assert "Your teacher looks after your account" in response.content.decode()
    assert not EmailAddress.objects.filter(user=fox.user).exists()
    fox.user.refresh_from_db()
    assert fox.user.email == ""


def test_other_people_still_reach_them(client, teacher):
    client.force_login(teacher)
    assert client.get("/en/accounts/email/").status_code == 200
