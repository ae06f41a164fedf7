"""The "Course progress" report: per course, how many learners are enrolled, under way and
done, how far they got on average and how often they pass each quiz; as a table, a bar chart
and a CSV or XLSX file, for the trainers of the course and for managers.

Pupils who joined a class are learners like any other, and are also counted apart; the
teacher's class booking is counted as a class, never as a learner.

The figures come from a fixed number of grouped queries, whatever the number of courses.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlencode
from uuid import UUID

from django import forms
from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Length, Substr
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from courses.catalogue import offered_by
from courses.choices import SessionStatus
from courses.models import CoursePage, LessonPage, Meeting, PartnerPage
from courses.permissions import can_manage_all_courses, course_keys_owned_by
from courses.queries import original_courses
from learners.models import (
    ATTENDING_STATES,
    Attendance,
    Enrolment,
    EnrolmentStatus,
    LessonProgress,
    Pupil,
    QuizAttempt,
)
from learners.trainers.spreadsheets import SpreadsheetExport

ENROLLED_STATES = [
    EnrolmentStatus.CONFIRMED,
    EnrolmentStatus.AWAITING_CONSENT,
    EnrolmentStatus.COMPLETED,
]
BOOKED_CLASS_STATES = [*ENROLLED_STATES, EnrolmentStatus.AWAITING_APPROVAL]


def percent(part, whole):
    return round(100 * part / whole) if whole else None


@dataclass
class QuizStatistics:
    quiz_id: str
    title: str
    lesson_title: str
    attempted: int = 0
    passed: int = 0

    @property
    def pass_rate(self):
        return percent(self.passed, self.attempted)


@dataclass
class CourseStatistics:
    course_key: UUID
    title: str
    live: bool
    lessons: int = 0
    enrolled: int = 0
    pupils: int = 0
    classes: int = 0
    in_progress: int = 0
    completed: int = 0
    average_progress: int | None = None
    quizzes: list[QuizStatistics] = field(default_factory=list)
    attendance_rate: int | None = None


@dataclass
class Participant:
    """One enrolled learner of a course; a deleted account is one participant per enrolment."""

    learner_id: int | None
    completed_enrolments: int = 0
    started: bool = False
    pupil: bool = False

    @property
    def completed(self):
        return self.completed_enrolments > 0


# Queries --------------------------------------------------------------------------------


def visible_course_keys(user):
    """Translation keys of the courses whose figures the user may see."""
    if can_manage_all_courses(user):
        return CoursePage.objects.values("translation_key")
    return course_keys_owned_by(user)


def partners_of_report(user):
    """The partners (original pages) whose courses the user may see in the report."""
    partners = PartnerPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    if can_manage_all_courses(user):
        return partners.order_by("title")
    managed = PartnerPage.objects.filter(managers_group__user=user).values("translation_key")
    return partners.filter(translation_key__in=managed).order_by("title")


class PartnerFilterForm(forms.Form):
    partner = forms.ChoiceField(label=gettext_lazy("Partner"), required=False)

    def __init__(self, data, user):
        super().__init__(data)
        self.partners = {p.slug: p for p in partners_of_report(user)}
        self.fields["partner"].choices = [("", gettext_lazy("All partners"))] + [
            (slug, partner.title) for slug, partner in self.partners.items()
        ]

    def chosen(self):
        """The partner chosen, or None for all of them (also when the choice is not valid)."""
        if not self.is_valid():
            return None
        return self.partners.get(self.cleaned_data["partner"])


def report_course_keys(user, partner):
    keys = visible_course_keys(user)
    if partner is None:
        return keys
    courses = CoursePage.objects.filter(translation_key__in=keys)
    return offered_by(courses, [partner.translation_key]).values("translation_key")


def live_lessons_of(courses):
    """The live lessons directly below the given course pages, in the course's order."""
    return (
        LessonPage.objects.live()
        .annotate(parent_path=Substr("path", 1, Length("path") - Page.steplen))
        .filter(parent_path__in=courses.values("path"))
        .order_by("path")
    )


def meetings_held_so_far():
    """Meetings not cancelled whose day has come (attendance is taken on the day or later)."""
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    starts_before = timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time()))
    return Meeting.objects.filter(start__lt=starts_before).exclude(status=SessionStatus.CANCELLED)


def count_of(rows, group_by):
    """A subquery counting ``rows`` grouped by ``group_by``, 0 when there are none."""
    counted = rows.order_by().values(group_by).annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted), 0)


