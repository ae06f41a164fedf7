"""German shown on a page in another language says so (WCAG 3.1.2, language of parts): its
elements carry lang="de", and a German course title carries the visible "In German only"
marker, as on the course cards. The language switcher says in words which versions are
German, in the language of the page being read.

Assertions on interface words go through gettext, so they hold with or without the
compiled catalogues.
"""

import re

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from learners.enrolment.services import enrol, start_self_paced
from tests import factories

pytestmark = pytest.mark.django_db


def words(language, message):
    with translation.override(language):
        return translation.gettext(message)


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.fixture
def german_course(site):
    """A course in German only, with a date and two lessons."""
    course = factories.make_course(title="Fahrradwerkstatt", slug="fahrradwerkstatt")
    factories.make_session(course, days_ahead=5, venue=factories.make_venue("Löbau"))
    factories.make_lesson(course, title="Werkzeug kennen")
    factories.make_lesson(course, title="Schlauch flicken")
    return course


@pytest.fixture
def polish_course(site):
    """A course translated into Polish, with a date."""
    course = factories.make_course(title="Wasserstoff", slug="wasserstoff")
    factories.make_session(course, days_ahead=6)
    factories.translate(course, "pl", title="Wodór", slug="wodor")
    return course


def marked_link(page, title):
    (link,) = [a for a in page.select("main a") if a.get_text(strip=True) == title]
    return link


def german_only_markers(page):
    marker = words("pl", "In German only")
    return [tag for tag in page.select("main .tag") if tag.get_text(strip=True) == marker]


def test_coming_up_on_the_home_page_marks_german_titles(client, german_course, polish_course):
    page = soup(client.get("/pl/"))
    german = marked_link(page.select_one(".session-list"), "Fahrradwerkstatt")
    assert german["lang"] == "de"
    marker = german.find_next_sibling(class_="tag")
    assert marker is not None and marker.get_text(strip=True) == words("pl", "In German only")
    polish = marked_link(page.select_one(".session-list"), "Wodór")
    assert not polish.has_attr("lang")
    assert polish.find_next_sibling(class_="tag") is None


def test_the_german_home_page_marks_nothing(client, german_course):
    page = soup(client.get("/de/"))
    link = marked_link(page.select_one(".session-list"), "Fahrradwerkstatt")
    assert not link.has_attr("lang")
    assert not page.select(".session-list .tag")


def test_my_learning_marks_german_titles(client, german_course, polish_course):
    learner = factories.make_user("lena", email="lena@example.org", preferred_language="pl")
    enrol(learner, german_course.sessions.get().pk)
    enrol(learner, polish_course.sessions.get().pk)
    self_paced = factories.make_course(title="Sicher im Netz", format="self_paced")
    start_self_paced(learner, self_paced)
    client.force_login(learner)
    page = soup(client.get("/pl/my-learning/"))
    for title in ("Fahrradwerkstatt", "Sicher im Netz"):
        link = marked_link(page, title)
        assert link["lang"] == "de"
        item = link.find_parent("li")
        assert item.find(class_="tag").get_text(strip=True) == words("pl", "In German only")
        # The course named in the buttons' hidden words is German too.
        hidden = [s for s in item.select(".visually-hidden span") if s.get_text() == title]
        assert hidden and all(s["lang"] == "de" for s in hidden)
    polish = marked_link(page, "Wodór")
    assert not polish.has_attr("lang")
    assert polish.find_parent("li").find(class_="tag") is None
    assert len(german_only_markers(page)) == 2


def test_a_german_lesson_in_the_polish_site_marks_its_texts_not_the_interface(
    client, german_course
):
    polish_partner = german_course.provider.get_translation(factories.locale("pl"))
    first = german_course.get_children().live().first()
    page = soup(client.get(f"{polish_partner.url}{german_course.slug}/{first.slug}/"))
    assert page.html["lang"] == "pl"
    assert page.h1["lang"] == "de" and page.h1.get_text(strip=True) == "Werkzeug kennen"
    assert page.select_one(".lesson-body")["lang"] == "de"
    nav = page.select_one(".lesson-nav")
    assert marked_link(nav, "Fahrradwerkstatt")["lang"] == "de"
    titles = nav.select("ol [lang]")
    assert [t.get_text(strip=True) for t in titles] == ["Werkzeug kennen", "Schlauch flicken"]
    assert {t["lang"] for t in titles} == {"de"}
    assert marked_link(page.select_one(".lesson-pager"), "Schlauch flicken →")["lang"] == "de"
    # The interface around them stays in the page's language.
    assert not page.select_one(".eyebrow").has_attr("lang")
    assert not page.select_one(".lesson-pager").has_attr("lang")


def test_a_lesson_in_its_own_language_marks_nothing(client, german_course):
    first = german_course.get_children().live().first()
    page = soup(client.get(first.url))
    assert not page.select("main [lang]")


def switcher_links(page, list_class):
    """{language code: (its link or current item, the note on it or None)}."""
    items = {}
    for item in page.select(f"nav.language-switcher {list_class} li > *"):
        note = item.find(class_="language-note")
        items[item["lang"]] = (item, note)
    return items


@pytest.mark.parametrize("list_class", [".language-menu ul", "ul.language-list"])
def test_the_switcher_says_in_words_which_versions_are_german(client, polish_course, list_class):
    page = soup(client.get(polish_course.url))  # German, translated into Polish only
    links = switcher_links(page, list_class)
    assert set(links) == {"de", "en", "pl", "cs", "hsb"}
    for code in ("de", "pl"):
        assert links[code][1] is None, code
    for code in ("en", "cs", "hsb"):
        item, note = links[code]
        # Visible to everyone, in the language of the page being read (here German).
        assert note is not None, code
        assert "visually-hidden" not in (note.get("class") or [])
        assert note["lang"] == "de"
        assert note.get_text(strip=True) == words("de", "(in German)")
        assert item["lang"] == code and item.name == "a"


def test_the_switcher_note_speaks_the_language_of_the_page_being_read(client, polish_course):
    english_partner = polish_course.provider.get_translation(factories.locale("en"))
    page = soup(client.get(f"{english_partner.url}{polish_course.slug}/"))  # German, in /en/
    links = switcher_links(page, "ul.language-list")
    current, note = links["en"]
    assert current.get("aria-current") == "true"
    assert note["lang"] == "en" and note.get_text(strip=True) == words("en", "(in German)")
    assert links["cs"][1]["lang"] == "en"


def test_the_phone_switcher_is_one_control_naming_the_current_language(client, polish_course):
    page = soup(client.get("/pl/"))
    (menu,) = page.select("nav.language-switcher details.language-menu")
    summary = menu.summary
    assert summary.select_one('[lang="pl"]').get_text(" ", strip=True) == "PL Polski"
    assert len(menu.select("ul li")) == 5
    # No hidden note anywhere: what the switcher says, everyone reads.
    assert not page.select("nav.language-switcher .visually-hidden")
    assert not re.search(r"\*\s*</", str(page.select_one("nav.language-switcher")))
