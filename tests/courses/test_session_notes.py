"""Notes for participants ("Bitte feste Schuhe tragen.") belong to the course page and are
translated with it: each language shows its own text, or the German one marked as such;
a note is for one session or for every session; the editor offers only the course's own
sessions; a session deleted later breaks neither the editor, nor publishing, nor
wagtail-localize; the old one-text-for-all notes move onto the pages."""

import datetime
import importlib
import re

import pytest
from django.apps import apps
from django.utils import timezone, translation
from wagtail.models import Revision
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from courses import demo_content
from courses.models import CoursePage, CourseSession, SessionNote
from tests import factories
from tests.test_query_counts import queries_of

pytestmark = pytest.mark.django_db

SHOES = "Bitte feste Schuhe tragen."
LUNCH = "Mittagessen inklusive."
POLISH = {
    SHOES: "Prosimy założyć pełne, wygodne buty.",
    LUNCH: "Obiad w cenie.",
}
GERMAN_ONLY_PL = '<span class="tag tag-muted">Tylko po niemiecku</span>'


@pytest.fixture
def course(site):
    course = factories.make_course(title="Löten für Einsteiger", languages=("de", "pl"))
    course.first = factories.make_session(course, days_ahead=10)
    course.second = factories.make_session(course, days_ahead=30)
    return course


def with_notes(course, *notes):
    """Publish course with notes: (session or None for every session, text)."""
    course.session_notes = [
        SessionNote(session=session, text=text, sort_order=number)
        for number, (session, text) in enumerate(notes)
    ]
    factories.publish(course)
    fresh = CoursePage.objects.get(pk=course.pk)  # the notes as saved, not as assigned
    fresh.first, fresh.second = course.first, course.second
    return fresh


def session_part(html, session):
    """The part of a course page that shows session."""
    start = html.index(f'id="session-{session.pk}"')
    end = html.find('id="session-', start + 1)
    return html[start : end if end != -1 else len(html)]


def in_german(text):
    return f'<span lang="de">{text}</span> {GERMAN_ONLY_PL}'


def translate_with_localize(course, user, texts, fallback=False):
    """Translate course into Polish through wagtail-localize, each segment as texts says
    ("PL …" where it says nothing, left untranslated where it says None), and publish."""
    polish = factories.locale("pl")
    source, _created = TranslationSource.update_or_create_from_instance(course)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        data = texts.get(segment.string.data, f"PL {segment.string.data}")
        if data is not None:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=polish,
                context=segment.context,
                defaults={"data": data},
            )
    source.create_or_update_translation(polish, user=user, publish=True, fallback=fallback)
    return CoursePage.objects.get(translation_key=course.translation_key, locale=polish)


# Translated with the course ----------------------------------------------------------------


def test_each_note_is_a_segment_of_the_course_and_each_language_shows_its_own_text(
    client, course, manager, django_capture_on_commit_callbacks
):
    course = with_notes(course, (course.first, SHOES), (None, LUNCH))
    with django_capture_on_commit_callbacks(execute=True):
        polish = translate_with_localize(course, manager, POLISH)

    source = TranslationSource.objects.get(object_id=course.translation_key)
    segments = StringSegment.objects.filter(source=source, context__path__startswith="session_")
    assert sorted(segments.values_list("string__data", flat=True)) == sorted([SHOES, LUNCH])
    originals = {note.translation_key: note for note in course.session_notes.all()}
    translated = list(polish.session_notes.all())
    assert {note.translation_key for note in translated} == set(originals)
    for note in translated:
        original = originals[note.translation_key]
        assert note.locale.language_code == "pl" and note.session_id == original.session_id
        assert note.text == POLISH[original.text]

    html = client.get(polish.url).content.decode()
    first, second = session_part(html, course.first), session_part(html, course.second)
    assert POLISH[SHOES] in first and POLISH[LUNCH] in first
    assert POLISH[LUNCH] in second and POLISH[SHOES] not in second
    assert SHOES not in html and "Tylko po niemiecku" not in html
    german = client.get(course.url).content.decode()
    assert SHOES in session_part(german, course.first) and LUNCH in german
    assert POLISH[SHOES] not in german and "Nur auf Deutsch" not in german


