"""A trainer is offered on a course only what they may finish: on a colleague's course no
"Add child page" (adding lessons to a course they may not edit) and no "Translate this
page" or "Sync translated pages" (a translation that would not be theirs to edit); the
add view refuses too. Their own courses, and every course for the partner's managers,
keep both."""

import re

import pytest

from courses.models import LessonPage
from tests import factories
from tests.courses.test_partners import partner_manager

pytestmark = pytest.mark.django_db


@pytest.fixture
def courses(site, trainer, other_trainer, django_capture_on_commit_callbacks, client):
    own = factories.make_course(title="Annas Kurs", owner=trainer)
    foreign = factories.make_course(title="Jans Kurs", owner=other_trainer)
    factories.make_lesson(foreign, title="Jans Lektion")
    # Jan's course is translated and kept in sync, so wagtail-localize would offer syncing.
    client.force_login(other_trainer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/admin/localize/submit/page/{foreign.pk}/", {"locales": [factories.locale("pl").pk]}
        )
    client.logout()
    return {"own": own, "foreign": foreign}


def offered(html, page):
    """What the page offers; syncing is by translation source, and only Jan's course has
    translations to sync."""
    links = {link.split("?")[0] for link in re.findall(r'href="(/admin/[^"]+)"', html)}
    return {
        "add child": f"/admin/pages/{page.pk}/add_subpage/" in links,
        "translate": f"/admin/localize/submit/page/{page.pk}/" in links,
        "sync": any(link.startswith("/admin/localize/update/") for link in links),
    }


def test_a_trainer_is_not_offered_to_extend_or_translate_a_colleagues_course(
    client, courses, trainer
):
    client.force_login(trainer)
    partner = factories.german_partner()
    listing = client.get(f"/admin/pages/{partner.pk}/").content.decode()
    foreign, own = courses["foreign"], courses["own"]

    assert offered(listing, foreign) == {"add child": False, "translate": False, "sync": False}
    assert offered(listing, own) == {"add child": True, "translate": True, "sync": False}
    # The colleague's course opened in the explorer: nothing of it in its header either.
    header = client.get(f"/admin/pages/{foreign.pk}/").content.decode()
    assert offered(header, foreign) == {"add child": False, "translate": False, "sync": False}


def test_a_trainer_cannot_add_a_lesson_to_a_colleagues_course(client, courses, trainer):
    client.force_login(trainer)
    foreign = courses["foreign"]
    add_url = f"/admin/pages/add/courses/lessonpage/{foreign.pk}/"

    assert client.get(add_url).status_code in (302, 403)
    client.post(add_url, {"title": "Untergeschoben", "slug": "untergeschoben"})
    assert not LessonPage.objects.filter(slug="untergeschoben").exists()
    # Their own course takes lessons, and the partner takes new courses.
    assert client.get(f"/admin/pages/add/courses/lessonpage/{courses['own'].pk}/").status_code == (
        200
    )
    partner = factories.german_partner()
    assert client.get(f"/admin/pages/add/courses/coursepage/{partner.pk}/").status_code == 200


def test_the_partners_manager_is_offered_everything_on_every_course(client, courses):
    client.force_login(partner_manager("lea", factories.german_partner()))
    listing = client.get(f"/admin/pages/{factories.german_partner().pk}/").content.decode()
    foreign = courses["foreign"]

    assert offered(listing, foreign) == {"add child": True, "translate": True, "sync": True}


def test_each_translation_button_is_offered_once(client, courses, trainer):
    client.force_login(trainer)
    listing = client.get(f"/admin/pages/{factories.german_partner().pk}/").content.decode()

    own = courses["own"]
    assert listing.count(f'href="/admin/localize/submit/page/{own.pk}/"') == 1