def enrolled_participants(course_keys):
    """({course key: [Participant]} for the enrolled learners of the courses,
    {course key: number of classes booked},
    {course key: (meetings attended, meetings held)} summed over the bookings that attend)."""
    held = meetings_held_so_far()
    enrolments = (
        Enrolment.objects.filter(course_key__in=course_keys)
        .filter(
            Q(school_class__isnull=True, status__in=ENROLLED_STATES)
            | Q(school_class__isnull=False, status__in=BOOKED_CLASS_STATES)
        )
        .annotate(
            attended=Exists(Attendance.objects.filter(enrolment=OuterRef("pk"), present=True)),
            opened_a_lesson=Exists(
                LessonProgress.objects.filter(
                    learner=OuterRef("learner"), course_key=OuterRef("course_key")
                )
            ),
            is_pupil=Exists(Pupil.objects.filter(user=OuterRef("learner"))),
            meetings_held=count_of(held.filter(session=OuterRef("session")), "session"),
            meetings_attended=count_of(
                Attendance.objects.filter(
                    enrolment=OuterRef("pk"), present=True, meeting__in=held.values("pk")
                ),
                "enrolment",
            ),
        )
        .values_list(
            "pk", "course_key", "learner_id", "status", "attended", "opened_a_lesson",
            "is_pupil", "school_class", "meetings_held", "meetings_attended",
        )
    )  # fmt: skip
    participants = defaultdict(dict)
    classes = defaultdict(int)
    attendance = defaultdict(lambda: (0, 0))
    for (
        pk, course_key, learner_id, status, attended, opened, is_pupil, school_class,
        meetings_held, meetings_attended,
    ) in enrolments:  # fmt: skip
        if status in ATTENDING_STATES:
            so_far = attendance[course_key]
            attendance[course_key] = (so_far[0] + meetings_attended, so_far[1] + meetings_held)
        if school_class is not None:
            classes[course_key] += 1
            continue
        who = learner_id if learner_id is not None else f"enrolment-{pk}"
        participant = participants[course_key].setdefault(who, Participant(learner_id))
        participant.completed_enrolments += status == EnrolmentStatus.COMPLETED
        participant.started |= attended or opened
        participant.pupil = is_pupil
    by_course = {key: list(by_learner.values()) for key, by_learner in participants.items()}
    return by_course, classes, attendance


def lessons_done(course_keys, lessons):
    """{(course key, learner id): number of the given lessons the learner has done}."""
    rows = (
        LessonProgress.objects.filter(
            course_key__in=course_keys,
            completed_at__isnull=False,
            lesson_key__in=lessons.values("translation_key"),
        )
        .values("course_key", "learner_id")
        .annotate(done=Count("lesson_key", distinct=True))
    )
    return {(row["course_key"], row["learner_id"]): row["done"] for row in rows}


def quiz_attempt_counts(course_keys):
    """{(lesson key, quiz id): (learners who attempted it, learners who passed it)}."""
    rows = (
        QuizAttempt.objects.filter(course_key__in=course_keys)
        .values("lesson_key", "quiz_id")
        .annotate(
            attempted=Count("learner", distinct=True),
            passed=Count("learner", distinct=True, filter=Q(passed=True)),
        )
    )
    return {(row["lesson_key"], row["quiz_id"]): (row["attempted"], row["passed"]) for row in rows}


def quizzes_in(lesson):
    """The quiz blocks of a lesson, read from the raw stream so that no image or document
    block fetches anything."""
    for block in lesson.body.raw_data:
        if block["type"] == "quiz":
            yield block["id"], block["value"].get("title", "")


# Figures --------------------------------------------------------------------------------


def course_statistics(course_keys):
    """A CourseStatistics row for each course among course_keys (a list or a values
    queryset of translation keys), ordered by title."""
    courses = (
        original_courses(course_keys)
        .order_by("title", "pk")
        .only("title", "translation_key", "path", "live")
    )
    lessons = live_lessons_of(courses)
    rows = {}
    paths = {}
    for course in courses:
        if course.translation_key not in rows:  # a course with no German row has several
            rows[course.translation_key] = CourseStatistics(
                course_key=course.translation_key, title=course.title, live=course.live
            )
            paths[course.path] = rows[course.translation_key]
    attempts = quiz_attempt_counts(course_keys)
    for lesson in lessons.only("title", "path", "translation_key", "body"):
        row = paths.get(lesson.parent_path)
        if row is None:
            continue
        row.lessons += 1
        for quiz_id, title in quizzes_in(lesson):
            attempted, passed = attempts.get((lesson.translation_key, quiz_id), (0, 0))
            row.quizzes.append(
                QuizStatistics(quiz_id, title, lesson.title, attempted=attempted, passed=passed)
            )
    participants, classes, attendance = enrolled_participants(course_keys)
    done = lessons_done(course_keys, lessons)
    for key, row in rows.items():
        add_participant_figures(row, participants.get(key, []), done)
        row.classes = classes[key]
        row.attendance_rate = percent(*attendance[key])
    return list(rows.values())


def add_participant_figures(row, participants, done):
    row.enrolled = len(participants)
    row.pupils = sum(p.pupil for p in participants)
    row.completed = sum(p.completed_enrolments for p in participants)
    row.in_progress = sum(p.started and not p.completed for p in participants)
    with_account = [p for p in participants if p.learner_id is not None]
    if row.lessons and with_account:
        shares = [share_done(row, p, done) for p in with_account]
        row.average_progress = round(100 * sum(shares) / len(shares))


def share_done(row, participant, done):
    if participant.completed:
        return 1
    return min(done.get((row.course_key, participant.learner_id), 0) / row.lessons, 1)


