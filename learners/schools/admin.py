"""Schools in the admin, for education managers: the list with the numbers that matter,
approving a school, and one school's statistics."""

from django.core.exceptions import PermissionDenied
from django.db.models import Count, F, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import ListingButton

from learners.models import Enrolment, EnrolmentStatus, Pupil, School, SchoolMembership
from learners.schools.services import SchoolError, approve_school

APPROVE_PERMISSION = "learners.approve_school"


def count_per_school(queryset, school_field):
    """A subquery counting the rows of ``queryset`` that belong to the outer school."""
    counted = (
        queryset.filter(**{school_field: OuterRef("pk")})
        .order_by()
        .values(school_field)
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def with_counts(schools):
    return schools.annotate(
        teacher_count=count_per_school(SchoolMembership.objects.all(), "school"),
        booking_count=count_per_school(
            Enrolment.objects.active().filter(school_class__isnull=False), "school_class__school"
        ),
        pupil_count=count_per_school(Pupil.objects.all(), "school_class__school"),
    )


def school_statistics(school, now=None):
    """Class bookings by when and whether they happen, pupils now, completed courses."""
    now = now or timezone.now()
    bookings = Enrolment.objects.filter(school_class__school=school)
    active = bookings.exclude(status=EnrolmentStatus.CANCELLED)
    return {
        "upcoming": active.filter(session__start__gt=now).count(),
        "past": active.filter(session__start__lte=now).count(),
        "cancelled": bookings.filter(status=EnrolmentStatus.CANCELLED).count(),
        "awaiting_approval": bookings.filter(status=EnrolmentStatus.AWAITING_APPROVAL).count(),
        "pupils": Pupil.objects.filter(school_class__school=school).count(),
        "completed": Enrolment.objects.filter(
            status=EnrolmentStatus.COMPLETED, learner__pupil__school_class__school=school
        ).count()
        + bookings.filter(status=EnrolmentStatus.COMPLETED).count(),
    }


def approval_status(school):
    return _("approved") if school.is_approved else _("waiting for approval")


class SchoolIndexView(generic.IndexView):
    #: Schools waiting for approval first, on every database.
    default_ordering = [F("approved_at").asc(nulls_first=True), "name"]

    def get_base_queryset(self):
        return with_counts(super().get_base_queryset())

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if not instance.is_approved and self.request.user.has_perm(APPROVE_PERMISSION):
            buttons.insert(
                0,
                ListingButton(
                    _("Approve"),
                    url=reverse("school_approve", args=[instance.pk]),
                    icon_name="check",
                    priority=5,
                ),
            )
        return buttons


class SchoolStatisticsView(generic.InspectView):
    page_title = gettext_lazy("School statistics")
    template_name = "learners/admin/school_statistics.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        school = self.object
        context.update(
            school=school,
            statistics=school_statistics(school),
            teachers=school.memberships.select_related("teacher").order_by("joined_at"),
            may_approve=self.request.user.has_perm(APPROVE_PERMISSION),
        )
        return context


class ApproveSchoolView(WagtailAdminTemplateMixin, TemplateView):
    """Asks before approving (GET), approves on POST."""

    template_name = "learners/admin/school_approve.html"
    page_title = gettext_lazy("Approve a school")
    header_icon = "check"

    def dispatch(self, request, pk):
        if not request.user.has_perm(APPROVE_PERMISSION):
            raise PermissionDenied
        self.school = get_object_or_404(School, pk=pk)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return str(self.school)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("schools:index"), "label": _("Schools")},
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(school=self.school, statistics=school_statistics(self.school))
        return context

    def post(self, request, pk):
        try:
            confirmed = approve_school(self.school, request.user)
        except SchoolError as error:
            messages.error(request, error.message)
            return redirect("schools:index")
        messages.success(
            request,
            _("%(school)s is approved. Bookings confirmed now: %(count)s.")
            % {"school": self.school.name, "count": len(confirmed)},
        )
        return redirect("schools:index")


class SchoolViewSet(ModelViewSet):
    model = School
    icon = "home"
    menu_label = gettext_lazy("Schools")
    add_to_admin_menu = True
    menu_order = 230
    index_view_class = SchoolIndexView
    inspect_view_class = SchoolStatisticsView
    inspect_view_enabled = True
    inspect_view_fields = [
        "name",
        "school_type",
        "street",
        "postcode",
        "town",
        "created_at",
        "approved_at",
        "approved_by",
        "manager_notes",
    ]
    form_fields = ["name", "school_type", "street", "postcode", "town", "manager_notes"]
    list_display = [
        "name",
        "town",
        Column("school_type", label=gettext_lazy("Type"), accessor="get_school_type_display"),
        Column("approved_at", label=gettext_lazy("Status"), accessor=approval_status),
        Column("teacher_count", label=gettext_lazy("Teachers"), sort_key="teacher_count"),
        Column("booking_count", label=gettext_lazy("Bookings"), sort_key="booking_count"),
        Column("pupil_count", label=gettext_lazy("Pupils"), sort_key="pupil_count"),
    ]
    list_filter = ["school_type"]
    search_fields = ["name", "town", "postcode"]
    search_backend_name = None


def approve_url_patterns():
    return [path("schools/approve/<int:pk>/", ApproveSchoolView.as_view(), name="school_approve")]
