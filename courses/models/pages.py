from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from courses.blocks import CourseBodyBlock, LessonBodyBlock
from courses.choices import CourseFormat, LessonOrder
from courses.hooks import (
    LESSON_PAGE_CONTEXT,
    LESSON_PAGE_POST,
    context_from_hooks,
    response_from_hooks,
)
from courses.page_forms import CoursePageForm
from courses.page_permissions import CataloguePagePermissionsMixin, CoursePermissionTester
from courses.panels import SessionNotesPanel, SessionsPanel
from courses.widgets import TranslatedCheckboxSelectMultiple, TranslatedRadioSelect
from wirkstatt.caching.personal_parts import open_to_everyone, serve_with_personal_parts
from wirkstatt.i18n.fallback import FallbackRoutingMixin
from wirkstatt.revisions import FreshTreeFieldsMixin

from .session_notes import keep_notes_of_own_sessions
from .sessions import CourseSession


def trainer_choices():
    """Who can be named a course's trainer: the network's trainers and every partner's."""
    return Q(groups__name="Trainers") | Q(groups__partners_trained_for__isnull=False)


def in_default_language():
    """Choices among pages: the original (German) pages only, one per partner."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


class CourseIndexPage(FreshTreeFieldsMixin, FallbackRoutingMixin, Page):
    """The catalogue: lists, filters and pages through the courses below it."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.PartnerPage"]

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from courses.catalogue import catalogue_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(self, request))
        return context