def chart_bars(row, scale):
    """The three bars of a course, as widths in percent of the largest course's enrolment."""
    figures = [
        ("enrolled", _("Enrolled"), row.enrolled),
        ("in-progress", _("In progress"), row.in_progress),
        ("completed", _("Completed"), row.completed),
    ]
    return [
        {"kind": kind, "label": label, "value": value, "width": f"{100 * value / scale:.1f}"}
        for kind, label, value in figures
    ]


def chart(rows):
    scale = max([row.enrolled for row in rows] + [row.completed for row in rows] + [1])
    return [{"course": row, "bars": chart_bars(row, scale)} for row in rows]


# Admin views ------------------------------------------------------------------------------


def may_see_report(user):
    return can_manage_all_courses(user) or course_keys_owned_by(user).exists()


class CourseProgressMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_report(request.user)


class CourseProgressReportView(SpreadsheetExport, WagtailAdminTemplateMixin, TemplateView):
    """Every course the user may see, as a page, or as CSV or XLSX (``SpreadsheetExport``)."""

    template_name = "learners/admin/progress_report.html"
    header_icon = "table"
    page_title = gettext_lazy("Course progress")
    export_filename = "course-progress"
    list_export = [
        "title", "lessons", "enrolled", "in_progress", "completed", "average_progress",
        "quizzes", "pupils", "classes", "attendance_rate",
    ]  # fmt: skip
    export_headings = {
        "title": gettext_lazy("Course"),
        "lessons": gettext_lazy("Lessons"),
        "enrolled": gettext_lazy("Enrolled"),
        "in_progress": gettext_lazy("In progress"),
        "completed": gettext_lazy("Completed"),
        "average_progress": gettext_lazy("Average progress (%)"),
        "quizzes": gettext_lazy("Quiz pass rates"),
        "pupils": gettext_lazy("Of them pupils"),
        "classes": gettext_lazy("Classes booked"),
        "attendance_rate": gettext_lazy("Attendance (%)"),
    }

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.filter_form = PartnerFilterForm(request.GET, request.user)
        self.partner = self.filter_form.chosen()

    def get_filename(self):
        name = super().get_filename()
        return f"{name}-{self.partner.slug}" if self.partner else name

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = course_statistics(report_course_keys(self.request.user, self.partner))
        query = urlencode({"partner": self.partner.slug}) if self.partner else ""
        context.update(
            courses=rows, chart=chart(rows), filter_form=self.filter_form, partner_query=query
        )
        return context

    def export_rows(self):
        return course_statistics(report_course_keys(self.request.user, self.partner))

    def to_row_dict(self, row):
        return {
            "title": row.title,
            "lessons": row.lessons,
            "enrolled": row.enrolled,
            "in_progress": row.in_progress,
            "completed": row.completed,
            "average_progress": "" if row.average_progress is None else row.average_progress,
            "quizzes": "; ".join(quiz_summary(quiz) for quiz in row.quizzes),
            "pupils": row.pupils,
            "classes": row.classes,
            "attendance_rate": "" if row.attendance_rate is None else row.attendance_rate,
        }


class CourseProgressView(WagtailAdminTemplateMixin, TemplateView):
    """One course's figures with the pass rate of each of its quizzes."""

    template_name = "learners/admin/course_progress.html"
    header_icon = "table"
    page_title = gettext_lazy("Course progress")

    def dispatch(self, request, course_key):
        self.course = statistics_of_course(request.user, course_key)
        return super().dispatch(request, course_key)

    def get_page_subtitle(self):
        return self.course.title

    def get_breadcrumbs_items(self):
        report = {"url": reverse("course_progress_report"), "label": self.page_title}
        return self.breadcrumbs_items + [report, {"url": "", "label": self.course.title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            course=self.course,
            chart=chart([self.course]),
            meetings=recent_meetings(self.course.course_key),
            recent_meetings=RECENT_MEETINGS,
        )
        return context


def statistics_of_course(user, course_key):
    """The figures of one course the user may see; 404 for any other, so that a trainer
    cannot even learn which other courses exist."""
    visible = visible_course_keys(user).filter(translation_key=course_key)
    rows = course_statistics(visible)
    if not rows:
        raise Http404
    return rows[0]


RECENT_MEETINGS = 50


def recent_meetings(course_key, limit=RECENT_MEETINGS):
    """The course's latest meetings held so far, newest first, each with ``present`` (the
    bookings that attend marked present) and ``attending`` (those bookings)."""
    present = Attendance.objects.filter(
        meeting=OuterRef("pk"), present=True, enrolment__status__in=ATTENDING_STATES
    )
    attending = Enrolment.objects.filter(session=OuterRef("session"), status__in=ATTENDING_STATES)
    return list(
        meetings_held_so_far()
        .filter(session__course_key=course_key)
        .annotate(
            present=count_of(present, "meeting"),
            attending=count_of(attending, "session"),
        )
        .select_related("session")
        .order_by("-start")[:limit]
    )


def quiz_summary(quiz):
    rate = "—" if quiz.pass_rate is None else f"{quiz.pass_rate} %"
    return f"{quiz.lesson_title} / {quiz.title}: {rate} ({quiz.passed}/{quiz.attempted})"
