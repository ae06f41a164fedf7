"""The course form offers each age group and competence field once, named in the admin's
language (German where an entry is not translated), and stores the original entry, which
every translation of the course shares; the session form names its venues the same way."""

import re

import pytest
from wagtail.users.models import UserProfile

from courses.models import AgeGroup, CompetenceField, CoursePage
from tests import factories
from tests.courses.test_permissions import course_form

pytestmark = pytest.mark.django_db

AGE_GROUPS = {
    "en": ["Children", "Young people", "Adults", "Seniors"],
    "pl": ["Dzieci", "Młodzież", "Dorośli", "Seniorzy"],
    "cs": ["Děti", "Mládež", "Dospělí", "Senioři"],
    "hsb": ["Dźěći", "Młodźina", "Dorosćeni", "Seniorojo"],
}
FIELDS = {
    "en": ["Economy", "Life", "Research", "Education"],
    "pl": ["Gospodarka", "Życie", "Badania", "Edukacja"],
    "cs": ["Hospodářství", "Život", "Výzkum", "Vzdělávání"],
    "hsb": ["Hospodarstwo", "Žiwjenje", "Slědźenje", "Kubłanje"],
}


@pytest.fixture
def vocabulary(site):
    """The age groups and competence fields in all five languages, as the demo site has
    them; in English only the first age group is left untranslated."""
    for model, names in [(AgeGroup, AGE_GROUPS), (CompetenceField, FIELDS)]:
        originals = list(model.objects.filter(locale__language_code="de"))
        for code, translated in names.items():
            for original, name in zip(originals, translated, strict=True):
                if (model, code, name) == (AgeGroup, "en", "Children"):
                    continue
                translation = original.copy_for_translation(factories.locale(code))
                translation.name = name
                translation.save()
    return {
        "age_groups": [g.name for g in AgeGroup.objects.filter(locale__language_code="de")],
        "fields": [f.name for f in CompetenceField.objects.filter(locale__language_code="de")],
    }


def admin_in(user, language_code):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language_code
    profile.save()


def choices(html, name):
    """(value, label, checked) of each checkbox or radio button called name."""
    pattern = (
        rf'<input type="(?:checkbox|radio)" name="{name}" value="(\d+)"([^>]*)>'
        r"\s*([^<]*?)\s*</label>"
    )
    return [
        (int(value), label, "checked" in attributes)
        for value, attributes, label in re.findall(pattern, html)
    ]


@pytest.mark.parametrize("language_code", ["en", "de", "pl"])
def test_each_group_and_field_is_offered_once_in_the_admins_language(
    client, vocabulary, trainer, language_code
):
    course = factories.make_course(title="Eigener Kurs", owner=trainer, ages=("adults",))
    admin_in(trainer, language_code)
    client.force_login(trainer)

    html = client.get(f"/admin/pages/{course.pk}/edit/").content.decode()

    german = {
        "age_groups": AgeGroup.objects.filter(locale__language_code="de"),
        "competence_field": CompetenceField.objects.filter(locale__language_code="de"),
    }
    expected = {
        "age_groups": {
            "en": ["Kinder", "Young people", "Adults", "Seniors"],  # "Kinder": not translated
            "de": vocabulary["age_groups"],
            "pl": AGE_GROUPS["pl"],
        }[language_code],
        "competence_field": {"de": vocabulary["fields"]}.get(language_code)
        or FIELDS[language_code],
    }
    for name in ["age_groups", "competence_field"]:
        offered = choices(html, name)
        assert [value for value, _label, _checked in offered] == [row.pk for row in german[name]]
        assert [label for _value, label, _checked in offered] == expected[name]
    checked = [label for _value, label, is_checked in choices(html, "age_groups") if is_checked]
    assert checked == [expected["age_groups"][2]]


def test_a_course_keeps_the_original_entries_for_every_translation(
    client, vocabulary, trainer, django_capture_on_commit_callbacks
):
    admin_in(trainer, "en")
    client.force_login(trainer)
    data = course_form("Obstbäume schneiden", "obstbaeume")
    children = AgeGroup.objects.get(code="children", locale__language_code="de")
    seniors = AgeGroup.objects.get(code="seniors", locale__language_code="de")
    data["age_groups"] = [children.pk, seniors.pk]
    add_url = f"/admin/pages/add/courses/coursepage/{factories.german_partner().pk}/"
    assert client.post(add_url, data).status_code == 302
    course = CoursePage.objects.get(slug="obstbaeume")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/admin/localize/submit/page/{course.pk}/", {"locales": [factories.locale("pl").pk]}
        )

    polish = course.get_translation(factories.locale("pl"))
    for page in [course, polish]:
        assert set(page.age_groups.all()) == {children, seniors}
        assert page.competence_field.locale.language_code == "de"


def test_another_languages_entry_stored_before_is_shown_as_its_original(
    client, vocabulary, trainer
):
    course = factories.make_course(title="Eigener Kurs", owner=trainer, field="economy")
    course.competence_field = CompetenceField.objects.get(code="life", locale__language_code="pl")
    course.save()
    admin_in(trainer, "de")
    client.force_login(trainer)

    html = client.get(f"/admin/pages/{course.pk}/edit/").content.decode()

    life = CompetenceField.objects.get(code="life", locale__language_code="de")
    assert [value for value, _label, checked in choices(html, "competence_field") if checked] == [
        life.pk
    ]


def test_the_session_form_names_venues_in_the_admins_language(client, site, trainer):
    venue = factories.make_venue("Görlitz", name="Stadtteilzentrum Königshufen")
    polish = venue.copy_for_translation(factories.locale("pl"))
    polish.name, polish.town = "Centrum dzielnicowe Königshufen", "Zgorzelec"
    polish.save()
    course = factories.make_course(title="Eigener Kurs", owner=trainer)
    admin_in(trainer, "pl")
    client.force_login(trainer)

    html = client.get(f"/admin/sessions/new/?course={course.pk}").content.decode()

    for select in re.findall(r'<select name="[^"]*venue"[^>]*>(.*?)</select>', html, re.S):
        options = re.findall(r'<option value="(\d+)"[^>]*>([^<]*)</option>', select)
        assert options == [(str(venue.pk), "Centrum dzielnicowe Königshufen, Zgorzelec")]
