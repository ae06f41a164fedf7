"""Admin screens for sessions and the catalogue's vocabularies."""

import django_filters
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef, Subquery
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
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
from wagtail.admin.utils import set_query_params
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.snippets.views.chooser import ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.catalogue import offered_by
from courses.forms import CourseSessionForm
from courses.models import AgeGroup, CompetenceField, CoursePage, CourseSession, Venue
from courses.permissions import courses_user_can_schedule, partners_user_works_for
from courses.queries import course_translations, original_course, originals
from courses.signals import field_values, meeting_values, session_edited
from courses.widgets import TranslatedSelect


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


class FromCourseMixin:
    """A session added or changed from a course's edit page: its sessions panel links here
    with ``?course=<page id>``. The form keeps the course in its address, and saving goes
    back to the course's edit page, with a message that names the course."""

    @cached_property
    def from_course(self):
        """The course page the user came from, where they may schedule its sessions."""
        courses = courses_user_can_schedule(self.request.user)
        return courses.filter(pk=as_int(self.request.GET.get("course"))).first()

    def with_course(self, url):
        if self.from_course is None:
            return url
        return set_query_params(url, {"course": self.from_course.pk})

    @cached_property
    def course_editor_url(self):
        """Where saving goes back to: the edit page of the course the user came from."""
        course = self.from_course
        if course is None or not course.permissions_for_user(self.request.user).can_edit():
            return None
        return reverse("wagtailadmin_pages:edit", args=[course.pk])

    def get_success_url(self):
        return self.course_editor_url or super().get_success_url()

    def get_success_message(self, instance=None):
        # Wagtail's create view passes the session; its edit view does not.
        instance = instance or self.object
        course = course_translations([instance.course_key], get_language()).get(instance.course_key)
        return self.success_message % {
            "course": course.title if course else "",
            "start": date_format(timezone.localtime(instance.start), "SHORT_DATETIME_FORMAT"),
        }

    def get_success_buttons(self):
        buttons = super().get_success_buttons()
        if self.course_editor_url is None:
            course = original_course(self.object.course_key)
            if course is not None and course.permissions_for_user(self.request.user).can_edit():
                url = reverse("wagtailadmin_pages:edit", args=[course.pk])
                buttons.append(messages.button(url, _("Edit course")))
        return buttons


class SessionCreateView(FromCourseMixin, generic.CreateView):
    success_message = _("Session of '%(course)s' on %(start)s added.")

    def get_add_url(self):
        return self.with_course(super().get_add_url())

    def get_initial(self):
        initial = super().get_initial()
        if self.from_course is not None:
            initial["course"] = original_course(self.from_course.translation_key)
        return initial


def as_int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class SessionEditView(FromCourseMixin, InstancePermissionMixin, generic.EditView):
    success_message = _("Session of '%(course)s' on %(start)s saved.")

    def get_edit_url(self):
        return self.with_course(super().get_edit_url())

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
            FieldPanel("venue", widget=TranslatedSelect),
            FieldPanel("online"),
            FieldPanel("status"),
        ]
    ),
]

SESSION_PANELS = [
    FieldPanel("course"),
    MultiFieldPanel(
        [FieldPanel("venue", widget=TranslatedSelect), FieldPanel("online_url")],
        heading=_("Where"),
    ),
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


class VocabularyChooseView(ChooseView):
    def get_filter_form(self):
        form = super().get_filter_form()
        if "locale" in form.fields:
            # Wagtail's locale filter has no label of its own: Django shows "Locale".
            form.fields["locale"].label = gettext_lazy("Locale")
        return form


class VocabularyChooserViewSet(SnippetChooserViewSet):
    """Wagtail's chooser viewset translates its texts once, when its module is imported
    (``gettext`` in class attributes), so every chooser kept the language active then
    ("Auswählen competence field" in the English admin). The same texts, translated
    each time they are shown."""

    choose_view_class = VocabularyChooseView
    choose_one_text = gettext_lazy("Choose")
    page_title = gettext_lazy("Choose")
    choose_another_text = gettext_lazy("Choose another")
    edit_item_text = gettext_lazy("Edit")
    search_tab_label = gettext_lazy("Search")
    create_action_label = gettext_lazy("Create")


class VocabularyViewSet(SnippetViewSet):
    """The catalogue's snippets in the admin, with the texts Wagtail fixes at start-up
    (the chooser's, the breadcrumbs') in the admin's language."""

    chooser_viewset_class = VocabularyChooserViewSet

    @property
    def breadcrumbs_items(self):
        items = [{"url": reverse_lazy("wagtailadmin_home"), "label": gettext_lazy("Home")}]
        if getattr(settings, "WAGTAILSNIPPETS_MENU_SHOW_ALL", False) or not (
            self.get_menu_item_is_registered()
        ):
            items.append(
                {"url": reverse_lazy("wagtailsnippets:index"), "label": gettext_lazy("Snippets")}
            )
        return items


class CompetenceFieldViewSet(VocabularyViewSet):
    model = CompetenceField
    icon = "folder-open-inverse"
    menu_label = _("Competence fields")
    list_display = ["name", "code"]


class AgeGroupViewSet(VocabularyViewSet):
    model = AgeGroup
    icon = "group"
    menu_label = _("Age groups")
    list_display = ["name", "code", "min_age", "max_age"]


class VenueViewSet(VocabularyViewSet):
    model = Venue
    icon = "site"
    menu_label = _("Venues")
    list_display = ["name", "town"]
    search_fields = ["name", "town"]
