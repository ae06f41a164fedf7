"""The "Course progress" report: its figures, who may see them, and its query count."""

import csv
import io
import uuid

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.models import CoursePage
from learners.models import Attendance, Enrolment, EnrolmentStatus, LessonProgress, QuizAttempt
from learners.trainers.progress_report import CourseProgressMenuItem, course_statistics
from tests import factories

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/course-progress/"
REPORT_CSV = "/admin/reports/course-progress.csv"


def quiz(title):
    return (
        "quiz",
        {
            "title": title,
            "pass_mark": 70,
            "questions": [
                {
                    "question": "Welche Pflanze ist eine Heilpflanze?",
                    "multiple": False,
                    "answers": [
                        {"text": "Kamille", "is_correct": True, "feedback": ""},
                        {"text": "Beton", "is_correct": False, "feedback": ""},
                    ],
                }
            ],
        },
    )


def enrol(learner, course, status=EnrolmentStatus.CONFIRMED, session=None):
    return Enrolment.objects.create(
        learner=learner, course_key=course.translation_key, session=session, status=status
    )


def record_lesson(learner, course_key, lesson_key, done=True):
    now = timezone.now()
    return LessonProgress.objects.create(
        learner=learner,
        course_key=course_key,
        lesson_key=lesson_key,
        last_opened_at=now,
        completed_at=now if done else None,
    )


def attempt(learner, lesson, quiz_id, passed):
    return QuizAttempt.objects.create(
        learner=learner,
        course_key=lesson.course.translation_key,
        lesson_key=lesson.translation_key,
        quiz_id=quiz_id,
        submission=uuid.uuid4(),
        score=100 if passed else 0,
        passed=passed,
    )


def attend(enrolment, present, meeting=None):
    return Attendance.objects.create(
        enrolment=enrolment,
        meeting=meeting or enrolment.session.meetings.first(),
        present=present,
    )


@pytest.fixture
def herbs(site, trainer):
    """Anna's course: two live lessons (the second with a quiz), one unpublished, an
    English translation, and learners in every state."""
    course = factories.make_course(title="Kräuterkunde", owner=trainer)
    first = factories.make_lesson(course, title="Wiesenkräuter")
    second = factories.make_lesson(course, title="Heilpflanzen", body=[quiz("Pflanzenquiz")])
    withdrawn = factories.make_lesson(course, title="Alte Lektion")
    withdrawn.unpublish()
    english = factories.translate(course, "en", title="Herbal lore", slug="herbal-lore")
    english_second = factories.translate(second, "en", title="Medicinal plants")
    quiz_id = second.body[0].id

    make = factories.make_user
    ada, bob, cleo, dan, eve, fred, gus = (
        make(name) for name in ("ada", "bob", "cleo", "dan", "eve", "fred", "gus")
    )
    enrol(ada, course)
    record_lesson(ada, course.translation_key, first.translation_key)
    record_lesson(ada, course.translation_key, withdrawn.translation_key)  # not live: no count

    enrol(bob, course)
    record_lesson(bob, course.translation_key, first.translation_key, done=False)
    # bob learns in English: the translated lesson shares its key with the German one
    record_lesson(bob, english.translation_key, english_second.translation_key)

    enrol(cleo, course, EnrolmentStatus.COMPLETED)
    enrol(dan, course, EnrolmentStatus.AWAITING_CONSENT)
    enrol(eve, course, EnrolmentStatus.WAITLISTED)
    enrol(fred, course, EnrolmentStatus.CANCELLED)
    record_lesson(fred, course.translation_key, first.translation_key)

    session = factories.make_session(course)
    attend(enrol(gus, course, session=session), present=True)
    Enrolment.objects.create(  # an account deleted since
        learner=None, course_key=course.translation_key, status=EnrolmentStatus.CONFIRMED
    )

    attempt(ada, second, quiz_id, passed=False)
    attempt(ada, second, quiz_id, passed=True)
    attempt(bob, english_second, quiz_id, passed=False)
    attempt(cleo, second, quiz_id, passed=True)
    return course


@pytest.fixture
def solar(site, other_trainer):
    """Jan's course: no lessons, one learner absent so far, one done."""
    course = factories.make_course(title="Solartechnik", owner=other_trainer)
    session = factories.make_session(course)
    attend(enrol(factories.make_user("hana"), course, session=session), present=False)
    enrol(factories.make_user("ivan"), course, EnrolmentStatus.COMPLETED)
    return course


def statistics_by_title(*courses):
    rows = course_statistics([course.translation_key for course in courses])
    return {row.title: row for row in rows}


