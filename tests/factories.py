"""Small helpers that build catalogue objects for tests."""

import datetime
import io
import itertools

from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.models import Locale

from courses.models import (
    AgeGroup,
    CompetenceField,
    CourseIndexPage,
    CoursePage,
    CourseSession,
    InstructionLanguage,
    LessonPage,
    Meeting,
    PartnerPage,
    Venue,
)
from home.models import HomePage
from learners.models import User

_counter = itertools.count(1)


def locale(code):
    return Locale.objects.get(language_code=code)


def german_home():
    return HomePage.objects.get(locale__language_code="de")


def german_catalogue():
    return CourseIndexPage.objects.get(locale__language_code="de")


def german_partner():
    """The partner that offers the tests' courses unless a test names another one."""
    partner = PartnerPage.objects.filter(locale__language_code="de", slug="testpartner").first()
    return partner or make_partner("Testpartner", slug="testpartner")


def make_partner(title=None, kind="university", town="Zittau", **fields):
    number = next(_counter)
    partner = PartnerPage(
        title=title or f"Partner {number}",
        slug=fields.pop("slug", f"partner-{number}"),
        kind=kind,
        town=town,
        **fields,
    )
    german_catalogue().add_child(instance=partner)
    return publish(partner)


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate(page, code, **fields):
    """Create and publish the translation of page into language code."""
    translation = page.copy_for_translation(locale(code))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return publish(translation)


def translate_site(codes=("en", "pl", "cs", "hsb")):
    """Translate the home page, the catalogue and the tests' partner, as every real site has
    them."""
    home, catalogue, partner = german_home(), german_catalogue(), german_partner()
    for code in codes:
        if not home.has_translation(locale(code)):
            translate(home, code)
        if not catalogue.has_translation(locale(code)):
            translate(catalogue, code, slug=f"courses-{code}", title=f"Catalogue {code}")
        if not partner.has_translation(locale(code)):
            translate(partner, code)


def make_course(
    title=None,
    field="economy",
    ages=("adults",),
    format="in_person",
    languages=("de",),
    owner=None,
    parent=None,
    live=True,
    **fields,
):
    number = next(_counter)
    title = title or f"Kurs {number}"
    course = CoursePage(
        title=title,
        slug=fields.pop("slug", f"kurs-{number}"),
        teaser=fields.pop("teaser", f"Kurzbeschreibung von {title}"),
        competence_field=CompetenceField.objects.get(code=field, locale__language_code="de"),
        format=format,
        owner=owner,
        **fields,
    )
    course.age_groups = list(AgeGroup.objects.filter(code__in=ages, locale__language_code="de"))
    course.instruction_languages = list(InstructionLanguage.objects.filter(code__in=languages))
    (parent or german_partner()).add_child(instance=course)
    if live:
        publish(course)
    else:
        course.unpublish() if course.live else None
        course.save_revision()
    return course


def make_picture(title="Werkstatt", colour="#0b4f8a", size=(1600, 900)):
    """A Wagtail image of one colour with an amber rectangle at its focal point, left of
    the middle."""
    width, height = size
    drawing = PillowImage.new("RGB", size, colour)
    drawing.paste("#ffbf47", (width // 4, height // 4, width // 2, height * 3 // 4))
    buffer = io.BytesIO()
    drawing.save(buffer, format="PNG")
    return get_image_model().objects.create(
        title=title,
        file=ImageFile(buffer, name=f"{title.lower()}.png"),
        focal_point_x=width * 3 // 8,
        focal_point_y=height // 2,
        focal_point_width=width // 4,
        focal_point_height=height // 2,
    )


def make_lesson(course, title="Lektion", body=None):
    lesson = LessonPage(title=title, slug=f"lektion-{next(_counter)}", body=body or [])
    course.add_child(instance=lesson)
    return publish(lesson)


def make_venue(town="Zittau", name=None):
    return Venue.objects.create(
        name=name or f"Werkstatt {town}",
        street="Markt 1",
        postcode="02763",
        town=town,
        accessibility_notes="Stufenloser Zugang, Aufzug",
        locale=locale("de"),
    )


def make_session(course, days_ahead=7, venue=None, capacity=12, hours=3, **fields):
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=days_ahead)
    return CourseSession.objects.create(
        course_key=course.translation_key,
        start=start,
        end=start + datetime.timedelta(hours=hours),
        venue=venue,
        capacity=capacity,
        **fields,
    )


def make_series(course, meetings=6, days_ahead=7, every_days=7, hours=2, venue=None, **fields):
    """A session that meets several times: meetings every_days apart, at 10:00 local time
    from the day days_ahead of today (whatever the hour the tests run, no meeting runs past
    midnight)."""
    day = timezone.localdate() + datetime.timedelta(days=days_ahead)
    first = timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))
    session = CourseSession(
        course_key=course.translation_key,
        venue=venue,
        capacity=fields.pop("capacity", 12),
        **fields,
    )
    session.meetings = [
        Meeting(start=start, end=start + datetime.timedelta(hours=hours))
        for start in (first + datetime.timedelta(days=every_days * n) for n in range(meetings))
    ]
    session.save()
    return session


