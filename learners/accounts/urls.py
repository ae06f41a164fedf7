"""The learner's profile and "My data" (the sign-in pages are django-allauth's)."""

from django.urls import path

from learners.accounts import my_data, profile

urlpatterns = [
    path("profile/", profile.profile, name="profile"),
    path("my-data/", my_data.my_data, name="my_data"),
    path("my-data/download/", my_data.my_data_download, name="my_data_download"),
    path("my-data/delete/", my_data.delete_account_view, name="delete_account"),
]