def test_a_note_nobody_translated_is_shown_in_german_and_marked(
    client, course, manager, django_capture_on_commit_callbacks
):
    course = with_notes(course, (course.first, SHOES), (None, LUNCH))
    with django_capture_on_commit_callbacks(execute=True):
        polish = translate_with_localize(course, manager, {SHOES: None, LUNCH: POLISH[LUNCH]}, True)

    html = client.get(polish.url).content.decode()
    first = session_part(html, course.first)
    assert in_german(SHOES) in first
    assert f'<p class="session-note">{POLISH[LUNCH]}</p>' in first
    assert "Tylko po niemiecku" not in session_part(html, course.second)


def test_the_german_page_read_in_another_language_marks_its_notes_german(client, course):
    course = with_notes(course, (course.first, SHOES), (None, LUNCH))
    polish_partner = course.provider.get_translation(factories.locale("pl"))

    html = client.get(f"{polish_partner.url}{course.slug}/").content.decode()

    assert in_german(SHOES) in session_part(html, course.first)
    assert in_german(LUNCH) in session_part(html, course.second)
    german = client.get(course.url).content.decode()
    assert f'<p class="session-note">{SHOES}</p>' in german
    assert "tag-muted" not in session_part(german, course.first)


def test_the_german_page_says_which_notes_there_are(client, course):
    """A translation made before a note was added shows it in German; one removed from the
    German page is gone from the translation too, though it was not updated."""
    course = with_notes(course, (None, LUNCH))
    polish = factories.translate(course, "pl", title="Lutowanie", slug="lutowanie")
    note = polish.session_notes.get()
    note.text = POLISH[LUNCH]
    note.save()
    course = with_notes(course, (course.first, SHOES))

    html = client.get(polish.url).content.decode()

    assert in_german(SHOES) in session_part(html, course.first)
    assert POLISH[LUNCH] not in html and LUNCH not in html


def test_a_session_without_notes_shows_none(client, course):
    course = with_notes(course, (course.first, SHOES))
    html = client.get(course.url).content.decode()
    assert 'class="session-note"' in session_part(html, course.first)
    assert 'class="session-note"' not in session_part(html, course.second)


@pytest.mark.parametrize("language_code", ["de", "pl"])
def test_the_course_page_costs_the_same_with_one_note_or_five(client, course, language_code):
    polish = factories.translate(course, "pl", title="Lutowanie", slug="lutowanie")
    page = polish if language_code == "pl" else course

    def give_notes(*notes):
        german = with_notes(course, *notes)
        polish.session_notes = [
            SessionNote(
                session=note.session,
                text=f"PL {note.text}",
                translation_key=note.translation_key,
                sort_order=note.sort_order,
            )
            for note in german.session_notes.all()
        ]
        factories.publish(polish)

    give_notes((course.first, SHOES))
    one = queries_of(lambda: client.get(page.url))
    give_notes(
        (course.first, SHOES),
        (None, LUNCH),
        *[(course.second, f"Hinweis {number}") for number in range(3)],
    )
    html = client.get(page.url).content.decode()
    assert html.count('class="session-note"') == 2 + 4
    assert "tag-muted" not in html
    assert len(queries_of(lambda: client.get(page.url))) == len(one)


# The editor --------------------------------------------------------------------------------


def course_form(course):
    form_class = CoursePage.get_edit_handler().get_form_class()
    return form_class(instance=course, parent_page=factories.german_partner(), for_user=None)


def session_choices(form):
    return list(form.formsets["session_notes"].empty_form.fields["session"].choices)


