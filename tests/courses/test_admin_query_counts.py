"""The admin pages trainers and managers use most cost the same number of queries with 3
courses as with 12: the catalogue's page list (its partners), a partner's list of
courses, and a course's editor (whose sessions panel lists as many sessions as there are
courses here). Each is measured with warm caches, as the second of two requests.

Before, every row of a page list cost wagtail-localize's two queries for its translation
buttons and, for a trainer, Wagtail's query for "may delete"; the sessions panel counted
each session's seats in a query of its own."""

import pytest
from django.test import Client

from tests import factories

pytestmark = pytest.mark.django_db

SIZES = [3, 12]
#: The most queries each page may cost, whatever the number of courses. The editor reads
#: the course's notes for participants in one query; the sessions they can be for come with
#: the sessions panel's.
MOST = {
    ("manager", "catalogue"): 36,
    ("manager", "partner"): 38,
    ("manager", "editor"): 65,
    ("trainer", "catalogue"): 36,
    ("trainer", "partner"): 38,
    ("trainer", "editor"): 67,
}


@pytest.fixture
def catalogue(site, trainer, django_capture_on_commit_callbacks):
    def build(size, manager):
        """size courses with a lesson each, over size // 3 + 1 partners (the trainer teaches
        for all of them, half of the courses are theirs), every third one translated into
        Polish and kept in sync; the course opened in the editor has size sessions."""
        partners = [factories.german_partner()] + [
            factories.make_partner(f"Partner {n}") for n in range(size // 3)
        ]
        for partner in partners:
            trainer.groups.add(partner.trainers_group)
        courses = []
        for number in range(size):
            course = factories.make_course(
                title=f"Kurs {number}",
                owner=trainer if number % 2 else None,
                parent=partners[number % len(partners)],
            )
            factories.make_lesson(course)
            courses.append(course)
        edited = courses[1]
        for day in range(size):
            factories.make_session(edited, days_ahead=7 + day)
        translator = Client()
        translator.force_login(manager)
        with django_capture_on_commit_callbacks(execute=True):
            for course in courses[3::3]:
                translator.post(
                    f"/admin/localize/submit/page/{course.pk}/",
                    {"locales": [factories.locale("pl").pk]},
                )
        return {
            "catalogue": f"/admin/pages/{factories.german_catalogue().pk}/",
            "partner": f"/admin/pages/{partners[0].pk}/",
            "editor": f"/admin/pages/{edited.pk}/edit/",
        }

    return build


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("role", ["manager", "trainer"])
def test_admin_page_lists_and_the_course_editor_cost_the_same_for_any_number_of_courses(
    client, catalogue, trainer, manager, django_assert_max_num_queries, size, role
):
    urls = catalogue(size, manager)
    client.force_login({"manager": manager, "trainer": trainer}[role])
    for page, url in urls.items():
        assert client.get(url).status_code == 200
        with django_assert_max_num_queries(MOST[role, page]):
            assert client.get(url).status_code == 200
