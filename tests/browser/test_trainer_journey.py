"""A trainer logs into the Wagtail admin and saves a new course as a draft.

The admin's interface language follows the trainer's profile, so the test finds fields by
id and name and buttons by their Wagtail classes, not by their (translated) labels.
"""

import pytest
from playwright.sync_api import expect

from courses.models import AgeGroup, CompetenceField, CoursePage
from tests import factories

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TITLE = "Obstbäume schneiden im Frühjahr"


def test_trainer_saves_a_new_course_as_draft(open_page, screenshot):
    trainer = factories.make_trainer("trainer.anna", display_name="Anna Trainer")
    partner = factories.german_partner()
    field = CompetenceField.objects.get(code="life", locale__language_code="de")
    adults = AgeGroup.objects.get(code="adults", locale__language_code="de")

    page = open_page("desktop")

    # Log in through the form.
    page.goto("/admin/login/")
    page.locator("#id_username").fill("trainer.anna")
    page.locator("#id_password").fill("secret-pass-123")
    page.locator('form:has(#id_password) button[type="submit"]').click()
    page.wait_for_url(lambda url: url.rstrip("/").endswith("/admin"))

    # The trainer's partner in the page explorer, then "Add child page". A partner allows
    # only course pages, so Wagtail goes straight to the course form.
    page.goto(f"/admin/pages/{partner.pk}/")
    add_child = page.locator(f'a[href="/admin/pages/{partner.pk}/add_subpage/"]').first
    expect(add_child).to_be_visible()
    add_child.click()
    page.wait_for_url(f"**/admin/pages/add/courses/coursepage/{partner.pk}/")

    page.locator("#id_title").fill(TITLE)
    page.locator("#id_teaser").fill("Schnitt, Werkzeug und Pflege alter Obstsorten.")
    # The competence fields are offered once each, named in the admin's language.
    choice = page.get_by_role("radio", name=field.name, exact=True)
    expect(choice).to_have_attribute("name", "competence_field")
    expect(choice).to_have_value(str(field.pk))
    choice.check()
    expect(choice).to_be_checked()
    page.locator(f'input[name="age_groups"][value="{adults.pk}"]').check()
    page.locator('input[name="instruction_languages"][value="de"]').check()
    screenshot(page, "desktop-admin-course-form")

    page.locator("footer button.action-save").click()
    page.wait_for_url("**/admin/pages/*/edit/")

    course = CoursePage.objects.get(title=TITLE)
    assert page.url.endswith(f"/admin/pages/{course.pk}/edit/")
    assert course.owner == trainer
    assert not course.live
    assert course.has_unpublished_changes
    assert course.get_parent().pk == partner.pk
    assert course.slug  # filled in from the title by the admin's JavaScript
    assert course.competence_field == field
    assert list(course.age_groups.all()) == [adults]
    assert [lang.code for lang in course.instruction_languages.all()] == ["de"]
    expect(page.locator("#id_title")).to_have_value(TITLE)
