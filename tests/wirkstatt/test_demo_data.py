from datetime import date, timedelta

import pytest
from allauth.account.models import EmailAddress
from django.core.management import call_command
from django.db.models import Count
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from courses import demo_content
from courses.demo_content import dates, pictures
from courses.holidays import is_public_holiday
from courses.models import CoursePage, CourseSession, LessonPage, Meeting, PartnerPage, Venue
from learners.models import Certificate, EnrolmentStatus, QuizAttempt, User
from tests.home.crawler_checks import allowed, urlset

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def as_migrated(db):
    """The site as ``migrate`` leaves it, without the partner the other tests' courses
    belong to (tests/conftest.py makes it once for the whole run)."""
    for partner in PartnerPage.objects.filter(slug="testpartner").order_by("-depth"):
        partner.delete()


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "sessions": CourseSession.objects.count(),
        "meetings": Meeting.objects.count(),
        "venues": Venue.objects.count(),
        "users": User.objects.count(),
        "email addresses": EmailAddress.objects.count(),
        "quiz attempts": QuizAttempt.objects.count(),
        "certificates": Certificate.objects.count(),
        "images": get_image_model().objects.count(),
        "renditions": get_image_model().get_rendition_model().objects.count(),
    }


def assert_demo_covers():
    """Each demo course but the few named ones has its motif's picture, in every
    translation, with the motif's alt text in the translation's language."""
    images = get_image_model().objects.filter(title__startswith="Demo: ")
    assert sorted(images.values_list("title", flat=True)) == sorted(
        motif.title for motif in pictures.MOTIFS.values()
    )
    assert not images.filter(focal_point_x=None).exists()
    german = CoursePage.objects.filter(locale__language_code="de").select_related("cover_image")
    assert german.count() == len(pictures.COURSE_PICTURES) + len(pictures.WITHOUT_PICTURE)
    for course in german:
        translations = course.get_translations(inclusive=True).specific().select_related("locale")
        key = pictures.COURSE_PICTURES.get(course.slug)
        for translation in translations:
            if key is None:
                assert course.slug in pictures.WITHOUT_PICTURE
                assert (translation.cover_image_id, translation.cover_alt) == (None, "")
            else:
                motif = pictures.MOTIFS[key]
                assert translation.cover_image_id == course.cover_image_id
                assert course.cover_image.title == motif.title
                assert translation.cover_alt == motif.alt[translation.locale.language_code]


