"""Trainers see the participants of their own sessions; managers of all; nobody else."""

import csv
import io

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from learners.enrolment import services as service
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def booked(site, trainer, other_trainer):
    course = factories.make_course(title="Kräuterkunde", owner=trainer)
    session = factories.make_session(course, capacity=1)
    anna = factories.make_user(
        "anna",
        email="anna@example.org",
        year_of_birth=1950,
        display_name="Anna Kowalska",
        preferred_language="pl",
        accessibility_needs="Rollstuhl",
    )
    ben = factories.make_user("ben", email="ben@example.org", year_of_birth=1960)
    service.enrol(anna, session.pk)
    service.enrol(ben, session.pk)
    return session


def url(session, csv_file=False):
    return f"/admin/sessions/{session.pk}/participants" + (".csv" if csv_file else "/")


def test_trainer_sees_own_participants_with_needs_and_language(client, booked, trainer):
    client.force_login(trainer)
    response = client.get(url(booked))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Anna Kowalska" in html and "Rollstuhl" in html and "Polski" in html
    assert "ben" in html


def test_csv_download(client, booked, trainer):
    client.force_login(trainer)
    response = client.get(url(booked, csv_file=True))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 3
    assert rows[1][0] == "Anna Kowalska" and rows[1][3] == "Rollstuhl"
    assert rows[2][5] == "1"  # ben waits at position 1


def test_a_listed_trainer_who_does_not_own_the_course_sees_them_too(client, booked, other_trainer):
    from courses.models import CoursePage

    course = CoursePage.objects.get(translation_key=booked.course_key)
    course.trainers.add(other_trainer)
    course.save()
    client.force_login(other_trainer)
    assert client.get(url(booked)).status_code == 200


@pytest.mark.parametrize("who", ["other_trainer", "learner", "anonymous"])
def test_others_are_refused(client, booked, other_trainer, who):
    if who == "other_trainer":
        client.force_login(other_trainer)
    elif who == "learner":
        client.force_login(factories.make_user("someone"))
    for target in (url(booked), url(booked, csv_file=True)):
        response = client.get(target)
        assert response.status_code in (302, 403)
        assert "Anna" not in response.content.decode()


def test_manager_sees_every_session(client, booked, manager):
    client.force_login(manager)
    assert client.get(url(booked)).status_code == 200
    assert client.get(url(booked, csv_file=True)).status_code == 200


def test_unknown_session_is_404(client, site, manager):
    client.force_login(manager)
    response = client.get("/admin/sessions/999999/participants/", follow=True)
    assert response.status_code == 404


def test_managers_read_the_enrolment_audit_log(client, booked, manager, trainer):
    client.force_login(manager)
    html = client.get("/admin/reports/site-history/").content.decode()
    assert "Anmeldung bestätigt" in html or "Enrolment confirmed" in html
    client.force_login(trainer)
    html = client.get("/admin/reports/site-history/").content.decode()
    assert "Anmeldung bestätigt" not in html and "Enrolment confirmed" not in html


def test_trainers_see_a_class_as_its_name_school_and_size(client, site, trainer):
    from learners.schools import services as schools

    course = factories.make_course(title="Roboter bauen", owner=trainer, ages=("children",))
    session = factories.make_session(course, capacity=30)
    teacher = factories.make_user(
        "teacher", email="lehrerin@schule.example", display_name="Frau K."
    )
    school = schools.register_school(
        teacher, name="Oberschule Zittau", school_type="secondary", street="Schulweg 1",
        postcode="02763", town="Zittau",
    )  # fmt: skip
    schools.book_class(
        teacher, session.pk, class_name="7b", grade=7, pupils=24, adults=2, notes="",
        consent_confirmed=True,
    )  # fmt: skip
    client.force_login(trainer)
    page = client.get(f"/admin/sessions/{session.pk}/participants/").content.decode()
    assert "7b" in page and "Oberschule Zittau" in page and "24" in page
    assert "lehrerin@schule.example" not in page
    assert (
        school.name in client.get(f"/admin/sessions/{session.pk}/participants.csv").content.decode()
    )


def xlsx_rows(response):
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


def csv_rows(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_xlsx_download(client, booked, trainer):
    client.force_login(trainer)
    response = client.get(url(booked) + "?export=xlsx")
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith(f'{booked.start:%Y-%m-%d}.xlsx"')
    rows = xlsx_rows(response)
    assert len(rows) == 3
    assert rows[0][0] == "Name" and rows[0][3] == "Bedarf an Barrierefreiheit"
    assert rows[1][0] == "Anna Kowalska" and rows[1][3] == "Rollstuhl"
    assert rows[2][5] == 1  # ben waits at position 1, as a number


def test_csv_through_the_export_parameter_is_the_csv_file(client, booked, trainer):
    client.force_login(trainer)
    by_parameter = client.get(url(booked) + "?export=csv")
    assert by_parameter["Content-Type"] == "text/csv; charset=utf-8"
    assert by_parameter.content == client.get(url(booked, csv_file=True)).content
    assert (
        by_parameter["Content-Disposition"]
        == (client.get(url(booked, csv_file=True))["Content-Disposition"])
    )


def test_the_page_links_both_downloads(client, booked, trainer):
    client.force_login(trainer)
    html = client.get(url(booked)).content.decode()
    assert url(booked, csv_file=True) in html and url(booked) + "?export=xlsx" in html


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_both_formats_neutralise_what_learners_typed(client, booked, trainer, start):
    from learners.models import Enrolment

    learner = Enrolment.objects.get(learner__username="anna").learner
    learner.display_name = f"{start}HYPERLINK(1)"
    learner.accessibility_needs = f"{start}1+1"
    learner.save()
    client.force_login(trainer)
    for rows in (
        csv_rows(client.get(url(booked, csv_file=True))),
        xlsx_rows(client.get(url(booked) + "?export=xlsx")),
    ):
        # (a spreadsheet file may store a carriage return as a line feed)
        kept = (start, "\n") if start == "\r" else (start,)
        assert rows[1][0] in [f"'{c}HYPERLINK(1)" for c in kept]
        assert rows[1][3] in [f"'{c}1+1" for c in kept]


@pytest.mark.parametrize("who", ["other_trainer", "learner", "anonymous"])
@pytest.mark.parametrize("export", ["csv", "xlsx"])
def test_others_are_refused_both_formats(client, booked, other_trainer, who, export):
    if who == "other_trainer":
        client.force_login(other_trainer)
    elif who == "learner":
        client.force_login(factories.make_user("someone"))
    response = client.get(url(booked) + f"?export={export}")
    assert response.status_code in (302, 403)
    assert "Anna" not in response.content.decode()


@pytest.mark.parametrize("export", ["csv", "xlsx"])
def test_export_query_count_does_not_grow_with_the_participants(client, site, trainer, export):
    course = factories.make_course(title="Vogelkunde", owner=trainer)
    session = factories.make_session(course, capacity=30)
    for number in range(2):
        service.enrol(factories.make_user(f"few{number}", year_of_birth=1980), session.pk)
    client.force_login(trainer)
    target = url(session) + f"?export={export}"
    client.get(target)  # warm the caches of sessions, sites and locales

    def count():
        with CaptureQueriesContext(connection) as context:
            response = client.get(target)
            if export == "xlsx":
                b"".join(response.streaming_content)
        return len(context.captured_queries)

    few = count()
    for number in range(18):
        service.enrol(factories.make_user(f"many{number}", year_of_birth=1980), session.pk)
    assert count() == few