class CoursePage(CataloguePagePermissionsMixin, FreshTreeFieldsMixin, FallbackRoutingMixin, Page):
    """A course as the catalogue shows it. Facts (field, age groups, format, languages,
    trainers, fee) are the same in every translation; texts are translated.

    The partner page above it is the course's lead provider; co-providers of a joint
    course are listed in ``co_providers``."""

    teaser = models.CharField(
        _("teaser"), max_length=300, help_text=_("One or two sentences shown in the catalogue.")
    )
    description = StreamField(CourseBodyBlock(), verbose_name=_("description"), blank=True)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover picture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown on the course's card and page, cropped to a wide format around the "
            "picture's focal point (set it in the image library). Without a picture, the "
            "card shows the colour of the course's field."
        ),
    )
    cover_alt = models.CharField(
        _("what the picture shows"),
        max_length=250,
        blank=True,
        help_text=_(
            "One sentence for people who cannot see the picture, e.g. 'Children building a "
            "bird box'. Required with a picture; translated with the course."
        ),
    )
    competence_field = models.ForeignKey(
        "courses.CompetenceField",
        verbose_name=_("competence field"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    age_groups = ParentalManyToManyField(
        "courses.AgeGroup", verbose_name=_("age groups"), related_name="+"
    )
    minimum_age = models.PositiveSmallIntegerField(
        _("minimum age"), null=True, blank=True, help_text=_("Leave empty if there is none.")
    )
    format = models.CharField(
        _("format"), max_length=20, choices=CourseFormat.choices, default=CourseFormat.IN_PERSON
    )
    duration_hours = models.DecimalField(
        _("duration in hours"), max_digits=5, decimal_places=1, default=2
    )
    instruction_languages = ParentalManyToManyField(
        "courses.InstructionLanguage",
        verbose_name=_("languages of instruction"),
        related_name="+",
    )
    trainers = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainers"),
        blank=True,
        related_name="+",
        limit_choices_to=trainer_choices,
    )
    co_providers = ParentalManyToManyField(
        "courses.PartnerPage",
        verbose_name=_("co-providers"),
        blank=True,
        related_name="joint_courses",
        limit_choices_to=in_default_language,
        help_text=_("Partners who offer this course together with the partner it belongs to."),
    )
    learning_outcomes = models.TextField(
        _("what you will learn"), blank=True, help_text=_("One point per line.")
    )
    prerequisites = models.TextField(_("prerequisites"), blank=True)
    awards_certificate = models.BooleanField(_("certificate awarded"), default=False)
    fee = models.DecimalField(
        _("fee in euros"),
        max_digits=7,
        decimal_places=2,
        default=0,
        help_text=_("0 means free of charge."),
    )
    lesson_order = models.CharField(
        _("lessons are opened"),
        max_length=20,
        choices=LessonOrder.choices,
        default=LessonOrder.FREE,
        help_text=_("'One after the other': a lesson opens once the one before it is done."),
    )
    completion_requires_lessons = models.BooleanField(
        _("complete all lessons and pass all quizzes"),
        default=True,
        help_text=_("Applies when the course has lessons."),
    )
    completion_attendance_percent = models.PositiveSmallIntegerField(
        _("minimum attendance (%)"),
        null=True,
        blank=True,
        default=100,
        validators=[MaxValueValidator(100)],
        help_text=_(
            "Share of the session's meetings a participant must attend (cancelled ones do "
            "not count). Empty: attendance is not required."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("teaser"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("cover_image"), FieldPanel("cover_alt")], heading=_("Cover picture")
        ),
        MultiFieldPanel(
            [
                FieldPanel("competence_field", widget=TranslatedRadioSelect),
                FieldPanel("age_groups", widget=TranslatedCheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("format"), FieldPanel("minimum_age")]),
                FieldRowPanel([FieldPanel("duration_hours"), FieldPanel("fee")]),
                FieldPanel("instruction_languages", widget=forms.CheckboxSelectMultiple),
                FieldPanel("trainers", widget=forms.CheckboxSelectMultiple),
                FieldPanel("co_providers", widget=TranslatedCheckboxSelectMultiple),
                FieldPanel("awards_certificate"),
            ],
            heading=_("Facts"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("lesson_order"),
                FieldPanel("completion_requires_lessons"),
                FieldPanel("completion_attendance_percent"),
            ],
            heading=_("Progress and completion"),
            help_text=_(
                "A participant has completed the course when every rule that applies is met. "
                "Courses that award a certificate issue it then."
            ),
        ),
        FieldPanel("learning_outcomes"),
        FieldPanel("prerequisites"),
        SessionsPanel(heading=_("Sessions")),
        SessionNotesPanel(
            "session_notes",
            panels=[FieldPanel("session"), FieldPanel("text")],
            heading=_("Notes for participants"),
            label=_("Note"),
            help_text=_(
                "Shown with the dates on the course page and translated with the course. "
                "A note without a session applies to every session; a new course's "
                "sessions can be chosen once they are added."
            ),
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("description"),
        index.SearchField("learning_outcomes"),
        index.FilterField("format"),
        index.FilterField("competence_field"),
    ]

    override_translatable_fields = [
        SynchronizedField("cover_image"),
        SynchronizedField("competence_field"),
        SynchronizedField("age_groups"),
        SynchronizedField("instruction_languages"),
        SynchronizedField("trainers"),
        SynchronizedField("co_providers"),
    ]

    base_form_class = CoursePageForm
    permission_tester = CoursePermissionTester

    parent_page_types = ["courses.PartnerPage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    @cached_property
    def provider(self):
        """The partner that offers the course (the page above it)."""
        return self.get_parent().specific

    @property
    def sessions(self):
        return CourseSession.objects.for_course(self).select_related("venue")

    @cached_property
    def is_free(self):
        return not self.fee

    @property
    def learning_outcome_list(self):
        return [line.strip() for line in self.learning_outcomes.splitlines() if line.strip()]

    def with_content_json(self, content):
        """The page as a revision holds it, without the notes for participants of sessions
        that are not this course's (``keep_notes_of_own_sessions``)."""
        page = super().with_content_json(content)
        keep_notes_of_own_sessions(page)
        return page

    def serve(self, request, *args, **kwargs):
        """Rendered once for everyone who may see it, the learner's parts filled per request
        (``wirkstatt.caching.personal_parts``)."""
        response = super().serve(request, *args, **kwargs)
        return serve_with_personal_parts(request, response, shareable=open_to_everyone(self))

    def get_context(self, request, *args, **kwargs):
        from courses.course_detail import course_context

        context = super().get_context(request, *args, **kwargs)
        context.update(course_context(self, request))
        return context


class LessonPage(CataloguePagePermissionsMixin, FallbackRoutingMixin, Page):
    """One lesson of a self-paced or blended course."""

    summary = models.CharField(_("summary"), max_length=300, blank=True)
    body = StreamField(LessonBodyBlock(), verbose_name=_("content"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    @cached_property
    def course(self):
        return self.get_parent().specific

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            if not request.user.is_authenticated:
                from django.contrib.auth.views import redirect_to_login

                return redirect_to_login(request.path)
            response = response_from_hooks(LESSON_PAGE_POST, request, self, self.course)
            if response is not None:
                return response
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        siblings = list(
            self.get_siblings().live().specific().only("title", "slug", "path", "translation_key")
        )
        position = next(i for i, s in enumerate(siblings) if s.pk == self.pk)
        context.update(
            course=self.course,
            lessons=siblings,
            lesson_number=position + 1,
            previous_lesson=siblings[position - 1] if position > 0 else None,
            next_lesson=siblings[position + 1] if position + 1 < len(siblings) else None,
        )
        context.update(
            context_from_hooks(LESSON_PAGE_CONTEXT, request, self, self.course, siblings)
        )
        return context
