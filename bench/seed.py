"""Seed the benchmark database in bulk: a large catalogue, learners and enrolments.

Creating Wagtail pages one at a time (``add_child``, ``save_revision().publish()``) costs
tens of milliseconds each, hours for ten thousand courses with lessons and translations.
Here the tree rows are computed in memory instead — treebeard's ``path``, ``depth`` and
``numchild``, ``url_path``, ``translation_key`` and ``locale`` — and inserted in batches,
then Wagtail's own ``update_index`` command indexes them for search. The demo content
(``load_demo_data``) is loaded first, so the site has its home pages and catalogues in every
language, the vocabularies with their translations, venues and the demo users.

Pages are inserted live and without revisions, as if imported: the site serves, lists and
finds them; the first edit in the admin creates their first revision.

    .venv/bin/python -m bench.seed          # sizes from COURSES, LEARNERS, ENROLMENTS
"""

import datetime
import json
import os
import random
import time
import uuid
from dataclasses import asdict, dataclass

from bench import texts
from bench.environment import create_database, production_environment, set_up_django

#: Bump when the shape of the seeded data changes, so old databases are seeded again.
SEED_VERSION = 2
#: Session dates are relative to the day of seeding; reseed before too many have passed.
MAX_AGE_DAYS = 30
#: A series meets weekly; every meeting lasts three hours.
WEEK = datetime.timedelta(weeks=1)
MEETING_LENGTH = datetime.timedelta(hours=3)
BATCH = 2000
#: Courses whose number n has n % every == offset are translated (with their lessons).
TRANSLATIONS = {"en": (5, 0), "pl": (10, 1), "cs": (10, 2), "hsb": (20, 3)}
MY_LEARNING_USERNAME = "bench-learner"


@dataclass(frozen=True)
class Sizes:
    courses: int = 10_000
    learners: int = 50_000
    enrolments: int = 200_000
    version: int = SEED_VERSION

    @classmethod
    def from_environment(cls):
        return cls(
            courses=int(os.environ.get("COURSES", cls.courses)),
            learners=int(os.environ.get("LEARNERS", cls.learners)),
            enrolments=int(os.environ.get("ENROLMENTS", cls.enrolments)),
        )


def seeded_sizes(database_url):
    """The sizes recorded by the last complete seeding, or None (missing, stale, other)."""
    import psycopg

    try:
        with psycopg.connect(database_url, autocommit=True) as connection:
            row = connection.execute(
                "SELECT sizes, seeded_at FROM bench_seed ORDER BY seeded_at DESC LIMIT 1"
            ).fetchone()
    except psycopg.Error:
        return None
    if row is None:
        return None
    sizes, seeded_at = row
    if datetime.datetime.now(datetime.UTC) - seeded_at > datetime.timedelta(days=MAX_AGE_DAYS):
        return None
    return sizes


def record_sizes(sizes):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TABLE IF NOT EXISTS bench_seed (sizes jsonb NOT NULL, seeded_at timestamptz)"
        )
        cursor.execute("DELETE FROM bench_seed")
        cursor.execute("INSERT INTO bench_seed VALUES (%s, now())", [json.dumps(asdict(sizes))])


def reset_to_seeded_state():
    """Undo what benchmark runs added after seeding, finished or not: their enrolments
    (with notifications and audit log entries) and all sessions (django_session; the
    benchmark database has no other users)."""
    from django.contrib.contenttypes.models import ContentType
    from django.contrib.sessions.models import Session
    from django.db import connection
    from wagtail.models import ModelLogEntry

    from learners.models import Enrolment

    with connection.cursor() as cursor:
        cursor.execute("SELECT max(seeded_at) FROM bench_seed")
        (seeded_at,) = cursor.fetchone()
    added = Enrolment.objects.filter(created_at__gt=seeded_at)
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Enrolment),
        object_id__in=[str(pk) for pk in added.values_list("pk", flat=True)],
    ).delete()
    added.delete()
    Session.objects.all().delete()


