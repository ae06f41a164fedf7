"""Small screens: every public and account page reflows at 320px in every language, with
the longest things people type; on a 390px phone the first course is on the first screen;
the icons and the manifest answer.

Assertions are on geometry, structure and ``lang`` attributes, never on interface words,
which depend on the compiled gettext catalogues.
"""

import pytest
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from django.conf import settings
from django.test import Client

from courses.models import CourseIndexPage
from learners.certificates.services import issue_manually
from learners.enrolment.services import enrol, start_self_paced
from tests import factories
from wirkstatt.i18n.fallback import page_url_in_language

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

LANGUAGES = [code for code, _name in settings.LANGUAGES]

# What people type, as long as it gets: one word longer than a phone is wide, and more.
LONG_TITLE = (
    "Familienfreundlichkeitsmanagementqualifizierung: Generationenübergreifende "
    "Nachbarschaftshilfeorganisation im Dreiländereck"
)
LONG_WORD = "Familienfreundlichkeitsmanagementqualifizierung"
LONG_VENUE = "Begegnungszentrumsverwaltungsgebäude der Handwerkskammerbezirksgeschäftsstelle"
LONG_TOWN = "Großschönau-Waltersdorf-Hainewalde"
LONG_LESSON = "Arbeitszeitflexibilisierungsmöglichkeiten für Alleinerziehende"
LONG_EMAIL = (
    "maximiliane.friederike.von-schwarzenberg-hohenlohe"
    "@oberlausitzer-heimatverein-grossschoenau.example"
)
LONG_NAME = "Maximiliane Friederike Ottilie von Schwarzenberg-Hohenlohe-Waldenburg-Oberlausitz"

# Main controls are at least this tall on phones (WCAG 2.5.8 asks 24px).
TARGET = 44
MAIN_CONTROLS = ", ".join(
    [
        "header a",
        "header button",
        "header summary",
        "main button",
        "main .button",
        "main summary",
        ".breadcrumb a",
        ".jump-to-filters a",
        ".course-card-title a",
        ".session-list a",
        ".my-item h3 a",
        ".lesson-nav a",
        ".lesson-pager a",
        ".lesson-list a",
        ".pagination a",
        ".account-nav a",
    ]
)

MEASURE = """(controls) => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const visible = (element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== "hidden";
    };
    const describe = (element) =>
        `${element.tagName.toLowerCase()}${element.className ? "." + element.className : ""}`
        + ` "${(element.textContent || "").trim().slice(0, 40)}"`;
    return {
        scrollWidth: root.scrollWidth,
        clientWidth: width,
        lang: root.lang,
        h1: document.querySelectorAll("h1").length,
        main: document.querySelectorAll("main, [role=main]").length,
        // What sticks out on the right, for the report.
        overflowing: [...document.body.querySelectorAll("*")]
            .filter((e) => visible(e) && e.getBoundingClientRect().right > width + 1)
            .slice(0, 5)
            .map(describe),
        small: [...document.querySelectorAll(controls)]
            .filter((e) => visible(e) && e.getBoundingClientRect().height < 44 - 0.5)
            .slice(0, 5)
            .map((e) => `${describe(e)}: ${Math.round(e.getBoundingClientRect().height)}px`),
    };
}"""


