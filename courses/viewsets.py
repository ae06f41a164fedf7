"""Admin screens for sessions and the catalogue's vocabularies."""

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef, Subquery
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import ButtonsColumnMixin, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.catalogue import offered_by
from courses.forms import CourseSessionForm
from courses.models import AgeGroup, CompetenceField, CoursePage, CourseSession, Venue
from courses.permissions import courses_user_can_schedule, partners_user_works_for
from courses.queries import original_course, originals
from courses.signals import field_values, meeting_values, session_edited


class InstancePermissionMixin:
    """Refuse to open a session the user may not change, whatever the URL says."""

    def get_object(self, queryset=None):
        instance = super().get_object(queryset)
        if not self.permission_policy.user_has_permission_for_instance(
            self.request.user, self.permission_required, instance
        ):
            raise PermissionDenied
        return instance


class SessionFilterSet(WagtailFilterSet):
    """Filters the session list by status and by the partner that offers the course (among
    the partners the user works for); the participants and attendance lists open from it."""

    partner = django_filters.ChoiceFilter(
        label=_("Partner"), empty_label=_("All partners"), method="offered_by_partner"
    )

    class Meta:
        model = CourseSession
        fields = ["status"]

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        self.partners = {p.slug: p for p in partners_user_works_for(request.user)}
        if len(self.partners) > 1:
            self.filters["partner"].extra["choices"] = [
                (slug, partner.title) for slug, partner in self.partners.items()
            ]
        else:
            del self.filters["partner"]

    def offered_by_partner(self, queryset, name, value):
        partner = self.partners[value]
        courses = offered_by(CoursePage.objects.all(), [partner.translation_key])
        return queryset.filter(course_key__in=courses.values("translation_key"))


class SessionTitleColumn(ButtonsColumnMixin, TitleColumn):
    """The course's title, with the row's ⋯ menu (participants, attendance, edit …)."""

    def __init__(self, *args, list_buttons=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.list_buttons = list_buttons

    def get_buttons(self, instance, parent_context):
        return self.list_buttons(instance) if self.list_buttons else []


def course_title_column(list_buttons=None):
    return SessionTitleColumn(
        "course_title",
        label=_("Course"),
        get_url=lambda session: reverse("sessions:edit", args=[session.pk]),
        list_buttons=list_buttons,
    )


class SessionIndexView(generic.IndexView):
    @cached_property
    def columns(self):
        _title, *others = super().columns
        return [course_title_column(list_buttons=self.get_list_buttons), *others]

    def get_list_more_buttons(self, instance):
        return [
            MenuItem(
                _("Participants"),
                url=reverse("session_participants", args=[instance.pk]),
                icon_name="group",
                priority=5,
            ),
            MenuItem(
                _("Attendance"),
                url=reverse("session_attendance", args=[instance.pk]),
                icon_name="tick",
                priority=6,
            ),
            *super().get_list_more_buttons(instance),
        ]

    def get_base_queryset(self):
        course = originals(CoursePage.objects.filter(translation_key=OuterRef("course_key")))
        return (
            self.permission_policy.instances_user_has_permission_for(self.request.user, "change")
            .select_related("venue")
            .annotate(course_title=Subquery(course.values("title")[:1]))
        )


class SessionCreateView(generic.CreateView):
    def get_initial(self):
        initial = super().get_initial()
        courses = courses_user_can_schedule(self.request.user)
        course = courses.filter(pk=as_int(self.request.GET.get("course"))).first()
        if course is not None:
            initial["course"] = original_course(course.translation_key)
        return initial


def as_int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class SessionEditView(InstancePermissionMixin, generic.EditView):
    def get_object(self, queryset=None):
        session = super().get_object(queryset)
        self.before = field_values(session)
        self.meetings_before = meeting_values(session)
        return session

    def save_instance(self):
        session = super().save_instance()
        session_edited.send(
            sender=CourseSession,
            session=session,
            before=self.before,
            meetings_before=self.meetings_before,
            actor=self.request.user,
        )
        return session


class SessionDeleteView(InstancePermissionMixin, generic.DeleteView):
    pass


MEETING_PANELS = [
    FieldRowPanel(
        [
            FieldPanel("start", widget=AdminDateTimeInput),
            FieldPanel("end", widget=AdminDateTimeInput),
        ]
    ),
    FieldRowPanel(
        [
            FieldPanel("venue", widget=forms.Select),
            FieldPanel("online"),
            FieldPanel("status"),
        ]
    ),
]

SESSION_PANELS = [
    FieldPanel("course"),
    MultiFieldPanel([FieldPanel("venue"), FieldPanel("online_url")], heading=_("Where")),
    InlinePanel(
        "meetings",
        panels=MEETING_PANELS,
        heading=_("Meetings"),
        label=_("Meeting"),
        help_text=_(
            "Each date the course meets. Participants book the whole series once. To add "
            "many dates at once, use the repeat helper below."
        ),
    ),
    MultiFieldPanel(
        [
            FieldRowPanel(
                [FieldPanel("repeat_from"), FieldPanel("repeat_starts"), FieldPanel("repeat_ends")]
            ),
            FieldRowPanel([FieldPanel("repeat_every"), FieldPanel("repeat_unit")]),
            FieldPanel("repeat_weekdays"),
            FieldRowPanel([FieldPanel("repeat_count"), FieldPanel("repeat_until")]),
            FieldPanel("repeat_skip"),
        ],
        heading=_("Repeat helper"),
        help_text=_(
            "Adds a series of meetings when you save, e.g. every Tuesday from 18:00 to "
            "19:30, 6 times. You can change or cancel each meeting afterwards."
        ),
    ),
    MultiFieldPanel(
        [
            FieldPanel("capacity"),
            FieldRowPanel([FieldPanel("booking_deadline"), FieldPanel("cancellation_deadline")]),
            FieldPanel("late_joining"),
        ],
        heading=_("Booking"),
    ),
    FieldPanel("status"),
    FieldPanel("notes"),
]


class CourseSessionViewSet(ModelViewSet):
    model = CourseSession
    form_class = CourseSessionForm
    icon = "date"
    menu_label = _("Sessions")
    add_to_admin_menu = True
    menu_order = 210
    copy_view_enabled = True
    index_view_class = SessionIndexView
    add_view_class = SessionCreateView
    edit_view_class = SessionEditView
    delete_view_class = SessionDeleteView
    # The index view gives the first column the row's menu (SessionIndexView.columns).
    list_display = [
        course_title_column(),
        "start",
        "venue",
        "capacity",
        "status",
    ]
    filterset_class = SessionFilterSet
    ordering = ["-start"]
    edit_handler = ObjectList(SESSION_PANELS, base_form_class=CourseSessionForm)


class CompetenceFieldViewSet(SnippetViewSet):
    model = CompetenceField
    icon = "folder-open-inverse"
    menu_label = _("Competence fields")
    list_display = ["name", "code"]


class AgeGroupViewSet(SnippetViewSet):
    model = AgeGroup
    icon = "group"
    menu_label = _("Age groups")
    list_display = ["name", "code", "min_age", "max_age"]


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    menu_label = _("Venues")
    list_display = ["name", "town"]
    search_fields = ["name", "town"]
