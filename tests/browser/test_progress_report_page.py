"""A trainer opens the "Course progress" report: table, chart and a course's quiz pass rates,
accessible to axe-core."""

import pytest
from playwright.sync_api import expect

from learners.models import Enrolment, EnrolmentStatus
from tests import factories

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_trainer_reads_the_course_progress_report(open_page, screenshot, axe_check):
    trainer = factories.make_trainer("trainer.anna", display_name="Anna Trainer")
    course = factories.make_course(title="Kräuterkunde", owner=trainer)
    factories.make_lesson(course, title="Wiesenkräuter")
    for number, status in enumerate([EnrolmentStatus.CONFIRMED, EnrolmentStatus.COMPLETED]):
        Enrolment.objects.create(
            learner=factories.make_user(f"learner{number}"),
            course_key=course.translation_key,
            status=status,
        )

    page = open_page("desktop")
    page.goto("/admin/login/")
    page.locator("#id_username").fill("trainer.anna")
    page.locator("#id_password").fill("secret-pass-123")
    page.locator('form:has(#id_password) button[type="submit"]').click()
    page.wait_for_url(lambda url: url.rstrip("/").endswith("/admin"))

    page.goto("/admin/reports/course-progress/")
    expect(page.locator("table.progress-table")).to_contain_text("Kräuterkunde")
    expect(page.locator(".progress-chart__value").first).to_have_text("2")
    bar = page.locator(".progress-chart__bar--completed").first
    assert float(bar.get_attribute("width")) == 50.0
    screenshot(page, "desktop-admin-course-progress")
    axe_check(page, "course progress report")

    page.locator("table.progress-table a", has_text="Kräuterkunde").click()
    page.wait_for_url(f"**/admin/reports/course-progress/{course.translation_key}/")
    expect(page.locator("main")).to_contain_text("50")
    screenshot(page, "desktop-admin-course-progress-detail")
    axe_check(page, "course progress of one course")
    axe_check.assert_clean()
