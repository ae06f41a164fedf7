"""Partners in the browser: a partner's manager approves a course its trainer submitted,
and a visitor on a phone finds the partner's courses through the catalogue's provider
filter.

The admin's interface language follows the user's profile, so the test finds fields by id
and name and buttons by their Wagtail classes and data attributes, not by their labels.
"""

import re
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

from courses.models import CoursePage
from tests import factories

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SUBMITTED = "Photovoltaik auf dem Schuldach"
OWN_LIVE = "Stromnetze verstehen"
FOREIGN = "Wärmepumpen im Altbau"


@pytest.fixture
def partner_data():
    """Partner A (a university) with a live course and a course its trainer submitted for
    review; partner B (a research institute) with a live course of its own."""
    factories.translate_site()
    university = factories.make_partner("Hochschule Zittau/Görlitz", slug="hszg")
    institute = factories.make_partner("Institut für Energie", kind="research", slug="institut")
    manager = factories.make_user("manager.mia", display_name="Mia Manager")
    manager.groups.add(university.managers_group)
    trainer = factories.make_trainer("trainer.tom", partner=university, display_name="Tom")

    own = factories.make_course(title=OWN_LIVE, slug="stromnetze", parent=university)
    factories.make_course(title=FOREIGN, slug="waermepumpen", parent=institute)
    submitted = factories.make_course(
        title=SUBMITTED, slug="photovoltaik", parent=university, owner=trainer, live=False
    )
    submitted.save_revision(user=trainer)
    submitted.get_workflow().start(submitted, trainer)
    return {
        "university": university,
        "institute": institute,
        "own": own,
        "submitted": submitted,
    }


def log_in(page, username):
    page.goto("/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill("secret-pass-123")
    page.locator('form:has(#id_password) button[type="submit"]').click()
    page.wait_for_url(lambda url: url.rstrip("/").endswith("/admin"))


def card_titles(page):
    return sorted(page.locator(".course-card-title").all_inner_texts())


def test_partner_manager_approves_a_submitted_course(
    partner_data, open_page, screenshot, axe_check
):
    university, submitted = partner_data["university"], partner_data["submitted"]
    assert submitted.workflow_states.get().status == "in_progress"
    page = open_page("desktop")
    log_in(page, "manager.mia")

    # The page explorer starts at the manager's partner: its courses, not another's.
    page.goto("/admin/pages/")
    page.wait_for_url(f"**/admin/pages/{university.pk}/")
    edit_link = page.locator(f'a[href="/admin/pages/{submitted.pk}/edit/"]').first
    expect(edit_link).to_be_visible()
    expect(
        page.locator(f'a[href="/admin/pages/{partner_data["own"].pk}/edit/"]')
    ).not_to_have_count(0)
    expect(page.locator("main")).not_to_contain_text(FOREIGN)
    screenshot(page, "desktop-partner-explorer")

    # Open the submitted course and approve it from the editor's footer.
    edit_link.click()
    page.wait_for_url(f"**/admin/pages/{submitted.pk}/edit/")
    expect(page.locator("#id_title")).to_have_value(SUBMITTED)
    footer = page.locator("footer")
    footer.locator('[data-w-dropdown-target="toggle"]').first.click()
    approve = footer.locator(
        'button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])'
    )
    expect(approve).to_be_visible()
    approve.click()
    page.wait_for_url(lambda url: f"/admin/pages/{submitted.pk}/edit/" not in url)

    submitted.refresh_from_db()
    assert submitted.live
    assert not submitted.has_unpublished_changes
    assert submitted.workflow_states.get().status == "approved"

    # The course is on the partner's public page now.
    page.goto(university.url)
    titles = card_titles(page)
    assert titles == sorted([SUBMITTED, OWN_LIVE])
    expect(page.locator(f'.course-card-title a[href="{submitted.url}"]')).to_be_visible()
    screenshot(page, "desktop-partner-page-after-approval")
    axe_check(page, "partner page, German, desktop")
    axe_check.assert_clean()


def test_visitor_filters_the_catalogue_by_partner_on_a_phone(
    partner_data, open_page, screenshot, axe_check
):
    university = partner_data["university"]
    page = open_page("phone")

    page.goto(factories.german_catalogue().url)
    expect(page.locator("html")).to_have_attribute("lang", "de")
    cards = page.locator(".catalogue-results .course-card")
    expect(cards).to_have_count(2)
    assert card_titles(page) == sorted([OWN_LIVE, FOREIGN])
    axe_check(page, "catalogue, German, phone")

    # Filter by the university: the provider facet's value is the partner's slug.
    filters = page.locator("form.filters")
    provider = filters.locator(f'input[name="provider"][value="{university.slug}"]')
    provider.check()
    filters.locator('button[type="submit"]').click()
    page.wait_for_url(re.compile(r"[?&]provider="))
    assert parse_qs(urlparse(page.url).query)["provider"] == [university.slug]
    expect(cards).to_have_count(1)
    assert card_titles(page) == [OWN_LIVE]
    expect(filters.locator(f'input[name="provider"][value="{university.slug}"]')).to_be_checked()
    screenshot(page, "phone-catalogue-by-partner")
    axe_check(page, "catalogue filtered by partner, German, phone")

    # "Offered by" on the card leads to the partner's page, which lists its live courses.
    cards.first.locator(f'a[href="{university.url}"]').click()
    page.wait_for_url(f"**{university.url}")
    expect(page.get_by_role("heading", level=1)).to_have_text(university.title)
    assert card_titles(page) == [OWN_LIVE]
    assert not CoursePage.objects.get(pk=partner_data["submitted"].pk).live
    screenshot(page, "phone-partner-page")
    axe_check(page, "partner page, German, phone")

    axe_check.assert_clean()