@pytest.fixture
def long_data():
    """A course whose title, teaser and venue are as long as they get, in German only; a
    self-paced course with long lesson titles, translated into Polish; a learner with a long
    name and e-mail address who booked the one, started the other and holds a certificate."""
    factories.translate_site()
    venue = factories.make_venue(LONG_TOWN, name=LONG_VENUE)
    course = factories.make_course(
        title=LONG_TITLE,
        slug="familienfreundlich",
        teaser=f"{LONG_WORD} und {LONG_WORD.lower()}sverfahren für {LONG_TOWN}",
        learning_outcomes=f"{LONG_WORD}\nArbeitszeitflexibilisierungsmöglichkeiten kennen",
    )
    session = factories.make_session(course, days_ahead=5, venue=venue)
    self_paced = factories.make_course(
        title=f"{LONG_LESSON} – ein Selbstlernkurs",
        slug="selbstlernkurs",
        format="self_paced",
        awards_certificate=True,
        field="life",
    )
    lesson = factories.make_lesson(self_paced, title=LONG_LESSON)
    factories.make_lesson(self_paced, title=f"{LONG_WORD} im Alltag")
    factories.translate(self_paced, "pl", title=f"{LONG_LESSON} – kurs", slug="kurs")

    learner = factories.make_user(
        "maximiliane", email=LONG_EMAIL, display_name=LONG_NAME, preferred_language="de"
    )
    address = EmailAddress.objects.create(
        user=learner, email=LONG_EMAIL, primary=True, verified=False
    )
    enrol(learner, session.pk)
    start_self_paced(learner, self_paced)
    manager = factories.make_user("manager", group="Education managers")
    certificate = issue_manually(learner, course, manager, hours=12)
    return {
        "course": course,
        "lesson": lesson,
        "learner": learner,
        "certificate": certificate,
        "confirm_key": EmailConfirmationHMAC(address).key,
    }


def public_pages(language, data):
    catalogue = CourseIndexPage.objects.get(locale__language_code=language)
    certificate = data["certificate"].code
    return {
        "home": f"/{language}/",
        "catalogue": catalogue.url,
        "course": page_url_in_language(data["course"], language),
        "lesson": page_url_in_language(data["lesson"], language),
        "search results": f"/{language}/search/?q={LONG_WORD}",
        "certificate lookup": f"/{language}/certificates/?code={LONG_WORD}",
        "certificate verification": f"/{language}/certificates/{certificate}/",
        "login": f"/{language}/accounts/login/",
        "signup": f"/{language}/accounts/signup/",
        "password reset": f"/{language}/accounts/password/reset/",
        "confirm e-mail": f"/{language}/accounts/confirm-email/{data['confirm_key']}/",
        "join a class": f"/{language}/join/?code={LONG_WORD}",
        "open data (API)": f"/{language}/api/",
    }


def account_pages(language):
    return {
        "My learning": f"/{language}/my-learning/",
        "profile": f"/{language}/profile/",
        "My data": f"/{language}/my-data/",
        "school registration": f"/{language}/schools/register/",
    }


def session_cookie(user, url):
    client = Client()
    client.force_login(user)
    name = settings.SESSION_COOKIE_NAME
    return {"name": name, "value": client.cookies[name].value, "url": url}


def problems_of(page, language, label):
    found = page.evaluate(MEASURE, MAIN_CONTROLS)
    problems = []
    if found["scrollWidth"] > found["clientWidth"]:
        problems.append(
            f"scrolls sideways: {found['scrollWidth']}px wide in {found['clientWidth']}px"
            f" ({'; '.join(found['overflowing'])})"
        )
    if found["h1"] != 1:
        problems.append(f"{found['h1']} <h1> elements")
    if found["main"] != 1:
        problems.append(f"{found['main']} main landmarks")
    if found["lang"] != language:
        problems.append(f'<html lang="{found["lang"]}">')
    if found["small"]:
        problems.append(f"controls under {TARGET}px: {'; '.join(found['small'])}")
    return [f"{language} {label} ({page.url}): {problem}" for problem in problems]


def test_every_page_reflows_at_320px_in_every_language(
    open_page, axe_check, live_server, long_data, screenshot
):
    problems = []
    for language in LANGUAGES:
        page = open_page("narrow")  # one browser context per language
        for label, url in public_pages(language, long_data).items():
            page.goto(url)
            problems += problems_of(page, language, label)
            axe_check(page, f"{language} {label} at 320px")
        page.context.add_cookies([session_cookie(long_data["learner"], live_server.url)])
        for label, url in account_pages(language).items():
            page.goto(url)
            problems += problems_of(page, language, label)
            axe_check(page, f"{language} {label} at 320px")
        if language in ("pl", "hsb"):
            page.goto(f"/{language}/my-learning/")
            screenshot(page, f"narrow-{language}-my-learning")
    assert not problems, "\n".join(problems)
    axe_check.assert_clean()