def session_form_data(
    course, meetings=(("2030-05-01 09:00", "2030-05-01 12:00"),), deleted=(), **fields
):
    """What the admin's session form posts: meetings are (start, end) strings for new ones
    or Meeting objects already saved (kept as they are, removed if in deleted)."""
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    rows = []
    for meeting in meetings:
        if isinstance(meeting, Meeting):
            local = timezone.localtime
            rows.append(
                {
                    "id": meeting.pk,
                    "start": local(meeting.start).strftime("%Y-%m-%d %H:%M"),
                    "end": local(meeting.end).strftime("%Y-%m-%d %H:%M"),
                    "status": meeting.status,
                    **({"DELETE": "on"} if meeting in deleted else {}),
                }
            )
        else:
            rows.append({"start": meeting[0], "end": meeting[1], "status": "scheduled"})
    initial = sum(isinstance(meeting, Meeting) for meeting in meetings)
    data = {
        "course": course.pk,
        "capacity": "10",
        "status": "scheduled",
        "repeat_every": "1",
        "repeat_unit": "weeks",
        "meetings": inline_formset(rows, initial=initial),
        **fields,
    }
    return nested_form_data(data)


def make_user(username, group=None, **fields):
    user = User.objects.create_user(username=username, password="secret-pass-123", **fields)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


#: What a teacher types to register the school in the tests.
SCHOOL = {
    "name": "Oberschule Am Park",
    "school_type": "secondary",
    "street": "Parkweg 3",
    "postcode": "02763",
    "town": "Zittau",
}


def make_trainer(username, partner=None, **fields):
    """A trainer of partner (the tests' partner unless named): in the Trainers role and in
    the partner's trainers group, which lets them write courses below the partner."""
    user = make_user(username, group="Trainers", **fields)
    user.groups.add((partner or german_partner()).trainers_group)
    return user


def make_teacher(username="teacher.kim", email="kim@park.example", **fields):
    return make_user(username, email=email, **{"display_name": "Frau Kim", **fields})


def make_school(teacher, approved_by=None, **fields):
    from learners.schools import services as schools

    school = schools.register_school(teacher, **{**SCHOOL, **fields})
    if approved_by is not None:
        schools.approve_school(school, approved_by)
        school.refresh_from_db()
    return school


def quiz(title="Quiz", pass_mark=50, questions=None):
    """A lesson body item holding one quiz. Each question: (text, [(answer, correct), …])."""
    questions = questions or [
        ("Wie viel ist 2 + 2?", [("3", False), ("4", True)]),
        ("Welche sind Farben?", [("Rot", True), ("Tisch", False), ("Blau", True)]),
    ]
    return (
        "quiz",
        {
            "title": title,
            "pass_mark": pass_mark,
            "questions": [
                {
                    "question": text,
                    "multiple": sum(correct for _, correct in answers) > 1,
                    "answers": [
                        {"text": answer, "is_correct": correct, "feedback": f"Hinweis zu {answer}"}
                        for answer, correct in answers
                    ],
                }
                for text, answers in questions
            ],
        },
    )