def test_a_note_can_be_for_this_courses_sessions_only(course):
    start = timezone.make_aware(datetime.datetime(2030, 5, 14, 14))
    tuesday = CourseSession.objects.create(
        course_key=course.translation_key, start=start, end=start + datetime.timedelta(hours=3)
    )
    elsewhere = factories.make_session(factories.make_course(title="Anderer Kurs"))

    with translation.override("de"):
        choices = [
            (str(value), str(label)) for value, label in session_choices(course_form(course))
        ]
        assert choices[0] == ("", translation.gettext("Every session"))
    values = [value for value, _label in choices]
    assert values == ["", *(str(s.pk) for s in [course.first, course.second, tuesday])]
    assert str(elsewhere.pk) not in values
    assert choices[-1][1] == "Di 14.05.2030 14:00–17:00"
    with translation.override("en"):
        assert session_choices(course_form(course))[-1][1].startswith("Tue ")


def test_a_new_course_offers_only_every_session(site):
    assert [value for value, _label in session_choices(course_form(CoursePage()))] == [""]


def test_the_editor_offers_the_sessions_and_saves_a_note(client, course, manager):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    from tests.courses.test_permissions import course_form as posted_form

    other = factories.make_session(factories.make_course(title="Anderer Kurs"))
    client.force_login(manager)
    editor = f"/admin/pages/{course.pk}/edit/"
    html = client.get(editor).content.decode()
    assert "Hinweise für Teilnehmende" in html  # the manager reads the admin in German
    assert f'<option value="{course.second.pk}">' in html
    assert f'<option value="{other.pk}">' not in html

    def post(session):
        data = posted_form(course.title, course.slug, "publish")
        notes = inline_formset([{"session": session.pk, "text": SHOES}])
        data.update(nested_form_data({"session_notes": notes}))
        return client.post(editor, data)

    refused = post(other)
    assert refused.status_code == 200
    assert not SessionNote.objects.exists()
    assert post(course.second).status_code == 302
    (note,) = CoursePage.objects.get(pk=course.pk).session_notes.all()
    assert (note.session, note.text, note.locale.language_code) == (course.second, SHOES, "de")


# In the booking messages ------------------------------------------------------------------


def test_a_booking_message_repeats_the_sessions_notes_in_the_recipients_language(course):
    from learners.enrolment.emails import build_email
    from learners.enrolment.services import enrol
    from learners.models import Notification

    course = with_notes(course, (course.first, SHOES), (None, LUNCH))
    polish = factories.translate(course, "pl", title="Lutowanie", slug="lutowanie")
    lunch = polish.session_notes.get(text=LUNCH)
    lunch.text = POLISH[LUNCH]
    lunch.save()
    learner = factories.make_user(
        "lena", email="lena@example.org", year_of_birth=1990, preferred_language="pl"
    )
    enrolment = enrol(learner, course.first.pk)

    def body(kind):
        notification = Notification(
            recipient=learner, email=learner.email, kind=kind, enrolment=enrolment
        )
        return build_email(notification).body

    confirmed = body("confirmed")
    assert POLISH[LUNCH] in confirmed and LUNCH not in confirmed
    assert f"{SHOES} (Tylko po niemiecku)" in confirmed
    assert SHOES not in body("cancelled")


# A session deleted later -------------------------------------------------------------------


def test_a_deleted_sessions_note_leaves_the_draft_the_editor_and_publishing_alone(
    client, course, manager
):
    course = with_notes(course, (course.first, SHOES), (course.second, "Nur am zweiten Termin"))
    course.session_notes = [*course.session_notes.all(), SessionNote(text=LUNCH, sort_order=2)]
    draft = course.save_revision()

    course.second.delete()

    assert list(SessionNote.objects.values_list("text", flat=True)) == [SHOES]
    client.force_login(manager)
    html = client.get(f"/admin/pages/{course.pk}/edit/").content.decode()
    assert LUNCH in html and "Nur am zweiten Termin" not in html
    draft.publish()
    live = CoursePage.objects.get(pk=course.pk)
    assert [note.text for note in live.session_notes.all()] == [SHOES, LUNCH]
    assert client.get(live.url).status_code == 200


