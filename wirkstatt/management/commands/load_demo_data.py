"""Fill the platform with demo content: users, venues, translated vocabularies, pages, courses,
lessons and sessions.

Idempotent: every object is looked up by a stable key (username, venue name, slug and
locale, translation key), created when missing and changed only when it differs from the
demo content. Pages are published through a revision only when they were created or
changed, so a second run creates no rows and no revisions. The texts live in
``courses.demo_content``.
"""

import hashlib
import io
import uuid
from collections import Counter
from datetime import datetime, time, timedelta
from decimal import Decimal
from io import StringIO
from zoneinfo import ZoneInfo

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import models, transaction
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page

from courses import demo_content as content
from courses.choices import LessonOrder, SessionStatus
from courses.demo_content import dates, pictures
from courses.demo_content.helpers import rich
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
    SessionNote,
    Venue,
)
from home.models import HomePage, StandardPage
from learners.enrolment.services import start_self_paced
from learners.learning import completion
from learners.learning.progress import mark_done, quiz_ids
from learners.models import EnrolmentStatus, QuizAttempt

BERLIN = ZoneInfo("Europe/Berlin")


def normalise_stream(data):
    """A StreamField value as plain data without block ids, for comparing content."""
    if isinstance(data, list):
        return [normalise_stream(item) for item in data]
    if isinstance(data, dict):
        if data.get("type") == "item" and set(data) <= {"type", "value", "id"}:
            return normalise_stream(data["value"])
        return {key: normalise_stream(value) for key, value in data.items() if key != "id"}
    return data


def stream_data(field, value):
    """The stored form (without ids) of a StreamField value given as (type, value) pairs."""
    return normalise_stream(field.stream_block.get_prep_value(field.to_python(value)))


def session_datetime(day, clock):
    return datetime.combine(day, time.fromisoformat(clock), BERLIN)