def test_load_demo_data_builds_a_real_catalogue_and_is_idempotent(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_data", verbosity=0)
    first = snapshot()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_data", verbosity=0)
    assert snapshot() == first
    assert_demo_covers()
    learner = User.objects.get(username="learner")
    assert learner.enrolments.filter(status=EnrolmentStatus.COMPLETED).exists()
    assert Certificate.objects.get(learner=learner).is_ready

    german = CoursePage.objects.live().filter(locale__language_code="de")
    assert german.count() >= 30
    assert set(german.values_list("competence_field__code", flat=True)) == {
        "economy", "life", "research", "education",
    }  # fmt: skip
    assert set(german.values_list("age_groups__code", flat=True)) == {
        "children", "young-people", "adults", "seniors",
    }  # fmt: skip
    assert set(german.values_list("format", flat=True)) == {"in_person", "self_paced", "blended"}
    translations = dict(
        CoursePage.objects.exclude(locale__language_code="de")
        .order_by()
        .values_list("locale__language_code")
        .annotate(n=Count("pk"))
    )
    for code in ["pl", "cs", "en"]:
        assert translations[code] >= german.count() // 3
    assert translations["hsb"] >= 1
    towns = set(Venue.objects.filter(locale__language_code="de").values_list("town", flat=True))
    assert {"Zittau", "Görlitz", "Löbau", "Bautzen"} <= towns
    assert LessonPage.objects.filter(locale__language_code="de").exists()
    usernames = ["admin", "trainer.anna", "trainer.jan", "manager", "learner"] + [
        "manager.hochschule", "trainer.hochschule", "manager.zgorzelec", "trainer.zgorzelec"
    ]  # fmt: skip
    for username in usernames:
        assert client.login(username=username, password="wirkstatt-demo")
    # Demo users log in on the public site with their verified e-mail address.
    assert EmailAddress.objects.filter(verified=True, primary=True).count() == len(usernames)
    assert User.objects.get(username="learner").year_of_birth
    client.logout()
    response = client.post(
        "/de/accounts/login/",
        {"login": "lena.richter@example.org", "password": "wirkstatt-demo"},
    )
    assert response.status_code == 302 and response["Location"] == "/de/my-learning/"

    for url in ["/de/", "/pl/", "/hsb/", "/de/kurse/", "/pl/kursy/"]:
        assert client.get(url).status_code == 200
    for course in CoursePage.objects.live().select_related("locale")[:20]:
        assert client.get(course.url).status_code == 200
    course = CoursePage.objects.get(slug="digital-fit-im-alter", locale__language_code="de")
    assert pictures.MOTIFS["phone-chat"].alt["de"] in client.get(course.url).text
    # The catalogue shows pictures, and the field's colour for the few courses without.
    catalogue = "".join(client.get(f"/pl/kursy/?page={n}").text for n in (1, 2, 3))
    assert catalogue.count('class="course-cover"') == len(pictures.COURSE_PICTURES)
    assert catalogue.count("course-cover-none") == len(pictures.WITHOUT_PICTURE)
    # A network of partners of every kind, on both sides of the borders, one joint course.
    partners = PartnerPage.objects.filter(locale__language_code="de")
    assert partners.count() >= 6
    assert {"university", "research", "company", "public_body", "association"} <= set(
        partners.values_list("kind", flat=True)
    )
    assert {"DE", "PL", "CZ"} <= set(partners.values_list("country", flat=True))
    assert CoursePage.objects.exclude(co_providers=None).exists()
    # Courses that meet several times: weekly evenings, a weekend, a children's club over
    # ten weeks, a block at two venues.
    series = CourseSession.objects.annotate(n=Count("meetings")).filter(n__gt=1)
    assert series.count() >= 8
    assert series.filter(n=10).exists() and series.filter(n=2).exists()
    assert Meeting.objects.exclude(venue=None).exists()
    for partner in partners:
        assert partner.get_children().exists()
    for partner in PartnerPage.objects.live().select_related("locale"):
        assert client.get(partner.url).status_code == 200

    # The sitemap lists every page in every language it exists in, each version naming the
    # same versions, and robots.txt lets crawlers fetch them (tests/home/test_sitemap.py
    # checks each address answers; here a sample).
    sitemap = urlset(client.get("/sitemap.xml").content)
    assert len(sitemap) == Page.objects.live().filter(depth__gt=1).count()
    robots = client.get("/robots.txt").content.decode()
    for location, entry in sitemap.items():
        assert allowed(robots, location.removeprefix("https://wirkstatt.test")), location
        for href in entry["alternates"].values():
            assert sitemap[href]["alternates"] == entry["alternates"]
    for location in list(sitemap)[::8]:
        assert client.get(location.removeprefix("https://wirkstatt.test")).status_code == 200


# No demo date on a Sunday or a public holiday ------------------------------------------------


def session_specs():
    return [
        (course["slug"], spec)
        for course in demo_content.COURSES
        for spec in course.get("sessions", [])
    ]


def test_demo_sessions_never_meet_on_a_sunday_or_a_holiday_whenever_the_demo_is_loaded():
    """For every day of a year as the day of the first run: each session keeps its
    meetings, none on a day off, and starts at most a few days after its planned day."""
    specs = session_specs()
    assert specs
    hit_a_holiday = False
    start = date(2026, 10, 1)
    for offset in range(366):
        today = start + timedelta(days=offset)
        for slug, spec in specs:
            planned = today + timedelta(days=spec["day"])
            hit_a_holiday |= is_public_holiday(planned)
            days = dates.session_days(today, spec)
            assert len(days) == spec.get("meetings", 1), (slug, today)
            assert not any(dates.is_day_off(day) for day in days), (slug, today, days)
            first = dates.first_day(today, spec["day"])
            assert planned <= first <= planned + timedelta(days=3), (slug, today)
            assert days[0] >= first, (slug, today)  # a series on given weekdays may start later
    assert hit_a_holiday  # without moving, some would have met on a holiday


def test_demo_loaded_in_december_skips_christmas_and_new_year(monkeypatch):
    """Loaded on 4 December 2026, a course for whole school classes was planned for
    1 January 2027."""
    first_run = date(2026, 12, 4)
    monkeypatch.setattr(dates, "first_run_day", lambda: first_run)
    planned = [first_run + timedelta(days=spec["day"]) for _slug, spec in session_specs()]
    assert {date(2026, 12, 25), date(2026, 12, 26), date(2027, 1, 1)} <= set(planned)

    call_command("load_demo_data", verbosity=0)

    days = [
        timezone.localdate(start)
        for start in [
            *CourseSession.objects.values_list("start", flat=True),
            *Meeting.objects.values_list("start", flat=True),
        ]
    ]
    assert len(days) > len(planned)
    days_off = [day for day in days if day.weekday() == 6 or is_public_holiday(day)]
    assert days_off == []