def test_a_deleted_sessions_note_does_not_stop_the_translation(
    client, course, manager, django_capture_on_commit_callbacks
):
    course = with_notes(course, (course.first, SHOES), (course.second, "Nur am zweiten Termin"))
    with django_capture_on_commit_callbacks(execute=True):
        translate_with_localize(course, manager, POLISH)

    course.second.delete()

    # As the translator's editor saves: from the source as it was last synced.
    source = TranslationSource.objects.get(object_id=course.translation_key)
    assert "Nur am zweiten Termin" not in source.content_json
    assert not StringSegment.objects.filter(source=source, string__data__startswith="Nur am")
    with django_capture_on_commit_callbacks(execute=True):
        polish, _created = source.create_or_update_translation(
            factories.locale("pl"), user=manager, publish=True
        )
    polish = CoursePage.objects.get(pk=polish.pk)
    assert [note.text for note in polish.session_notes.all()] == [POLISH[SHOES]]
    assert client.get(polish.url).status_code == 200


def test_a_copy_of_the_course_keeps_only_its_notes_for_every_session(course):
    """The copy is another course, without sessions yet: a note for a session of the course
    it was copied from is left out of its editor and of its revisions."""
    course = with_notes(course, (course.first, SHOES), (None, LUNCH))
    copy = course.copy(update_attrs={"slug": "loeten-kopie", "title": "Kopie"})

    in_editor = course_form(CoursePage.objects.get(pk=copy.pk)).formsets["session_notes"]
    assert [form.instance.text for form in in_editor.forms] == [LUNCH]
    from_revision = copy.get_latest_revision().as_object().session_notes.all()
    assert [note.text for note in from_revision] == [LUNCH]


# The old notes move onto the pages ---------------------------------------------------------


def test_the_migration_puts_each_sessions_note_on_every_page_of_its_course(client, course):
    migration = importlib.import_module("courses.migrations.0014_move_session_notes")
    polish = factories.translate(course, "pl", title="Lutowanie", slug="lutowanie")
    draft = CoursePage.objects.get(pk=course.pk)
    draft.title = "Löten für Fortgeschrittene"
    draft.save_revision()  # unpublished: its editor opens this revision, not the live page
    old_notes = [
        (course.first.pk, course.translation_key, SHOES),
        (course.second.pk, course.translation_key, LUNCH),
    ]

    migration.put_notes_on_pages(apps, old_notes)
    migration.put_notes_on_pages(apps, old_notes)  # run twice, nothing doubles

    assert SessionNote.objects.count() == 4
    keys = {}
    for page in [course, polish]:
        notes = list(SessionNote.objects.filter(page=page).order_by("sort_order"))
        assert [(n.session, n.text) for n in notes] == [
            (course.first, SHOES),
            (course.second, LUNCH),
        ]
        assert {n.locale_id for n in notes} == {page.locale_id}
        keys[page.locale.language_code] = [n.translation_key for n in notes]
        revision = Revision.objects.get(pk=CoursePage.objects.get(pk=page.pk).latest_revision_id)
        assert [n["text"] for n in revision.content["session_notes"]] == [SHOES, LUNCH]
        in_editor = CoursePage.objects.get(pk=page.pk).get_latest_revision_as_object()
        assert [n.text for n in in_editor.session_notes.all()] == [SHOES, LUNCH]
    assert CoursePage.objects.get(pk=course.pk).get_latest_revision_as_object().title == (
        "Löten für Fortgeschrittene"
    )
    assert keys["de"] == keys["pl"]
    html = client.get(polish.url).content.decode()
    assert in_german(SHOES) in session_part(html, course.first)


# Demo data ---------------------------------------------------------------------------------


def test_every_demo_note_is_translated_into_each_language_of_its_course():
    translated_into = set()
    for course in demo_content.COURSES:
        german = {*course.get("notes", [])} | {
            s["notes"] for s in course.get("sessions", []) if s.get("notes")
        }
        for language, texts in demo_content.COURSE_TRANSLATIONS.get(course["slug"], {}).items():
            assert set(texts.get("notes", {})) == german, (course["slug"], language)
            translated_into |= {language} if german else set()
            for text in texts.get("notes", {}).values():
                assert text and re.search(r"\w", text) and len(text) <= 300
    assert translated_into == {"en", "pl", "cs", "hsb"}
