"""A visitor on a phone and on a desktop: home page, language switch, catalogue, course, .ics.

Assertions are on content, URLs, ``lang`` attributes and roles, never on interface strings,
which depend on the compiled gettext catalogues.
"""

import re
from urllib.parse import parse_qs, urlparse

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from courses.models import CourseIndexPage
from tests import factories

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

POLISH_TITLE = "Wodór na Łużycach"
POLISH_SLUG = "wodor-na-luzycach"


@pytest.fixture
def catalogue_data():
    """Four courses in different fields and age groups, sessions in Zittau and Görlitz,
    one course translated into Polish, and the home page and catalogue in every language."""
    factories.translate_site()
    zittau = factories.make_venue("Zittau", name="Hochschulwerkstatt Zittau")
    goerlitz = factories.make_venue("Görlitz", name="Kühlhaus Görlitz")

    hydrogen = factories.make_course(
        title="Wasserstoff in der Lausitz",
        slug="wasserstoff",
        field="research",
        ages=("adults",),
        languages=("de", "pl"),
        learning_outcomes="Elektrolyse erklären\nSpeicher vergleichen",
    )
    robots = factories.make_course(
        title="Roboter bauen",
        slug="roboter-bauen",
        field="education",
        ages=("children",),
    )
    founding = factories.make_course(
        title="Gründen im Dreiländereck",
        slug="gruenden",
        field="economy",
        ages=("young-people", "adults"),
    )
    factories.make_course(
        title="Digital im Dorf",
        slug="digital-im-dorf",
        field="life",
        ages=("seniors",),
        format="self_paced",
    )
    hydrogen_session = factories.make_session(hydrogen, days_ahead=10, venue=goerlitz)
    factories.make_session(robots, days_ahead=5, venue=zittau)
    factories.make_session(founding, days_ahead=20, venue=zittau)

    factories.translate(
        hydrogen,
        "pl",
        title=POLISH_TITLE,
        slug=POLISH_SLUG,
        teaser="Jak wodór zmienia energetykę regionu.",
    )
    return {
        "session": hydrogen_session,
        "polish_catalogue": CourseIndexPage.objects.get(locale__language_code="pl"),
    }


def card_titles(page):
    return sorted(page.locator(".catalogue-results .course-card-title").all_inner_texts())


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_visitor_finds_a_course_in_polish_and_adds_it_to_the_calendar(
    viewport, catalogue_data, open_page, screenshot, axe_check
):
    page = open_page(viewport)
    catalogue_path = catalogue_data["polish_catalogue"].url

    # Home page in German.
    page.goto("/de/")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_role("link", name="Wasserstoff in der Lausitz").first).to_be_visible()

    # Switch to Polish with the language switcher; on a phone one control opens it.
    if viewport == "phone":
        page.locator("nav.language-switcher summary").click()
    page.get_by_role("link", name="Polski", exact=True).click()
    page.wait_for_url("**/pl/")
    assert urlparse(page.url).path == "/pl/"
    expect(page.locator("html")).to_have_attribute("lang", "pl")
    expect(page.get_by_role("link", name=POLISH_TITLE).first).to_be_visible()
    screenshot(page, f"{viewport}-home")
    axe_check(page, f"home page, Polish, {viewport}")

    # The catalogue through the main navigation.
    page.locator(f'.site-nav a[href="{catalogue_path}"]').click()
    page.wait_for_url(f"**{catalogue_path}")
    expect(page.locator("html")).to_have_attribute("lang", "pl")
    cards = page.locator(".catalogue-results .course-card")
    expect(cards).to_have_count(4)
    all_titles = card_titles(page)
    assert all_titles == sorted(
        [POLISH_TITLE, "Roboter bauen", "Gründen im Dreiländereck", "Digital im Dorf"]
    )
    screenshot(page, f"{viewport}-catalogue")
    axe_check(page, f"catalogue, Polish, {viewport}")

    # Filter by place: only the course with a session in Görlitz is left.
    filters = page.locator("form.filters")
    filters.get_by_label(re.compile(r"^Görlitz")).check()
    filters.locator('button[type="submit"]').click()
    page.wait_for_url(re.compile(r"[?&]place="))
    query = parse_qs(urlparse(page.url).query)
    assert query["place"] == ["Görlitz"]
    expect(cards).to_have_count(1)
    filtered_titles = card_titles(page)
    assert filtered_titles == [POLISH_TITLE]
    assert filtered_titles != all_titles
    expect(filters.get_by_label(re.compile(r"^Görlitz"))).to_be_checked()
    screenshot(page, f"{viewport}-catalogue-filtered")

    # The course page, in Polish.
    page.get_by_role("link", name=POLISH_TITLE).click()
    polish_partner = factories.german_partner().get_translation(factories.locale("pl"))
    page.wait_for_url(f"**{polish_partner.url}{POLISH_SLUG}/")
    expect(page.locator("html")).to_have_attribute("lang", "pl")
    expect(page.get_by_role("heading", level=1)).to_have_text(POLISH_TITLE)
    expect(page.get_by_text("Kühlhaus Görlitz")).to_be_visible()
    screenshot(page, f"{viewport}-course")
    axe_check(page, f"course page, Polish, {viewport}")

    # "Add to calendar" downloads an iCalendar file for the session.
    session = catalogue_data["session"]
    calendar_link = page.locator(f'a[href$="/sessions/{session.pk}/calendar.ics"]')
    expect(calendar_link).to_be_visible()
    with page.expect_download() as download_info:
        calendar_link.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    calendar = Calendar.from_ical(download.path().read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert str(event["summary"]) == POLISH_TITLE
    assert event.decoded("dtstart") == session.start
    assert event.decoded("dtend") == session.end
    assert "Kühlhaus Görlitz" in str(event["location"])

    axe_check.assert_clean()
