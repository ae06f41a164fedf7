"""Schools, their teachers, the classes they book and the pupils of those classes.

A class booking is an ``Enrolment`` of the booking teacher whose ``seats`` are the class's
pupils and accompanying adults; ``SchoolClass`` holds the class details next to it.

Pupils are ``User`` rows, because progress, quiz attempts and certificates already hang on
``User``; a second kind of learner would duplicate all of it. A pupil's ``User`` holds
nothing that identifies the child: a generated username, the pseudonym as display name, no
e-mail, no first or last name, no year of birth, and a password of their own. Neither
``Pupil`` nor ``SchoolClass`` has a field for a pupil's e-mail, name or birth date, and a
test inspects the model fields to keep it that way. Parental consent is held by the school;
the booking teacher confirms it when booking (``consent_confirmed_at``/``_by``).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import (
    MaxLengthValidator,
    MaxValueValidator,
    MinValueValidator,
    ProhibitNullCharactersValidator,
)
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from learners.codes import JOIN_CODE
from learners.join_codes import new_join_code

LOWEST_GRADE, HIGHEST_GRADE = 1, 13
MAX_ACCOMPANYING_ADULTS = 10
CLASS_NAME_MAX, NOTES_MAX = 30, 1000


def max_pupils():
    """The largest class that can be booked (setting ``SCHOOL_CLASS_MAX_PUPILS``)."""
    return settings.SCHOOL_CLASS_MAX_PUPILS


def limit_messages():
    """For each detail of a class that a teacher types, the one message that says what is
    allowed, in the active language. ``SchoolClass.clean_fields`` gives it; the services
    show it on its own, the forms next to their field (in their own words where they have
    some for the same check)."""
    return {
        "class_name": _(
            "Please give the name of the class, e.g. 7b, in at most %(max)s characters."
        )
        % {"max": CLASS_NAME_MAX},
        "grade": _("Please give a grade from %(low)s to %(high)s.")
        % {"low": LOWEST_GRADE, "high": HIGHEST_GRADE},
        "pupils": _("A class can have from 1 to %(max)s pupils.") % {"max": max_pupils()},
        "accompanying_adults": _("Please give from 0 to %(max)s accompanying adults.")
        % {"max": MAX_ACCOMPANYING_ADULTS},
        "notes": _("Please keep the notes to at most %(max)s characters.") % {"max": NOTES_MAX},
    }


class SchoolType(models.TextChoices):
    PRIMARY = "primary", _("Primary school")
    SECONDARY = "secondary", _("Secondary school (Oberschule)")
    GRAMMAR = "grammar", _("Grammar school (Gymnasium)")
    VOCATIONAL = "vocational", _("Vocational school")
    SPECIAL_NEEDS = "special_needs", _("Special needs school (Förderschule)")
    OTHER = "other", _("Other school")


class School(models.Model):
    name = models.CharField(_("name of the school"), max_length=200)
    school_type = models.CharField(_("type of school"), max_length=20, choices=SchoolType.choices)
    street = models.CharField(_("street and number"), max_length=200)
    postcode = models.CharField(_("postcode"), max_length=10)
    town = models.CharField(_("town"), max_length=100)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    manager_notes = models.TextField(
        _("notes for managers"),
        blank=True,
        help_text=_("Only education managers see these notes."),
    )

    class Meta:
        verbose_name = _("school")
        verbose_name_plural = _("schools")
        ordering = ["name"]
        permissions = [("approve_school", _("Can approve schools"))]

    def __str__(self):
        return f"{self.name}, {self.town}"

    @property
    def is_approved(self):
        return self.approved_at is not None


class SchoolMembership(models.Model):
    """A teacher's place in a school; a teacher belongs to one school."""

    school = models.ForeignKey(
        School, verbose_name=_("school"), on_delete=models.CASCADE, related_name="memberships"
    )
    teacher = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("teacher"),
        on_delete=models.CASCADE,
        related_name="school_membership",
    )
    joined_at = models.DateTimeField(_("joined at"), auto_now_add=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("teacher of a school")
        verbose_name_plural = _("teachers of schools")
        ordering = ["joined_at"]

    def __str__(self):
        return f"{self.teacher} – {self.school}"


class TeacherInvitation(models.Model):
    """An invitation for a colleague, sent as a signed link that is valid once."""

    school = models.ForeignKey(
        School, verbose_name=_("school"), on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("e-mail address"))
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("invited at"), auto_now_add=True)
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("accepted by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("invitation of a teacher")
        verbose_name_plural = _("invitations of teachers")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.email} → {self.school}"