def test_figures_of_a_course_with_lessons_and_a_quiz(herbs, solar):
    row = statistics_by_title(herbs, solar)["Kräuterkunde"]
    assert row.lessons == 2
    # ada, bob, cleo, dan, gus and the deleted account; not eve (waiting) nor fred (cancelled)
    assert row.enrolled == 6
    assert row.completed == 1
    assert row.in_progress == 3  # ada and bob opened lessons, gus was there
    # ada 1/2, bob 1/2 (done in English), cleo completed, dan and gus nothing yet
    assert row.average_progress == 40
    [quiz_row] = row.quizzes
    assert (quiz_row.title, quiz_row.lesson_title) == ("Pflanzenquiz", "Heilpflanzen")
    assert (quiz_row.attempted, quiz_row.passed, quiz_row.pass_rate) == (3, 2, 67)


def test_pupils_count_as_learners_and_apart_and_the_teacher_only_as_a_class(
    site, trainer, teacher, approved
):
    from learners.pupils import accounts as pupil_accounts
    from learners.schools import services as schools

    course = factories.make_course(title="Roboter bauen", ages=("children",), owner=trainer)
    lesson = factories.make_lesson(course, title="Motoren")
    enrol(factories.make_user("ada"), course)
    session = factories.make_session(course, capacity=30)
    booking = schools.book_class(
        teacher, session.pk, "4a", 4, pupils=20, adults=2, consent_confirmed=True
    )
    code = booking.school_class.join_code
    fox = pupil_accounts.join_class(code, "Fox 7", "fuchs7", "de")
    pupil_accounts.join_class(code, "Owl 2", "eule22", "de")
    record_lesson(fox.user, course.translation_key, lesson.translation_key)

    [row] = statistics_by_title(course).values()
    assert (row.enrolled, row.pupils, row.classes) == (3, 2, 1)  # ada, fox, owl; not the teacher
    assert (row.in_progress, row.average_progress) == (1, 33)


def test_figures_of_a_course_without_lessons(herbs, solar):
    row = statistics_by_title(herbs, solar)["Solartechnik"]
    assert (row.lessons, row.enrolled, row.in_progress, row.completed) == (0, 2, 0, 1)
    assert row.average_progress is None
    assert row.quizzes == []


def test_a_translated_course_is_one_row_under_its_german_title(herbs):
    english = CoursePage.objects.get(
        translation_key=herbs.translation_key, locale__language_code="en"
    )
    rows = course_statistics([english.translation_key])
    assert [row.title for row in rows] == ["Kräuterkunde"]


def test_a_learner_with_two_enrolments_counts_once(site, trainer):
    course = factories.make_course(owner=trainer)
    learner = factories.make_user("zoe")
    enrol(learner, course, session=factories.make_session(course))
    enrol(learner, course, session=factories.make_session(course, days_ahead=30))
    [row] = course_statistics([course.translation_key])
    assert row.enrolled == 1


def test_trainer_sees_own_course_only(client, herbs, solar, trainer):
    client.force_login(trainer)
    response = client.get(REPORT)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kräuterkunde" in html and "Heilpflanzen – Pflanzenquiz" in html
    assert "Solartechnik" not in html
    assert 'class="progress-chart__value">6<' in html  # the chart shows its numbers as text


def test_trainer_sees_the_detail_with_quiz_pass_rates(client, herbs, trainer):
    client.force_login(trainer)
    response = client.get(f"{REPORT}{herbs.translation_key}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Pflanzenquiz" in html and "Heilpflanzen" in html and "67&nbsp;%" in html
    assert "40&nbsp;%" in html


def test_other_trainer_is_refused_the_detail(client, herbs, solar, other_trainer):
    client.force_login(other_trainer)
    # the admin's 404 passes through the language redirect first
    response = client.get(f"{REPORT}{herbs.translation_key}/", follow=True)
    assert response.status_code == 404
    assert "Kräuterkunde" not in response.content.decode()
    html = client.get(REPORT).content.decode()
    assert "Solartechnik" in html and "Kräuterkunde" not in html


def test_a_listed_trainer_sees_the_course_too(client, herbs, other_trainer):
    herbs.trainers.add(other_trainer)
    herbs.save()
    client.force_login(other_trainer)
    assert client.get(f"{REPORT}{herbs.translation_key}/").status_code == 200


def test_manager_sees_every_course(client, herbs, solar, manager):
    client.force_login(manager)
    html = client.get(REPORT).content.decode()
    assert "Kräuterkunde" in html and "Solartechnik" in html
    assert client.get(f"{REPORT}{solar.translation_key}/").status_code == 200


@pytest.mark.parametrize("who", ["learner", "anonymous"])
def test_learners_and_visitors_are_refused(client, herbs, who):
    if who == "learner":
        client.force_login(factories.make_user("someone"))
    for target in (REPORT, REPORT_CSV, f"{REPORT}{herbs.translation_key}/"):
        response = client.get(target)
        assert response.status_code in (302, 403)
        assert "Kräuterkunde" not in response.content.decode()


@pytest.mark.parametrize("key", ["not-a-key", uuid.uuid4()])
def test_unknown_course_is_404(client, site, manager, key):
    client.force_login(manager)
    assert client.get(f"{REPORT}{key}/", follow=True).status_code == 404


def test_csv_download(client, herbs, solar, manager):
    client.force_login(manager)
    response = client.get(REPORT_CSV)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1][:6] == ["Kräuterkunde", "2", "6", "3", "1", "40"]
    assert "Pflanzenquiz: 67 % (2/3)" in rows[1][6]
    assert rows[2][:6] == ["Solartechnik", "0", "2", "0", "1", ""]