def test_on_a_phone_the_first_course_is_on_the_first_screen(
    open_page, axe_check, long_data, screenshot
):
    """The header is compact on phones: on the home page and in the catalogue the first
    course card starts within the first 844px of a 390px phone, and a course page's title
    in the upper half."""
    screen = 844
    for language in LANGUAGES:
        page = open_page("phone")
        catalogue = CourseIndexPage.objects.get(locale__language_code=language)
        course = page_url_in_language(long_data["course"], language)
        for label, url in [("home", f"/{language}/"), ("catalogue", catalogue.url)]:
            page.goto(url)
            top = page.locator(".course-card").first.bounding_box()["y"]
            assert top < screen, f"{language} {label}: the first course starts at {top}px"
            if language in ("pl", "hsb"):
                screenshot(page, f"phone-{language}-{label}")
        page.goto(course)
        title = page.locator("h1").bounding_box()
        # Below the notice that the page is shown in German, where it is.
        assert title["y"] < screen / 2, f"{language} course page: its title starts at {title}"
        # One control for the languages, which opens the list of all five.
        menu = page.locator("nav.language-switcher details")
        expect_links = menu.locator("li > a, li > span[aria-current]")
        assert not expect_links.first.is_visible()
        menu.locator("summary").click()
        assert expect_links.count() == len(LANGUAGES)
        assert all(link.is_visible() for link in expect_links.all())
        axe_check(page, f"{language} course page with the language list open, 390px")
        if language in ("pl", "hsb"):
            screenshot(page, f"phone-{language}-course-languages")
        # The search is one tap away.
        assert page.locator(".nav-search-link a").is_visible()
        assert not page.locator("form.nav-search").is_visible()
    axe_check.assert_clean()


def test_on_a_desktop_the_header_lists_the_languages_and_holds_the_search(
    open_page, axe_check, long_data, screenshot
):
    page = open_page("desktop")
    for language in ("pl", "hsb"):
        for label, url in [
            ("home", f"/{language}/"),
            ("course", page_url_in_language(long_data["course"], language)),
        ]:
            page.goto(url)
            assert page.locator("form.nav-search input").is_visible()
            assert not page.locator(".nav-search-link").is_visible()
            assert not page.locator("nav.language-switcher details").is_visible()
            assert page.locator("ul.language-list li").count() == len(LANGUAGES)
            # Two rows at most: brand, languages and account; then the navigation and search.
            assert page.locator("header").bounding_box()["height"] < 220
            assert page.evaluate("document.documentElement.scrollWidth") <= 1280
            axe_check(page, f"{language} {label} at 1280px")
            screenshot(page, f"desktop-{language}-{label}")
    axe_check.assert_clean()


def test_the_icons_and_the_manifest_answer(open_page, live_server):
    page = open_page("phone")
    page.goto("/pl/")
    favicon = page.request.get(f"{live_server.url}/favicon.ico")
    assert favicon.status == 200
    assert favicon.headers["content-type"] == "image/x-icon"
    manifest_url = page.locator('link[rel="manifest"]').get_attribute("href")
    assert manifest_url == "/pl/manifest.webmanifest"
    manifest = page.request.get(f"{live_server.url}{manifest_url}")
    assert manifest.status == 200
    assert manifest.headers["content-type"] == "application/manifest+json"
    assert manifest.json()["lang"] == "pl"
    for link in ('link[rel="icon"][type="image/svg+xml"]', 'link[rel="apple-touch-icon"]'):
        icon = page.request.get(live_server.url + page.locator(link).get_attribute("href"))
        assert icon.status == 200, link