class SchoolClass(models.Model):
    """The class behind a class booking (its ``enrolment``)."""

    school = models.ForeignKey(
        School, verbose_name=_("school"), on_delete=models.CASCADE, related_name="classes"
    )
    class_name = models.CharField(
        _("class"), max_length=CLASS_NAME_MAX, help_text=_("As the school calls it, e.g. 7b.")
    )
    grade = models.PositiveSmallIntegerField(
        _("grade"),
        validators=[MinValueValidator(LOWEST_GRADE), MaxValueValidator(HIGHEST_GRADE)],
    )
    pupils = models.PositiveSmallIntegerField(
        _("number of pupils"),
        validators=[MinValueValidator(1), MaxValueValidator(max_pupils)],
    )
    accompanying_adults = models.PositiveSmallIntegerField(
        _("accompanying adults"),
        default=0,
        validators=[MaxValueValidator(MAX_ACCOMPANYING_ADULTS)],
    )
    notes = models.TextField(
        _("notes"),
        max_length=NOTES_MAX,
        blank=True,
        help_text=_("For the trainers, e.g. accessibility needs or the class's languages."),
    )
    consent_confirmed_at = models.DateTimeField(_("parental consent confirmed at"))
    consent_confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("parental consent confirmed by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    join_code = models.CharField(
        _("join code"), max_length=8, unique=True, default=new_join_code, editable=False
    )
    joining_open = models.BooleanField(
        _("pupils can join"),
        default=True,
        help_text=_("Pupils join the class with its code while this is on."),
    )
    created_at = models.DateTimeField(_("booked at"), auto_now_add=True)
    booked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("booked by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("school class")
        verbose_name_plural = _("school classes")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(grade__gte=LOWEST_GRADE) & Q(grade__lte=HIGHEST_GRADE),
                name="school_class_grade_in_range",
            ),
            models.CheckConstraint(condition=Q(pupils__gte=1), name="school_class_has_pupils"),
            models.CheckConstraint(
                condition=Q(accompanying_adults__lte=MAX_ACCOMPANYING_ADULTS),
                name="school_class_adults_in_range",
            ),
        ]

    def __str__(self):
        return f"{self.class_name} – {self.school.name}"

    def clean_fields(self, exclude=None):
        """Django's checks of the fields; typed text within its ``max_length`` (Django checks
        it for ``CharField`` only) and without NUL characters. A detail the teacher types
        gets one message that says what is allowed (``limit_messages``), with the code of
        the check that failed."""
        exclude = set(exclude or ())
        errors = {}
        try:
            super().clean_fields(exclude=exclude)
        except ValidationError as error:
            errors = error.error_dict
        for name in ("class_name", "notes"):
            if name in exclude or name in errors:
                continue
            text_checks = [
                MaxLengthValidator(self._meta.get_field(name).max_length),
                ProhibitNullCharactersValidator(),
            ]
            try:
                for check in text_checks:
                    check(getattr(self, name))
            except ValidationError as error:
                errors[name] = error.error_list
        if errors:
            messages = limit_messages()
            raise ValidationError(
                {
                    name: limited(problems[0], messages.get(name))
                    for name, problems in errors.items()
                }
            )

    @property
    def seats(self):
        return self.pupils + self.accompanying_adults

    @property
    def display_join_code(self):
        return JOIN_CODE.shown(self.join_code)


def limited(error, message):
    """The first problem of a field, in the field's one message if it has one; NUL
    characters keep Django's own."""
    if message is None or error.code == ProhibitNullCharactersValidator.code:
        return [error]
    return [ValidationError(message, code=error.code)]


def clean_class_details(**details):
    """Checks some details of a class, by field name, as ``clean_fields`` checks a class;
    returns them cleaned (numbers as ``int``) or raises ``ValidationError`` by field. The
    forms and services of class bookings check what a teacher typed with it."""
    school_class = SchoolClass(**details)
    others = [field.name for field in SchoolClass._meta.fields if field.name not in details]
    school_class.clean_fields(exclude=others)
    return {name: getattr(school_class, name) for name in details}


class Pupil(models.Model):
    """A pupil's pseudonymous account in a class; see the module docstring."""

    school_class = models.ForeignKey(
        SchoolClass,
        verbose_name=_("class"),
        on_delete=models.CASCADE,
        related_name="pupil_accounts",
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="pupil",
    )
    pseudonym = models.CharField(_("pseudonym"), max_length=30)
    created_at = models.DateTimeField(_("joined at"), auto_now_add=True)
    failed_logins = models.PositiveSmallIntegerField(_("wrong logins in a row"), default=0)
    locked_at = models.DateTimeField(
        _("locked since"),
        null=True,
        blank=True,
        help_text=_("After too many wrong logins; a new password from the teacher unlocks."),
    )

    class Meta:
        verbose_name = _("pupil")
        verbose_name_plural = _("pupils")
        ordering = ["pseudonym"]
        constraints = [
            models.UniqueConstraint(
                "school_class", Lower("pseudonym"), name="one_pseudonym_per_class"
            )
        ]

    def __str__(self):
        return self.pseudonym