def test_csv_neutralises_formulas_in_titles(client, site, trainer):
    factories.make_course(title="=HYPERLINK(1)", owner=trainer)
    client.force_login(trainer)
    rows = list(csv.reader(io.StringIO(client.get(REPORT_CSV).content.decode("utf-8-sig"))))
    assert rows[1][0] == "'=HYPERLINK(1)"


def test_menu_item_is_shown_to_trainers_with_courses_and_managers(rf, herbs, trainer, manager):
    item = CourseProgressMenuItem("Course progress", REPORT)
    without_courses = factories.make_user("trainer.new", group="Trainers")
    shown = {}
    for user in (trainer, manager, without_courses):
        request = rf.get("/admin/")
        request.user = user
        shown[user.username] = item.is_shown(request)
    assert shown == {"trainer.anna": True, "manager": True, "trainer.new": False}


def add_course_with_learners(owner, number):
    course = factories.make_course(title=f"Kurs {number:02}", owner=owner)
    lesson = factories.make_lesson(course, body=[quiz(f"Quiz {number}")])
    quiz_id = lesson.body[0].id
    for state in (EnrolmentStatus.CONFIRMED, EnrolmentStatus.COMPLETED):
        learner = factories.make_user(f"learner-{number}-{state}")
        enrol(learner, course, state)
        record_lesson(learner, course.translation_key, lesson.translation_key)
        attempt(learner, lesson, quiz_id, passed=state == EnrolmentStatus.COMPLETED)
    return course


def count_queries(action):
    with CaptureQueriesContext(connection) as context:
        action()
    return len(context.captured_queries)


def test_query_count_does_not_grow_with_the_number_of_courses(client, site, manager):
    for number in range(2):
        add_course_with_learners(manager, number)
    client.force_login(manager)
    client.get(REPORT)  # warm the caches of sessions, sites and locales

    def all_courses():
        assert len(course_statistics(CoursePage.objects.values("translation_key"))) > 0

    few = count_queries(all_courses)
    few_in_view = count_queries(lambda: client.get(REPORT))
    for number in range(2, 10):
        add_course_with_learners(manager, number)
    many = count_queries(all_courses)
    many_in_view = count_queries(lambda: client.get(REPORT))
    assert len(course_statistics(CoursePage.objects.values("translation_key"))) == 10
    assert many == few <= 6
    assert many_in_view == few_in_view


def xlsx_rows(response):
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert response["Content-Disposition"].endswith('filename="course-progress.xlsx"')
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


def test_xlsx_download(client, herbs, solar, manager):
    client.force_login(manager)
    response = client.get(f"{REPORT}?export=xlsx")
    assert response.status_code == 200
    rows = xlsx_rows(response)
    assert rows[0][0] == "Kurs"
    assert rows[1][:6] == ["Kräuterkunde", 2, 6, 3, 1, 40]
    assert "Pflanzenquiz: 67 % (2/3)" in rows[1][6]
    assert rows[2][:5] == ["Solartechnik", 0, 2, 0, 1]
    assert rows[2][5] in ("", None)  # no lessons, no average


def test_csv_through_the_export_parameter_is_the_csv_file(client, herbs, manager):
    client.force_login(manager)
    by_parameter = client.get(f"{REPORT}?export=csv")
    old_url = client.get(REPORT_CSV)
    assert by_parameter["Content-Type"] == "text/csv; charset=utf-8"
    assert by_parameter.content == old_url.content
    assert old_url["Content-Disposition"] == 'attachment; filename="course-progress.csv"'
    assert by_parameter["Content-Disposition"] == old_url["Content-Disposition"]


