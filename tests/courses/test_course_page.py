import json
import re

import pytest
from icalendar import Calendar
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from courses.models import CoursePage
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(site):
    course = factories.make_course(
        title="Wasserstoff in der Lausitz",
        field="research",
        ages=("adults",),
        languages=("de", "pl"),
        learning_outcomes="Elektrolyse erklären\nSpeicher vergleichen",
        prerequisites="Keine",
        awards_certificate=True,
        fee="25.00",
        minimum_age=16,
    )
    venue = factories.make_venue("Görlitz", name="Kühlhaus Görlitz")
    factories.make_session(course, days_ahead=10, venue=venue, capacity=15)
    factories.make_session(course, days_ahead=30, venue=None, capacity=40)
    return course


def test_course_page_shows_facts_and_sessions(client, course):
    html = client.get(course.url).content.decode()
    for text in [
        "Wasserstoff in der Lausitz",
        "Forschung",
        "Erwachsene",
        "Elektrolyse erklären",
        "Keine",
        "25,00 €",
        "Kühlhaus Görlitz",
        "Markt 1, 02763 Görlitz",
        "Stufenloser Zugang",
        "15 Plätze frei",
        "40 Plätze frei",
        "Polnisch",
    ]:
        assert text in html, text


def jsonld_of(response):
    match = re.search(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    )
    return json.loads(match.group(1))


def test_jsonld_is_a_valid_schema_org_course(client, course):
    data = jsonld_of(client.get(course.url))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Course"
    assert data["name"] == "Wasserstoff in der Lausitz"
    assert data["provider"]["@type"] == "Organization"
    assert data["offers"]["price"] == "25.00"
    assert data["isAccessibleForFree"] is False
    instances = data["hasCourseInstance"]
    assert [i["@type"] for i in instances] == ["CourseInstance", "CourseInstance"]
    assert instances[0]["location"]["address"]["addressLocality"] == "Görlitz"
    assert instances[0]["remainingAttendeeCapacity"] == 15
    assert instances[1]["courseMode"] == "Online"


def test_jsonld_cannot_be_broken_out_of(client, site):
    course = factories.make_course(title="</script><script>alert(1)</script>")
    response = client.get(course.url)
    assert "<script>alert(1)" not in response.content.decode()
    assert jsonld_of(response)["name"] == "</script><script>alert(1)</script>"


def test_session_ics_download_is_valid_icalendar(client, course):
    session = course.sessions.first()
    response = client.get(f"/de/sessions/{session.pk}/calendar.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    calendar = Calendar.from_ical(response.content)
    (event,) = calendar.walk("VEVENT")
    assert str(event["summary"]) == "Wasserstoff in der Lausitz"
    assert event.decoded("dtstart") == session.start
    assert event.decoded("dtend") == session.end
    assert "Görlitz" in str(event["location"])
    assert course.url in str(event["url"])


def test_ics_for_unknown_or_unpublished_course_is_404(client, course):
    assert client.get("/de/sessions/999999/calendar.ics").status_code == 404
    session = course.sessions.first()
    course.unpublish()
    assert client.get(f"/de/sessions/{session.pk}/calendar.ics").status_code == 404


def test_ics_in_the_visitors_language(client, course):
    factories.translate(course, "pl", title="Wodór na Łużycach", slug="wodor")
    session = course.sessions.first()
    calendar = Calendar.from_ical(client.get(f"/pl/sessions/{session.pk}/calendar.ics").content)
    (event,) = calendar.walk("VEVENT")
    assert str(event["summary"]) == "Wodór na Łużycach"
    assert "/pl/" in str(event["url"])


def test_translation_with_wagtail_localize_shares_the_same_sessions(
    client, course, manager, django_capture_on_commit_callbacks
):
    """The invariant: one pool of sessions and seats across every language."""
    polish_locale = factories.locale("pl")
    source, _created = TranslationSource.get_or_create_from_instance(course)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=polish_locale,
            context=segment.context,
            data=f"PL {segment.string.data}",
        )
    with django_capture_on_commit_callbacks(execute=True):
        source.create_or_update_translation(polish_locale, user=manager, publish=True)
    polish = CoursePage.objects.get(
        translation_key=course.translation_key, locale__language_code="pl"
    )
    assert polish.pk != course.pk
    assert polish.title == "PL Wasserstoff in der Lausitz"
    assert list(polish.sessions) == list(course.sessions)

    german_html = client.get(course.url).content.decode()
    polish_html = client.get(polish.url).content.decode()
    for session in course.sessions:
        assert f'id="session-{session.pk}"' in german_html
        assert f'id="session-{session.pk}"' in polish_html
    assert "15 Plätze frei" in german_html
    assert "15 wolnych miejsc" in polish_html
    # Facts stay with the course, not the translation.
    assert list(polish.age_groups.all()) == list(course.age_groups.all())
    assert polish.competence_field == course.competence_field


def test_untranslated_course_under_other_language_shows_german_with_notice(client, course):
    polish_partner = course.provider.get_translation(factories.locale("pl"))
    response = client.get(f"{polish_partner.url}{course.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="pl">' in html
    assert "Wasserstoff in der Lausitz" in html
    assert 'role="note"' in html


def test_language_switcher_links_translations_and_fallbacks(client, course):
    polish = factories.translate(course, "pl", title="Wodór na Łużycach", slug="wodor")
    response = client.get(course.url)
    html = response.content.decode()
    assert f'href="{polish.url}" lang="pl"' in html
    english_partner = course.provider.get_translation(factories.locale("en"))
    assert f'href="{english_partner.url}{course.slug}/" lang="en"' in html
    assert 'aria-current="true" lang="de"' in html


def test_self_paced_course_lists_its_lessons(client, site):
    course = factories.make_course(title="Online lernen", format="self_paced")
    first = factories.make_lesson(course, title="Erste Schritte")
    factories.make_lesson(course, title="Weiter geht's")
    html = client.get(course.url).content.decode()
    assert "Erste Schritte" in html and "Weiter geht&#x27;s" in html
    assert f'href="{first.url}"' in html


def test_quiz_answers_never_reach_the_browser(client, site):
    course = factories.make_course(title="Quizkurs", format="self_paced")
    quiz = {
        "title": "Kurztest",
        "pass_mark": 50,
        "questions": [
            {
                "question": "Was speichert ein Akku?",
                "multiple": False,
                "answers": [
                    {"text": "Energie", "is_correct": True, "feedback": "GEHEIM-RICHTIG"},
                    {"text": "Wasser", "is_correct": False, "feedback": "GEHEIM-FALSCH"},
                ],
            }
        ],
    }
    lesson = factories.make_lesson(course, body=[("quiz", quiz)])
    html = client.get(lesson.url).content.decode()
    assert "Was speichert ein Akku?" in html and "Energie" in html
    assert "GEHEIM" not in html
    assert "is_correct" not in html
