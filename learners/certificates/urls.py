"""Addresses of certificates: pages under the language prefix, Open Badges documents without.

``urlpatterns`` go inside ``i18n_patterns`` under ``certificates/``;
``openbadges_patterns`` at the top level under ``openbadges/``, because verifiers fetch
them by the URLs written into signed credentials, which must not depend on a language.
"""

from django.urls import path

from learners.certificates import views

urlpatterns = [
    path("", views.lookup, name="certificate_lookup"),
    path("<str:code>/", views.verify, name="certificate_verify"),
    path("<str:code>/credential.jwt", views.credential_jwt, name="certificate_credential_jwt"),
    path("<str:code>/credential.json", views.credential_json, name="certificate_credential_json"),
    path("<str:code>/pdf/", views.certificate_pdf, name="certificate_pdf"),
]

openbadges_patterns = [
    path("issuer", views.issuer_profile, name="openbadges_issuer"),
    path("keys/<str:thumbprint>", views.public_key, name="openbadges_key"),
    path("status/<int:number>", views.status_list, name="openbadges_status_list"),
    path("revocations", views.revocation_list, name="openbadges_revocation_list"),
    path("achievements/<uuid:course_key>", views.achievement, name="openbadges_achievement"),
]