def ensure_seeded(database_url, sizes, environment, force=False):
    """Set up Django on a database seeded with sizes; seed it (from scratch) only if the
    recorded sizes differ. Returns the seconds spent seeding (0 when reused)."""
    if not force and seeded_sizes(database_url) == asdict(sizes):
        set_up_django(environment)
        return 0.0
    began = time.perf_counter()
    create_database(database_url, drop_first=True)
    set_up_django(environment)
    from django.core.management import call_command

    print("Seeding: demo content …", flush=True)
    call_command("load_demo_data", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    Seeder(sizes).run()
    record_sizes(sizes)
    return time.perf_counter() - began


def batches(items, size=BATCH):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def insert_pages(pages):
    """Insert page objects of one specific type (e.g. CoursePage) in batches: one INSERT …
    RETURNING id into wagtailcore_page, then one into the specific table. This is what
    ``Model.save()`` does for multi-table inheritance, a thousand rows at a time."""
    from wagtail.models import Page

    if not pages:
        return
    model = type(pages[0])
    page_fields = [f for f in Page._meta.local_concrete_fields if not f.primary_key]
    for batch in batches(pages):
        ids = Page._base_manager._insert(
            batch, fields=page_fields, returning_fields=[Page._meta.pk], using="default"
        )
        for page, (pk,) in zip(batch, ids, strict=True):
            page.id = page.page_ptr_id = pk
        model._base_manager._insert(
            batch, fields=model._meta.local_concrete_fields, using="default"
        )


class Tree:
    """Places new pages below parents by computing treebeard's materialised path."""

    def __init__(self):
        self.next_step = {}

    def first_free_step(self, parent):
        from wagtail.models import Page

        last = (
            Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
            .order_by("-path")
            .values_list("path", flat=True)
            .first()
        )
        return Page._str2int(last[-Page.steplen :]) + 1 if last else 1

    def place(self, page, parent):
        from wagtail.models import Page

        if parent.path not in self.next_step:
            is_new = parent.pk is None
            self.next_step[parent.path] = 1 if is_new else self.first_free_step(parent)
        step = self.next_step[parent.path]
        self.next_step[parent.path] = step + 1
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, step)
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.numchild = 0
        parent.numchild += 1


def rich_stream(*blocks):
    """A StreamField value in its stored JSON form, which Wagtail reads lazily as is."""
    return json.dumps(
        [{"type": kind, "value": value, "id": str(uuid.uuid4())} for kind, value in blocks]
    )


def paragraphs(*items):
    return "".join(f"<p>{item}</p>" for item in items)


def quiz(topic):
    def item(value):
        return {"type": "item", "value": value, "id": str(uuid.uuid4())}

    answers = [
        item({"text": f"Was {topic} im Alltag bedeutet", "is_correct": True, "feedback": ""}),
        item({"text": "Nichts davon", "is_correct": False, "feedback": "Lesen Sie noch einmal."}),
    ]
    question = {"question": f"Worum ging es in dieser Lektion zu {topic}?", "multiple": False}
    return {
        "title": "Kurzer Check",
        "pass_mark": 70,
        "questions": [item({**question, "answers": answers})],
    }


