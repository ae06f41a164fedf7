"""Pages for pupils: join a class with its code and a pseudonym, log in."""

from django.urls import path

from learners.pupils import views as pupil_views

urlpatterns = [
    path("join/", pupil_views.join, name="pupil_join"),
    path("join/login/", pupil_views.pupil_login, name="pupil_login"),
]
