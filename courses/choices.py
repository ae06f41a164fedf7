from django.db import models
from django.utils.translation import gettext_lazy as _


class CourseFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    SELF_PACED = "self_paced", _("Online, self-paced")
    BLENDED = "blended", _("Blended")


class SessionStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")


class CatalogueSort(models.TextChoices):
    NEXT_DATE = "date", _("Next date")
    TITLE = "title", _("Title")
    NEWEST = "new", _("Newest")


class LessonOrder(models.TextChoices):
    FREE = "free", _("In any order")
    SEQUENTIAL = "sequential", _("One after the other")


class PartnerKind(models.TextChoices):
    UNIVERSITY = "university", _("University")
    RESEARCH = "research", _("Research institute")
    COMPANY = "company", _("Company")
    PUBLIC_BODY = "public_body", _("Town or district")
    ASSOCIATION = "association", _("Association")
    SCHOOL = "school", _("School")
    OTHER = "other", _("Other organisation")


class Country(models.TextChoices):
    GERMANY = "DE", _("Germany")
    POLAND = "PL", _("Poland")
    CZECHIA = "CZ", _("Czechia")