class Seeder:
    def __init__(self, sizes, seed=20261):
        self.sizes = sizes
        self.random = random.Random(seed)
        self.now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
        self.tree = Tree()

    def run(self):
        from django.core.management import call_command
        from django.db import connection, transaction

        steps = [
            ("venues", self.add_venues),
            ("lessons", self.add_pages),
            ("sessions", self.add_sessions),
            ("learners", self.add_learners),
            ("enrolments", self.add_enrolments),
        ]
        with transaction.atomic():
            self.load_vocabulary()
            for label, step in steps:
                began = time.perf_counter()
                count = step()
                print(f"Seeding: {count} {label} ({time.perf_counter() - began:.0f} s)", flush=True)
        began = time.perf_counter()
        call_command("update_index", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
        print(f"Seeding: search index ({time.perf_counter() - began:.0f} s)", flush=True)
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")

    # Vocabulary ----------------------------------------------------------------------------

    def load_vocabulary(self):
        from django.contrib.auth.models import Group
        from wagtail.models import Locale

        from courses.models import AgeGroup, CompetenceField, InstructionLanguage, PartnerPage

        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.german = self.locales["de"]
        self.fields = list(CompetenceField.objects.filter(locale=self.german))
        self.age_groups = list(AgeGroup.objects.filter(locale=self.german))
        self.languages = [language.code for language in InstructionLanguage.objects.all()]
        # The demo data's partners offer the seeded courses too, in turn.
        partners = list(PartnerPage.objects.select_related("locale").order_by("path"))
        self.partners = [page for page in partners if page.locale == self.german]
        self.partner_translations = {
            (page.translation_key, page.locale.language_code): page for page in partners
        }
        self.trainers = list(Group.objects.get(name="Trainers").user_set.all())

    # Venues --------------------------------------------------------------------------------

    def add_venues(self):
        from courses.models import Venue

        Venue.objects.bulk_create(
            Venue(
                name=f"Lernwerkstatt {town}",
                street="Markt 1",
                postcode=postcode,
                town=town,
                accessibility_notes="Stufenloser Zugang",
                locale=self.german,
            )
            for town, postcode in texts.TOWNS
        )
        self.venues = list(Venue.objects.filter(locale=self.german))
        return len(texts.TOWNS)

    # Pages ---------------------------------------------------------------------------------

    def add_pages(self):
        from courses.models import CoursePage

        courses, translated_courses, lessons = [], [], []
        age_rows, language_rows, trainer_rows = [], [], []
        for number in range(self.sizes.courses):
            course, course_lessons = self.course(number)
            course.partner = self.partners[number % len(self.partners)]
            self.tree.place(course, course.partner)
            for lesson in course_lessons:
                self.tree.place(lesson, course)
            courses.append(course)
            lessons.extend(course_lessons)
            for code, (every, offset) in TRANSLATIONS.items():
                if number % every == offset:
                    translated, translated_lessons = self.translation(course, course_lessons, code)
                    translated_courses.append(translated)
                    lessons.extend(translated_lessons)
        all_courses = courses + translated_courses
        insert_pages(all_courses)
        insert_pages(lessons)
        for course in all_courses:
            ages, languages, trainer = course.facts
            age_rows += [(course.pk, group.pk) for group in ages]
            language_rows += [(course.pk, code) for code in languages]
            trainer_rows.append((course.pk, trainer.pk))
        self.insert_m2m(CoursePage.age_groups.through, "agegroup_id", age_rows)
        self.insert_m2m(
            CoursePage.instruction_languages.through, "instructionlanguage_id", language_rows
        )
        self.insert_m2m(CoursePage.trainers.through, "user_id", trainer_rows)
        self.update_partner_numchild()
        self.courses = courses
        return f"{len(courses)} courses (+{len(translated_courses)} translations), {len(lessons)}"

    def course(self, number):
        from courses.choices import CourseFormat
        from courses.models import CoursePage, LessonPage

        field = self.fields[number % len(self.fields)]
        topic = self.random.choice(texts.TOPICS[field.code])
        title = f"{topic} {self.random.choice(texts.SUFFIXES)}"
        course_format = self.random.choices(
            [CourseFormat.IN_PERSON, CourseFormat.BLENDED, CourseFormat.SELF_PACED],
            weights=[6, 2, 2],
        )[0]
        published = self.now - datetime.timedelta(days=self.random.randint(1, 700))
        trainer = self.trainers[number % len(self.trainers)]
        course = CoursePage(
            title=title,
            draft_title=title,
            slug=f"kurs-{number}",
            locale=self.german,
            live=True,
            has_unpublished_changes=False,
            first_published_at=published,
            last_published_at=published,
            owner=trainer,
            teaser=f"{topic}: {self.random.choice(texts.TEASERS)}",
            description=rich_stream(("text", self.description(topic))),
            competence_field=field,
            format=course_format,
            minimum_age=self.random.choice([None] * 9 + [16]),
            duration_hours=self.random.choice([2, 3, 6, 12, 24]),
            learning_outcomes="\n".join(o.format(topic=topic) for o in texts.OUTCOMES[:3]),
            awards_certificate=self.random.random() < 0.3,
            fee=self.random.choice([0, 0, 0, 15, 45]),
        )
        lessons = []
        if course_format != CourseFormat.IN_PERSON:
            for position in range(self.random.randint(2, 4)):
                lesson_title = texts.LESSON_TITLES[position]
                blocks = [("text", self.description(topic))]
                if position % 2:
                    blocks.append(("quiz", quiz(topic)))
                lessons.append(
                    LessonPage(
                        title=lesson_title,
                        draft_title=lesson_title,
                        slug=f"lektion-{position + 1}",
                        locale=self.german,
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=published,
                        last_published_at=published,
                        owner=trainer,
                        summary=f"{lesson_title}: {topic}",
                        body=rich_stream(*blocks),
                    )
                )
        ages = self.random.sample(self.age_groups, self.random.randint(1, 2))
        others = [code for code in self.languages if code != "de"]
        languages = ["de"] + self.random.sample(others, self.random.randint(0, 2))
        course.facts = (ages, languages, trainer)
        return course, lessons

    def description(self, topic):
        chosen = self.random.sample(texts.SENTENCES, 4)
        return paragraphs(" ".join(s.format(topic=topic) for s in chosen[:2]), *chosen[2:])

    def translation(self, course, lessons, code):
        """The course (and its lessons) translated into code, below the translation of its
        partner (the demo partners are translated into every language)."""
        locale = self.locales[code]
        translated = self.copy_page(course, locale, f"[{code}] {course.title}")
        self.tree.place(
            translated, self.partner_translations[(course.partner.translation_key, code)]
        )
        translated_lessons = []
        for lesson in lessons:
            translated_lesson = self.copy_page(lesson, locale, f"[{code}] {lesson.title}")
            self.tree.place(translated_lesson, translated)
            translated_lessons.append(translated_lesson)
        return translated, translated_lessons

    def copy_page(self, page, locale, title):
        model = type(page)
        values = {
            f.attname: getattr(page, f.attname)
            for f in model._meta.concrete_fields
            if not f.primary_key and f.name not in {"page_ptr", "path", "depth", "numchild"}
        }
        copy = model(**values)
        copy.title = copy.draft_title = title
        copy.locale = locale
        copy.facts = getattr(page, "facts", None)
        return copy

    def insert_m2m(self, through, target_column, rows):
        source_column = next(
            f.attname for f in through._meta.concrete_fields if f.attname.endswith("page_id")
        )
        for batch in batches(rows, 10_000):
            through.objects.bulk_create(
                through(**{source_column: source, target_column: target})
                for source, target in batch
            )

    def update_partner_numchild(self):
        from wagtail.models import Page

        for partner in self.partner_translations.values():
            Page.objects.filter(pk=partner.pk).update(numchild=partner.numchild)

    # Sessions ------------------------------------------------------------------------------

    def add_sessions(self):
        """One to three sessions per course with dates; a quarter of them are weekly series
        of six meetings, the rest meet once."""
        from courses.choices import CourseFormat, SessionStatus
        from courses.models import CourseSession, Meeting

        sessions, meetings_of = [], []
        for course in self.courses:
            if course.format == CourseFormat.SELF_PACED:
                continue
            for _ in range(self.random.randint(1, 3)):
                in_past = self.random.random() < 0.3
                day = self.random.randint(-120, -1) if in_past else self.random.randint(1, 240)
                start = self.now.replace(hour=0, minute=0, second=0) + datetime.timedelta(
                    days=day, hours=self.random.choice([8, 9, 13, 15, 16])
                )
                meetings = 6 if self.random.random() < 0.25 else 1
                online = course.format == CourseFormat.BLENDED and self.random.random() < 0.5
                sessions.append(
                    CourseSession(
                        course_key=course.translation_key,
                        start=start,
                        end=start + WEEK * (meetings - 1) + MEETING_LENGTH,
                        venue=None if online else self.random.choice(self.venues),
                        online_url="https://meet.example/raum" if online else "",
                        capacity=self.random.randint(8, 30),
                        status=SessionStatus.CANCELLED
                        if self.random.random() < 0.02
                        else SessionStatus.SCHEDULED,
                    )
                )
                meetings_of.append(meetings)
        self.sessions = CourseSession.objects.bulk_create(sessions, batch_size=BATCH)
        Meeting.objects.bulk_create(
            (
                Meeting(
                    session=session,
                    start=session.start + WEEK * n,
                    end=session.start + WEEK * n + MEETING_LENGTH,
                    status=session.status,
                )
                for session, count in zip(self.sessions, meetings_of, strict=True)
                for n in range(count)
            ),
            batch_size=BATCH,
        )
        return len(self.sessions)

    # Learners and enrolments ---------------------------------------------------------------

    def add_learners(self):
        from learners.models import User

        def learner(number):
            username = MY_LEARNING_USERNAME if number == 0 else f"learner-{number:06d}"
            return User(
                username=username,
                email=f"{username}@bench.example",
                password="!",
                first_name="Lern",
                last_name=f"Person {number}",
                year_of_birth=self.random.randint(1945, 2004)
                if number == 0 or self.random.random() < 0.95
                else self.random.randint(2010, 2013),
                preferred_language=self.random.choice(["de"] * 6 + ["en", "pl", "cs", "hsb"]),
            )

        self.learners = User.objects.bulk_create(
            (learner(number) for number in range(self.sizes.learners)), batch_size=BATCH
        )
        return len(self.learners)

    def add_enrolments(self):
        from learners.models import Enrolment

        enrolments = self.my_learning_enrolments()
        enrolments += self.random_enrolments(self.sizes.enrolments - len(enrolments))
        Enrolment.objects.bulk_create(enrolments, batch_size=5000)
        return len(enrolments)

    def my_learning_enrolments(self):
        """A dozen enrolments of every kind for the learner whose "My learning" is measured."""
        from courses.choices import CourseFormat
        from learners.models import Enrolment, EnrolmentStatus

        learner = self.learners[0]
        scheduled = [s for s in self.sessions if not s.is_cancelled]
        upcoming = [s for s in scheduled if s.start > self.now][:6]
        past = [s for s in scheduled if s.start < self.now][:3]
        self_paced = [c for c in self.courses if c.format == CourseFormat.SELF_PACED][:3]
        enrolments = [
            Enrolment(
                learner=learner,
                course_key=s.course_key,
                session=s,
                status=EnrolmentStatus.CONFIRMED if i < 4 else EnrolmentStatus.WAITLISTED,
                waitlisted_at=None if i < 4 else self.now,
            )
            for i, s in enumerate(upcoming)
        ]
        enrolments += [
            Enrolment(
                learner=learner,
                course_key=s.course_key,
                session=s,
                status=EnrolmentStatus.COMPLETED,
            )
            for s in past
        ]
        enrolments += [
            Enrolment(learner=learner, course_key=c.translation_key, status="confirmed")
            for c in self_paced
        ]
        self.taken = {(learner.pk, e.session_id or e.course_key) for e in enrolments}
        self.seats = {}
        for enrolment in enrolments:
            if enrolment.session_id and enrolment.status != EnrolmentStatus.WAITLISTED:
                self.seats[enrolment.session_id] = self.seats.get(enrolment.session_id, 0) + 1
        return enrolments

    def random_enrolments(self, count):
        """Four in five for a dated session (confirmed while seats last, then waiting list;
        completed for past sessions; a few cancelled), the rest self-paced."""
        from courses.choices import CourseFormat
        from learners.models import Enrolment, EnrolmentStatus

        self_paced = [c for c in self.courses if c.format == CourseFormat.SELF_PACED]
        learners = [learner.pk for learner in self.learners]
        enrolments = []
        for _attempt in range(count * 3):
            if len(enrolments) == count:
                break
            learner = self.random.choice(learners)
            if self.random.random() < 0.8 or not self_paced:
                session = self.random.choice(self.sessions)
                target = session.pk
            else:
                session, target = None, self.random.choice(self_paced).translation_key
            if (learner, target) in self.taken:
                continue
            enrolment = Enrolment(
                learner_id=learner,
                course_key=session.course_key if session else target,
                session=session,
                status=EnrolmentStatus.CONFIRMED,
            )
            if self.random.random() < 0.05:
                enrolment.status = EnrolmentStatus.CANCELLED
                enrolment.cancelled_at = self.now
            else:
                self.taken.add((learner, target))
                if session is not None:
                    self.place_in_session(enrolment, session)
            enrolments.append(enrolment)
        return enrolments

    def place_in_session(self, enrolment, session):
        from learners.models import EnrolmentStatus

        held = self.seats.get(session.pk, 0)
        if held >= session.capacity:
            enrolment.status = EnrolmentStatus.WAITLISTED
            enrolment.waitlisted_at = self.now
            return
        self.seats[session.pk] = held + 1
        if session.start < self.now:
            enrolment.status = EnrolmentStatus.COMPLETED


def main():
    database_url = os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/wirkstatt_bench"
    )
    sizes = Sizes.from_environment()
    environment = production_environment(database_url, cache_db=10, broker_db=11)
    seconds = ensure_seeded(database_url, sizes, environment, force=os.environ.get("RESEED") == "1")
    print(f"{asdict(sizes)}: " + (f"seeded in {seconds:.0f} s" if seconds else "reused"))


if __name__ == "__main__":
    main()
