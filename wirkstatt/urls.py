from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from api import views as api_views
from courses import embed as course_embed
from courses import feeds as course_feeds
from courses import views as course_views
from home import robots, sitemap, web_app
from learners.certificates import urls as certificate_urls
from learners.enrolment import urls as enrolment_urls
from learners.trainers import site_reports
from search import views as search_views

from .health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("favicon.ico", web_app.favicon, name="favicon"),
    path("robots.txt", robots.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap.sitemap, name="sitemap"),
    # Wagtail's site-wide page-types report, for the network's managers only.
    path("admin/", include(site_reports.urlpatterns)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include(enrolment_urls.feed_patterns)),
    path("openbadges/", include(certificate_urls.openbadges_patterns)),
    path("api/", include("api.urls")),
    path("embed/courses/", course_embed.for_visitor, name="embedded_catalogue_for_visitor"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

if getattr(settings, "BENCHMARK_BASELINE", False):
    from .baseline import baseline

    urlpatterns.append(path("bench/baseline", baseline, name="benchmark_baseline"))

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("", include("learners.urls")),
    path("search/", search_views.search, name="search"),
    path("api/", api_views.documentation, name="api_documentation"),
    path("feeds/courses.ics", course_feeds.catalogue_calendar, name="catalogue_calendar"),
    path("feeds/new-courses.atom", course_feeds.new_courses, name="new_courses_feed"),
    path("embed/courses/", course_embed.embedded_catalogue, name="embedded_catalogue"),
    path("manifest.webmanifest", web_app.manifest, name="web_app_manifest"),
    path(
        "sessions/<int:session_id>/calendar.ics",
        course_views.session_ics,
        name="session_ics",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "api.handlers.page_not_found"
handler400 = "api.handlers.bad_request"
handler500 = "api.handlers.server_error"
