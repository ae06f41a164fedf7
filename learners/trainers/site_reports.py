"""Wagtail's page-types report counts the pages of the whole site, every partner's; it is
for the network's managers, like the reports menu that offers it (``wagtail_hooks``).

Wagtail opens it to anyone with a page permission anywhere (every partner's trainer), and
has no hook before its views, so the report's two addresses are served here, ahead of the
admin's own (``wirkstatt.urls``), by the same view refusing everyone else: Wagtail then
answers as for any admin page one may not see (back to the dashboard, with its message).
"""

from django.core.exceptions import PermissionDenied
from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView

from courses.permissions import can_manage_all_courses


class NetworkPageTypesUsageReportView(PageTypesUsageReportView):
    def dispatch(self, request, *args, **kwargs):
        if not can_manage_all_courses(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


#: Included at ``admin/`` before Wagtail's admin URLs; unnamed, so that ``reverse`` keeps
#: Wagtail's names (``wagtailadmin_reports:page_types_usage``), which lead here.
urlpatterns = [
    path(
        "reports/page-types-usage/",
        require_admin_access(NetworkPageTypesUsageReportView.as_view()),
    ),
    path(
        "reports/page-types-usage/results/",
        require_admin_access(NetworkPageTypesUsageReportView.as_view(results_only=True)),
    ),
]
