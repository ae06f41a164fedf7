"""A learner's own pages: My learning."""

from django.urls import path

from learners.learning import views

urlpatterns = [
    path("my-learning/", views.my_learning, name="my_learning"),
]