class Command(BaseCommand):
    help = "Load demo users, venues, translations, courses, lessons and sessions (idempotent)."

    def handle(self, *args, **options):
        self.stats = Counter()
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        missing = {code for code, _name in settings.LANGUAGES} - set(self.locales)
        if missing:
            raise CommandError(f"Locales missing, run migrate first: {', '.join(sorted(missing))}")
        self.german = Locale.get_default()

        with transaction.atomic():
            self.fields = self.load_competence_fields()
            self.age_groups = self.load_age_groups()
            self.languages = {
                language.code: language for language in InstructionLanguage.objects.all()
            }
            self.venues = self.load_venues()
            home = self.load_home()
            catalogue = self.load_catalogue(home)
            self.partners = self.load_partners(catalogue)
            self.users = self.load_users()
            self.load_standard_pages(home)
            self.pictures = self.load_pictures()
            for course in content.COURSES:
                self.load_course(catalogue, course)
            self.load_learning(content.DEMO_LEARNING)

        call_command("update_index", stdout=StringIO(), stderr=StringIO())
        self.report()

    # Helpers -------------------------------------------------------------------------------

    def count(self, kind, action):
        self.stats[(kind, action)] += 1

    def differs(self, obj, name, value):
        """Set obj.name to value if it differs; return whether it did."""
        field = obj._meta.get_field(name)
        if isinstance(field, StreamField):
            if normalise_stream(field.get_prep_value(getattr(obj, name))) == stream_data(
                field, value
            ):
                return False
        elif isinstance(field, models.ForeignKey):
            if getattr(obj, field.attname) == (value.pk if value is not None else None):
                return False
        else:
            if isinstance(field, models.DecimalField):
                value = Decimal(str(value))
            if getattr(obj, name) == value:
                return False
        setattr(obj, name, value)
        return True

    def update_fields(self, obj, values):
        changed = [name for name, value in values.items() if self.differs(obj, name, value)]
        return bool(changed)

    def update_m2m(self, page, values):
        """Set ParentalManyToMany fields on a page in memory; saved with the next revision."""
        changed = False
        for name, objects in values.items():
            current = {obj.pk for obj in getattr(page, name).all()}
            if current != {obj.pk for obj in objects}:
                getattr(page, name).set(objects)
                changed = True
        return changed

    def publish(self, page, changed, kind, created=False):
        """Publish page through a revision if it was created, changed or never published."""
        if created or changed or not page.live or page.first_published_at is None:
            page.save_revision(changed=True, log_action=True).publish()
            self.count(kind, "created" if created else "updated")
        else:
            self.count(kind, "unchanged")

    # Users ---------------------------------------------------------------------------------

    def partner_groups(self):
        """{username: the partner groups they belong to}: the partners' own demo logins, and
        every trainer of a demo course in the trainers group of the course's partner."""
        groups = {}
        for spec in content.PARTNER_USERS:
            partner = self.partners[spec["partner"]]
            group = partner.managers_group if spec["role"] == "managers" else partner.trainers_group
            groups.setdefault(spec["username"], set()).add(group)
        for course in content.COURSES:
            partner = self.partners[content.COURSE_PROVIDERS[course["slug"]]]
            for username in {course["trainer"], *course.get("trainers", [])}:
                groups.setdefault(username, set()).add(partner.trainers_group)
        return groups

    def load_users(self):
        User = get_user_model()
        users = {}
        partner_groups = self.partner_groups()
        for spec in [*content.USERS, *content.PARTNER_USERS]:
            spec = dict(spec)
            spec.pop("partner", None)
            spec.pop("role", None)
            groups = spec.pop("groups", [])
            superuser = spec.pop("superuser", False)
            values = {**spec, "is_staff": superuser, "is_superuser": superuser}
            user = User.objects.filter(username=values["username"]).first()
            created = user is None
            if created:
                user = User(**values)
                user.set_password(content.PASSWORD)
                user.save()
                changed = True
            else:
                changed = self.update_fields(user, values)
                if not user.check_password(content.PASSWORD):
                    user.set_password(content.PASSWORD)
                    changed = True
                if changed:
                    user.save()
            wanted = set(Group.objects.filter(name__in=groups))
            if len(wanted) != len(groups):
                raise CommandError(f"Groups missing, run migrate first: {', '.join(groups)}")
            wanted |= partner_groups.get(user.username, set())
            if set(user.groups.all()) != wanted:
                user.groups.set(wanted)
                changed = True
            self.count("users", "created" if created else "updated" if changed else "unchanged")
            self.load_email_address(user)
            users[user.username] = user
        return users

    def load_email_address(self, user):
        """A verified primary address, so that demo users can log in on the public site."""
        address = EmailAddress.objects.filter(user=user, email__iexact=user.email).first()
        wanted = {"email": user.email, "verified": True, "primary": True}
        if address is None:
            EmailAddress.objects.filter(user=user, primary=True).update(primary=False)
            EmailAddress.objects.create(user=user, **wanted)
            self.count("e-mail addresses", "created")
        elif self.update_fields(address, wanted):
            EmailAddress.objects.filter(user=user, primary=True).exclude(pk=address.pk).update(
                primary=False
            )
            address.save()
            self.count("e-mail addresses", "updated")
        else:
            self.count("e-mail addresses", "unchanged")

    # Snippets ------------------------------------------------------------------------------

    def translate_snippet(self, source, locale, values, kind):
        translation = source.get_translation_or_none(locale)
        created = translation is None
        if created:
            translation = source.copy_for_translation(locale)
        if self.update_fields(translation, values) or created:
            translation.save()
            self.count(kind, "created" if created else "updated")
        else:
            self.count(kind, "unchanged")
        return translation

    def migrated(self, model, code):
        """A German vocabulary row that the migrations create."""
        try:
            return model.objects.get(code=code, locale=self.german)
        except model.DoesNotExist as error:
            name = model._meta.verbose_name
            raise CommandError(f"{name} '{code}' missing: run migrate.") from error

    def load_competence_fields(self):
        fields = {}
        for code, translations in content.COMPETENCE_FIELDS.items():
            field = fields[code] = self.migrated(CompetenceField, code)
            for language, values in translations.items():
                self.translate_snippet(
                    field, self.locales[language], values, "competence field translations"
                )
        return fields

    def load_age_groups(self):
        groups = {}
        for code, names in content.AGE_GROUPS.items():
            group = groups[code] = self.migrated(AgeGroup, code)
            for language, name in names.items():
                self.translate_snippet(
                    group, self.locales[language], {"name": name}, "age group translations"
                )
        return groups

    def load_venues(self):
        venues = {}
        for spec in content.VENUES:
            values = {
                key: spec[key] for key in ("street", "postcode", "town", "accessibility_notes")
            }
            values["latitude"] = Decimal(spec["latitude"])
            values["longitude"] = Decimal(spec["longitude"])
            venue = Venue.objects.filter(name=spec["name"], locale=self.german).first()
            created = venue is None
            if created:
                venue = Venue(name=spec["name"], locale=self.german, **values)
                venue.save()
                self.count("venues", "created")
            elif self.update_fields(venue, values):
                venue.save()
                self.count("venues", "updated")
            else:
                self.count("venues", "unchanged")
            for language, translated in spec["translations"].items():
                shared = {key: values[key] for key in ("street", "postcode")}
                shared.update(latitude=values["latitude"], longitude=values["longitude"])
                self.translate_snippet(
                    venue,
                    self.locales[language],
                    {**shared, **translated},
                    "venue translations",
                )
            venues[spec["key"]] = venue
        return venues

    # Pages ---------------------------------------------------------------------------------

    def translate_page(self, source, language, values, kind, m2m=None, notes=None):
        """The translation of source into language with values; created and published if
        missing, republished only if something differs."""
        locale = self.locales[language]
        if "title" in values:
            values = {**values, "draft_title": values["title"]}
        translation = source.get_translation_or_none(locale)
        created = translation is None
        if created:
            translation = source.copy_for_translation(locale, copy_parents=False, alias=False)
        translation = translation.specific
        changed = self.update_fields(translation, values)
        if translation.owner_id != source.owner_id:
            translation.owner = source.owner
            changed = True
        if m2m:
            changed = self.update_m2m(translation, m2m) or changed
        if notes is not None:
            changed = self.translate_notes(source, translation, notes) or changed
        self.publish(translation, changed, kind, created=created)
        return translation

    def load_home(self):
        home = HomePage.objects.filter(locale=self.german, depth=2).first()
        if home is None:
            raise CommandError("The German home page is missing: run migrate.")
        pages = content.HOME_PAGE
        self.publish(home, self.update_fields(home, pages["de"]), "home pages")
        for language, values in pages["translations"].items():
            self.translate_page(home, language, values, "home pages")
        return home

    def load_catalogue(self, home):
        catalogue = CourseIndexPage.objects.child_of(home).filter(locale=self.german).first()
        if catalogue is None:
            raise CommandError("The German course catalogue is missing: run migrate.")
        spec = content.CATALOGUE_PAGE
        self.publish(catalogue, self.update_fields(catalogue, spec["de"]), "catalogue pages")
        for language, values in spec["translations"].items():
            self.translate_page(catalogue, language, values, "catalogue pages")
        return catalogue

    def load_partners(self, catalogue):
        partners = {}
        for spec in content.PARTNERS:
            values = {
                "title": spec["title"],
                "draft_title": spec["title"],
                "description": rich(*spec["description"]),
                **{
                    key: spec[key]
                    for key in (
                        "kind",
                        "street",
                        "postcode",
                        "town",
                        "country",
                        "email",
                        "phone",
                        "website",
                    )
                },
            }
            partner = self.child_page(catalogue, PartnerPage, spec["slug"], values, "partners")
            for language, translated in spec["translations"].items():
                texts = {**translated, "description": rich(*translated["description"])}
                self.translate_page(partner, language, texts, "partner translations")
            partners[spec["slug"]] = partner
        return partners

    def moved_below(self, parent, slug):
        """The German course with slug, moved below parent (with its translations below
        the parent's) if an earlier version of the demo data put it elsewhere."""
        course = CoursePage.objects.filter(slug=slug, locale=self.german).first()
        if course is None or course.get_parent().pk == parent.pk:
            return
        for translation in course.get_translations(inclusive=True):
            target = parent.get_translation_or_none(translation.locale) or parent
            translation.move(target, pos="last-child")
        self.count("courses", "moved")

    def child_page(
        self, parent, model, slug, values, kind, owner=None, m2m=None, key=None, notes=None
    ):
        """The German child of parent with slug: created (with the translation key key, if
        given) or updated, then published. notes, if given, become its notes for
        participants."""
        page = model.objects.child_of(parent).filter(slug=slug).first()
        created = page is None
        if created:
            page = model(slug=slug, locale=self.german, live=False, owner=owner, **values)
            if key is not None:
                page.translation_key = key
            if m2m:
                for name, objects in m2m.items():
                    getattr(page, name).set(objects)
            if notes:
                page.session_notes = notes
            parent.add_child(instance=page)
            changed = True
        else:
            changed = self.update_fields(page, values)
            if owner is not None and page.owner_id != owner.pk:
                page.owner = owner
                changed = True
            if m2m:
                changed = self.update_m2m(page, m2m) or changed
            if notes:
                page.session_notes = [*page.session_notes.all(), *notes]
                changed = True
        self.publish(page, changed, kind, created=created)
        return page

    def load_standard_pages(self, home):
        owner = self.users["manager"]
        for spec in content.STANDARD_PAGES:
            values = {"title": spec["title"], "draft_title": spec["title"], "body": spec["body"]}
            page = self.child_page(
                home, StandardPage, spec["slug"], values, "standard pages", owner
            )
            for language, translated in spec["translations"].items():
                values = {**translated, "draft_title": translated["title"]}
                self.translate_page(page, language, values, "standard pages")

    # Courses -------------------------------------------------------------------------------

    def course_texts(self, spec):
        return {
            "title": spec["title"],
            "draft_title": spec["title"],
            "teaser": spec["teaser"],
            "description": [("text", rich(*spec["description"]))],
            "learning_outcomes": "\n".join(spec["outcomes"]),
            "prerequisites": spec.get("prerequisites", ""),
        }

    def lesson_texts(self, spec):
        return {
            "title": spec["title"],
            "draft_title": spec["title"],
            "summary": spec["summary"],
            "body": list(spec["body"]),
        }

    def load_pictures(self):
        """{motif key: Wagtail image} of the demo cover pictures (``pictures``), in the
        default collection. Drawn once: a later run finds each by its title, and draws it
        again only if its file is gone."""
        Image = get_image_model()
        images = {}
        for key, motif in pictures.MOTIFS.items():
            image = Image.objects.filter(title=motif.title).order_by("pk").first()
            created = image is None
            if created:
                image = Image(title=motif.title, collection=Collection.get_first_root_node())
            changed = self.update_fields(image, motif.focal_point)
            if created or not image.file.storage.exists(image.file.name):
                data = pictures.png_bytes(key)
                image.file = ImageFile(io.BytesIO(data), name=f"demo-{key}.png")
                image.file_size = len(data)
                image.file_hash = hashlib.sha1(data).hexdigest()
                changed = True
            if changed:
                image.save()
            self.count(
                "cover pictures", "created" if created else "updated" if changed else "unchanged"
            )
            images[key] = image
        return images

    def cover(self, slug):
        """The course's cover picture and its motif (both None for a course without)."""
        key = pictures.COURSE_PICTURES.get(slug)
        return (self.pictures[key], pictures.MOTIFS[key]) if key else (None, None)

    def load_course(self, catalogue, spec):
        owner = self.users[spec["trainer"]]
        partner = self.partners[content.COURSE_PROVIDERS[spec["slug"]]]
        self.moved_below(partner, spec["slug"])
        image, motif = self.cover(spec["slug"])
        values = {
            **self.course_texts(spec),
            "cover_image": image,
            "cover_alt": motif.alt["de"] if motif else "",
            "competence_field": self.fields[spec["field"]],
            "format": spec["format"],
            "duration_hours": Decimal(spec["duration"]),
            "fee": Decimal(spec.get("fee", "0")),
            "awards_certificate": spec.get("certificate", False),
            "minimum_age": spec.get("minimum_age"),
            "lesson_order": spec.get("lesson_order", LessonOrder.FREE),
            "completion_attendance_percent": spec.get("attendance_percent", 100),
        }
        m2m = {
            "age_groups": [self.age_groups[code] for code in spec["age_groups"]],
            "instruction_languages": [self.languages[code] for code in spec["languages"]],
            "trainers": [self.users[name] for name in spec.get("trainers", [spec["trainer"]])],
            "co_providers": [
                self.partners[slug] for slug in content.JOINT_COURSES.get(spec["slug"], [])
            ],
        }
        # Sessions first, so that the course is published once, with its notes for them.
        existing = CoursePage.objects.child_of(partner).filter(slug=spec["slug"]).first()
        key = existing.translation_key if existing else uuid.uuid4()
        notes = self.load_sessions(key, spec)
        course = self.child_page(
            partner,
            CoursePage,
            spec["slug"],
            values,
            "courses",
            owner=owner,
            m2m=m2m,
            key=key,
            notes=notes,
        )
        lessons = [
            self.child_page(
                course, LessonPage, lesson["slug"], self.lesson_texts(lesson), "lessons", owner
            )
            for lesson in spec.get("lessons", [])
        ]

        facts = {
            "cover_image": values["cover_image"],
            "competence_field": values["competence_field"],
            "format": values["format"],
            "duration_hours": values["duration_hours"],
            "fee": values["fee"],
            "awards_certificate": values["awards_certificate"],
            "minimum_age": values["minimum_age"],
            "lesson_order": values["lesson_order"],
            "completion_attendance_percent": values["completion_attendance_percent"],
        }
        for language, translated in content.COURSE_TRANSLATIONS.get(spec["slug"], {}).items():
            texts = {
                **self.course_texts(translated),
                "slug": translated["slug"],
                "cover_alt": motif.alt[language] if motif else "",
            }
            translation = self.translate_page(
                course,
                language,
                {**texts, **facts},
                "course translations",
                m2m=m2m,
                notes=self.note_translations(spec, language, translated),
            )
            translated_lessons = translated.get("lessons", [])
            if len(translated_lessons) != len(lessons):
                raise CommandError(
                    f"{spec['slug']} ({language}): {len(translated_lessons)} translated "
                    f"lessons for {len(lessons)} lessons."
                )
            for lesson, lesson_spec in zip(lessons, translated_lessons, strict=True):
                lesson_values = {**self.lesson_texts(lesson_spec), "slug": lesson_spec["slug"]}
                lesson_translation = self.translate_page(
                    lesson, language, lesson_values, "lesson translations"
                )
                if lesson_translation.get_parent().pk != translation.pk:
                    raise CommandError(f"Lesson {lesson_translation} is below the wrong course.")

    def load_learning(self, spec):
        """The demo learner has completed a self-paced course: progress, passed quizzes and,
        after the commit, a certificate, so every part of "My learning" has something."""
        learner = self.users[spec["learner"]]
        course = CoursePage.objects.get(slug=spec["course"], locale=self.german)
        enrolment = start_self_paced(learner, course)
        if enrolment.status == EnrolmentStatus.COMPLETED:
            self.count("completed courses", "unchanged")
            return
        for lesson in course.get_children().live().specific().order_by("path"):
            mark_done(learner, course.translation_key, lesson.translation_key)
            for quiz_id in quiz_ids(lesson):
                QuizAttempt.objects.get_or_create(
                    submission=uuid.uuid5(uuid.NAMESPACE_URL, f"demo/{learner.pk}/{quiz_id}"),
                    defaults={
                        "learner": learner,
                        "course_key": course.translation_key,
                        "lesson_key": lesson.translation_key,
                        "quiz_id": quiz_id,
                        "score": 100,
                        "passed": True,
                    },
                )
        completion.evaluate(enrolment)
        self.count("completed courses", "created")

    def load_sessions(self, course_key, course):
        """Sessions belong to the course's translation key, shared by all translations.

        They are created once, when the course has none yet: their dates are relative to the
        day of the first run, so a later run must not add a second set. No meeting falls on
        a Sunday or a public holiday (``courses.demo_content.dates``).

        Returns the notes for participants to put on the German course page, made with the
        sessions (a session's ``notes``, and the course's ``notes`` for every session); None
        when the sessions were there already, and their notes with them."""
        sessions = course.get("sessions", [])
        if not sessions:
            return None
        existing = CourseSession.objects.filter(course_key=course_key)
        if existing.exists():
            self.stats[("sessions", "unchanged")] += existing.count()
            return None
        notes = [SessionNote(text=text, locale=self.german) for text in course.get("notes", [])]
        today = dates.first_run_day()
        for spec in sessions:
            day = dates.first_day(today, spec["day"])
            start = session_datetime(day, spec["start"])
            deadline = spec.get("booking_deadline_days")
            session = CourseSession(
                course_key=course_key,
                start=start,
                end=session_datetime(day, spec["end"]),
                venue=self.venues[spec["venue"]] if spec.get("venue") else None,
                online_url=spec.get("online_url", ""),
                capacity=spec["capacity"],
                booking_deadline=start - timedelta(days=deadline) if deadline else None,
                status=SessionStatus.CANCELLED
                if spec.get("cancelled")
                else SessionStatus.SCHEDULED,
            )
            if spec.get("meetings", 1) > 1:
                session.meetings = self.series_meetings(day, spec)
            session.save()
            self.count("sessions", "created")
            if spec.get("notes"):
                notes.append(SessionNote(session=session, text=spec["notes"], locale=self.german))
        self.stats[("session notes", "created")] += len(notes)
        return notes

    def note_translations(self, course, language, translated):
        """{German text: its translation} of the course's notes for participants; every
        note must have one."""
        german = {
            *course.get("notes", []),
            *(s["notes"] for s in course.get("sessions", []) if s.get("notes")),
        }
        texts = translated.get("notes", {})
        if set(texts) != german:
            missing, unknown = sorted(german - set(texts)), sorted(set(texts) - german)
            raise CommandError(
                f"{course['slug']} ({language}): notes without a translation {missing}, "
                f"translations of unknown notes {unknown}."
            )
        return texts

    def translate_notes(self, source, translation, texts):
        """Give the translation's notes for participants their text in its language (texts:
        {German text: translation}), matched to the German page's notes by translation key.
        Returns whether any changed; they are saved with the next revision."""
        originals = {note.translation_key: note.text for note in source.session_notes.all()}
        notes = list(translation.session_notes.all())
        changed = False
        for note in notes:
            wanted = texts.get(originals.get(note.translation_key), note.text)
            if note.text != wanted:
                note.text = wanted
                changed = True
        if changed:
            translation.session_notes = notes
        return changed

    def series_meetings(self, first_day, spec):
        """The meetings of a series, made by the admin's repeat helper."""
        other_venues = spec.get("venues", {})
        return [
            Meeting(start=start, end=end, venue=self.venues.get(other_venues.get(number)))
            for number, (start, end) in enumerate(
                dates.series_rule(first_day, spec).meetings(), start=1
            )
        ]

    # Summary -------------------------------------------------------------------------------

    def report(self):
        kinds = []
        for kind, _action in self.stats:
            if kind not in kinds:
                kinds.append(kind)
        self.stdout.write("Demo data loaded:")
        for kind in kinds:
            counts = ", ".join(
                f"{self.stats[(kind, action)]} {action}"
                for action in ("created", "updated", "moved", "unchanged")
                if self.stats[(kind, action)]
            )
            self.stdout.write(f"  {kind}: {counts}")
        self.stdout.write(
            f"Pages: {Page.objects.filter(depth__gt=1).count()}, "
            f"courses: {CoursePage.objects.filter(locale=self.german).count()} "
            f"(+{CoursePage.objects.exclude(locale=self.german).count()} translations), "
            f"sessions: {CourseSession.objects.count()}."
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo users (password '{content.PASSWORD}'; CMS login / site login): "
                + ", ".join(
                    f"{spec['username']} / {spec['email']}"
                    for spec in [*content.USERS, *content.PARTNER_USERS]
                )
            )
        )