def test_the_report_links_both_downloads(client, herbs, manager):
    client.force_login(manager)
    html = client.get(REPORT).content.decode()
    assert REPORT_CSV in html and f"{REPORT}?export=xlsx" in html


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t"])
def test_both_formats_neutralise_formulas_in_titles(client, site, trainer, start):
    factories.make_course(title=f"{start}HYPERLINK(1)", owner=trainer)
    client.force_login(trainer)
    csv_file = list(csv.reader(io.StringIO(client.get(REPORT_CSV).content.decode("utf-8-sig"))))
    assert csv_file[1][0] == f"'{start}HYPERLINK(1)"
    assert xlsx_rows(client.get(f"{REPORT}?export=xlsx"))[1][0] == f"'{start}HYPERLINK(1)"


def test_both_formats_neutralise_formulas_in_quiz_titles(client, site, trainer):
    course = factories.make_course(title="Quizkurs", owner=trainer)
    factories.make_lesson(course, title="=Lektion", body=[quiz("Quiz")])
    client.force_login(trainer)
    csv_file = list(csv.reader(io.StringIO(client.get(REPORT_CSV).content.decode("utf-8-sig"))))
    assert csv_file[1][6].startswith("'=Lektion / Quiz")
    assert xlsx_rows(client.get(f"{REPORT}?export=xlsx"))[1][6].startswith("'=Lektion / Quiz")


@pytest.mark.parametrize("who", ["learner", "anonymous"])
@pytest.mark.parametrize("export", ["csv", "xlsx"])
def test_learners_and_visitors_are_refused_both_formats(client, herbs, who, export):
    if who == "learner":
        client.force_login(factories.make_user("someone"))
    response = client.get(f"{REPORT}?export={export}")
    assert response.status_code in (302, 403)
    assert b"Kr\xc3\xa4uterkunde" not in b"".join(
        getattr(response, "streaming_content", [response.content])
    )


@pytest.mark.parametrize("export", ["csv", "xlsx"])
def test_another_trainers_courses_are_not_exported(client, herbs, solar, other_trainer, export):
    client.force_login(other_trainer)
    response = client.get(f"{REPORT}?export={export}")
    if export == "csv":
        titles = [row[0] for row in csv.reader(io.StringIO(response.content.decode("utf-8-sig")))]
    else:
        titles = [row[0] for row in xlsx_rows(response)]
    assert titles[1:] == ["Solartechnik"]


@pytest.mark.parametrize("export", ["csv", "xlsx"])
def test_export_query_count_does_not_grow_with_the_number_of_courses(client, site, manager, export):
    for number in range(2):
        add_course_with_learners(manager, number)
    client.force_login(manager)
    target = f"{REPORT}?export={export}"
    client.get(target)  # warm the caches of sessions, sites and locales

    def export_file():
        response = client.get(target)
        assert response.status_code == 200
        if export == "xlsx":
            b"".join(response.streaming_content)

    few = count_queries(export_file)
    for number in range(2, 10):
        add_course_with_learners(manager, number)
    assert count_queries(export_file) == few


# Reports per partner ----------------------------------------------------------------------


def test_the_network_manager_filters_the_report_by_partner(client, site, manager):
    institute = factories.make_partner("Institut", slug="institut")
    own = factories.make_course(title="Institutskurs", parent=institute)
    other = factories.make_course(title="Hochschulkurs")
    client.force_login(manager)
    titles = lambda response: {row.title for row in response.context["courses"]}  # noqa: E731
    assert titles(client.get(REPORT)) >= {own.title, other.title}
    filtered = client.get(REPORT, {"partner": "institut"})
    assert titles(filtered) == {own.title}
    assert 'href="/admin/reports/course-progress.csv?partner=institut"' in filtered.content.decode()
    csv_text = client.get(REPORT_CSV, {"partner": "institut"}).content.decode("utf-8-sig")
    assert own.title in csv_text and other.title not in csv_text
    xlsx = client.get(REPORT, {"partner": "institut", "export": "xlsx"})
    assert "course-progress-institut.xlsx" in xlsx["Content-Disposition"]
    # A partner that does not exist shows every course, never an error page.
    assert titles(client.get(REPORT, {"partner": "kein\x00partner"})) >= {own.title, other.title}


def test_a_partners_manager_sees_only_its_courses(client, site):
    institute = factories.make_partner("Institut", slug="institut")
    own = factories.make_course(title="Institutskurs", parent=institute)
    factories.make_course(title="Hochschulkurs")
    manager = factories.make_user("lea")
    manager.groups.add(institute.managers_group)
    client.force_login(manager)
    response = client.get(REPORT)
    assert {row.title for row in response.context["courses"]} == {own.title}
    # Asking for another partner's figures shows nothing of theirs.
    response = client.get(REPORT, {"partner": "testpartner"})
    assert {row.title for row in response.context["courses"]} == {own.title}
    csv_text = client.get(REPORT_CSV).content.decode("utf-8-sig")
    assert "Hochschulkurs" not in csv_text
