"""The learners' pages under the language prefix, one module per domain."""

from django.urls import include, path

urlpatterns = [
    path("", include("learners.learning.urls")),
    path("", include("learners.enrolment.urls")),
    path("", include("learners.accounts.urls")),
    path("", include("learners.schools.urls")),
    path("", include("learners.pupils.urls")),
    path("certificates/", include("learners.certificates.urls")),
]
