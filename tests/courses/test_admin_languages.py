"""Every admin screen the project adds speaks the admin's language: no heading, button,
link or label in another one ("Auswählen competence field" in the English admin).

Three ways it went wrong, each caught here: a text Wagtail translates once, when its
module is imported (its chooser's and snippets' breadcrumbs, kept in the language of the
process's first request); a language named in itself in the admin ("Deutsch"); and a
text the catalogues of Wagtail's Polish or Czech lack, which Django then shows in the
default language, German. The project's catalogue carries those texts.

A text is wrong on a page in language L when it is the German translation of an interface
text and not a text of L, or an English interface text that L translates or that the
project's catalogue lacks in L. Names of pages, vocabulary, venues and people are content
and left out.
"""

import datetime
import json
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils.translation import trans_real
from wagtail.models import Page
from wagtail.users.models import UserProfile

from courses.models import AgeGroup, CompetenceField, Venue
from learners.certificates import services as certificates
from learners.enrolment import services as enrolment
from learners.models import School, User
from tests import factories

pytestmark = pytest.mark.django_db

ADMIN_LANGUAGES = ["en", "de", "pl", "cs"]
#: Tags whose text is a heading, a button, a link or a label.
INTERFACE_TAGS = {"h1", "h2", "h3", "button", "a", "label", "th", "legend", "summary"}
#: Written into Wagtail's templates as they are: an untranslated label, and the empty
#: counter of a hidden badge.
UNTRANSLATABLE = {"Actions", "None"}


class InterfaceTexts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.open = []
        self.texts = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "aria-label" and value:
                self.texts.append(value)
        if tag in INTERFACE_TAGS:
            self.open.append([tag, ""])

    def handle_endtag(self, tag):
        if self.open and self.open[-1][0] == tag:
            self.texts.append(self.open.pop()[1])

    def handle_data(self, data):
        for element in self.open:
            element[1] += data


def interface_texts(html):
    parser = InterfaceTexts()
    parser.feed(html)
    return {" ".join(text.split()) for text in parser.texts} - {""}


def catalogue(language_code):
    """{English text: its translation} as the site translates it (project, Wagtail, Django)."""
    entries = trans_real.translation(language_code)._catalog.items()
    return {k: v for k, v in entries if isinstance(k, str) and k and "\x04" not in k}


def project_texts():
    po = polib.pofile(str(Path(settings.LOCALE_PATHS[0]) / "de" / "LC_MESSAGES" / "django.po"))
    return {entry.msgid for entry in po if not entry.obsolete and not entry.msgid_plural}


def wrong_language(texts, language_code, content):
    mine = catalogue(language_code)
    german = catalogue("de")
    english = {key.casefold() for key in mine} | {key.casefold() for key in german}
    own = {value.casefold() for value in mine.values()}
    german_texts = {value for key, value in german.items() if value != key}
    ours = project_texts()
    found = []
    for text in sorted(texts - content - UNTRANSLATABLE):
        key = text.casefold()
        if key in own:
            continue
        if language_code != "de" and text in german_texts and key not in english:
            found.append(f"{text!r} (German)")
        elif language_code != "en" and text in mine and mine[text] != text:
            found.append(f"{text!r} (left in English, translated as {mine[text]!r})")
        elif language_code != "en" and text in ours and text not in mine:
            found.append(f"{text!r} (no translation in the catalogue)")
    return found


@pytest.fixture
def screens(site, trainer, manager, approved):
    """One of everything the project's admin screens show."""
    for model in (AgeGroup, CompetenceField):
        for row in model.objects.filter(locale__language_code="de"):
            for code in ["en", "pl", "cs"]:
                row.copy_for_translation(factories.locale(code)).save()
    venue = factories.make_venue()
    course = factories.make_course(title="Eigener Kurs", owner=trainer, awards_certificate=True)
    factories.make_lesson(course)
    session = factories.make_session(course, venue=venue)
    learner = factories.make_user("lena", email="lena@example.org", year_of_birth=1990)
    enrolment.enrol(learner, session.pk)
    certificate = certificates.issue_manually(
        learner, course, manager, first_date=datetime.date(2026, 1, 5)
    )
    pending = factories.make_school(
        factories.make_teacher("teacher.ben", email="ben@schule.example"), name="Schule am Berg"
    )
    partner = factories.german_partner()
    age_group = AgeGroup.objects.first()
    return [
        "/admin/",
        f"/admin/pages/{partner.pk}/",
        f"/admin/pages/{course.pk}/edit/",
        "/admin/snippets/courses/competencefield/",
        "/admin/snippets/courses/competencefield/add/",
        "/admin/snippets/courses/agegroup/",
        f"/admin/snippets/courses/agegroup/edit/{age_group.pk}/",
        "/admin/snippets/courses/venue/",
        f"/admin/snippets/courses/venue/edit/{venue.pk}/",
        f"/admin/snippets/courses/venue/delete/{venue.pk}/",
        "/admin/snippets/choose/courses/competencefield/",
        "/admin/snippets/choose/courses/agegroup/",
        "/admin/snippets/choose/courses/venue/",
        "/admin/sessions/",
        f"/admin/sessions/new/?course={course.pk}",
        f"/admin/sessions/edit/{session.pk}/",
        f"/admin/sessions/delete/{session.pk}/",
        f"/admin/sessions/{session.pk}/participants/",
        f"/admin/sessions/{session.pk}/attendance/",
        "/admin/reports/course-progress/",
        "/admin/embed-catalogue/?field=economy&limit=3",
        f"/admin/reports/course-progress/{course.translation_key}/",
        "/admin/certificates/",
        "/admin/certificates/new/",
        f"/admin/certificates/inspect/{certificate.pk}/",
        f"/admin/certificates/edit/{certificate.pk}/",
        "/admin/schools/",
        f"/admin/schools/inspect/{approved.pk}/",
        f"/admin/schools/approve/{pending.pk}/",
    ]


def content_texts():
    names = set(Page.objects.values_list("title", flat=True))
    for model in (AgeGroup, CompetenceField):
        names |= set(model.objects.values_list("name", flat=True))
    names |= {str(venue) for venue in Venue.objects.all()} | set(
        Venue.objects.values_list("name", flat=True)
    )
    names |= set(School.objects.values_list("name", flat=True))
    for user in User.objects.all():
        names |= {user.get_username(), user.get_full_name(), getattr(user, "display_name", "")}
    return names


@pytest.mark.parametrize("language_code", ADMIN_LANGUAGES)
def test_the_projects_admin_screens_speak_one_language(
    client, screens, trainer, manager, language_code
):
    content = content_texts()
    problems = {}
    for user in [manager, trainer]:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language_code
        profile.save()
        client.force_login(user)
        for url in screens:
            response = client.get(url)
            if response.status_code != 200:
                continue  # not this user's screen
            html = response.content.decode()
            if response["Content-Type"].startswith("application/json"):
                html = json.loads(html).get("html", "")
            for problem in wrong_language(interface_texts(html), language_code, content):
                problems.setdefault(problem, url)
    assert problems == {}
