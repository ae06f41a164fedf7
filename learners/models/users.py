import datetime
import functools

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import connection, models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

#: Learners younger than this need a parent's or guardian's consent to enrol.
CONSENT_AGE = 16


def user_with_school_role(user_id):
    """The user with this id and their school role, in one query (None if there is no such
    user). Every signed-in page asks the role (the account menu, the "My school" link), so
    the authentication backends load the user with it. The ORM's statement is built once:
    building it took longer than running it."""
    sql = _user_with_school_role_sql(connection.vendor)
    return next(iter(User._default_manager.raw(sql, [user_id])), None)


@functools.cache
def _user_with_school_role_sql(vendor):
    users = User._default_manager.filter(pk=0).annotate(
        school_role_pupil=models.F("pupil__id"),
        school_role_membership=models.F("school_membership__id"),
    )
    return users.query.sql_with_params()[0]


class User(AbstractUser):
    """Every person with an account: learners, trainers, managers, teachers."""

    display_name = models.CharField(
        _("display name"),
        max_length=150,
        blank=True,
        help_text=_("How the platform addresses you, e.g. on certificates."),
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("Used for every e-mail and document the platform sends you."),
    )
    year_of_birth = models.PositiveSmallIntegerField(
        _("year of birth"),
        null=True,
        blank=True,
        help_text=_("Needed for courses with a minimum age and for the consent of minors."),
    )
    accessibility_needs = models.TextField(
        _("accessibility needs"),
        blank=True,
        help_text=_(
            "Shown to the trainers of your sessions, e.g. wheelchair access, hearing loop."
        ),
    )

    class Meta(AbstractUser.Meta):
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.display_name or self.get_full_name() or self.username

    @cached_property
    def school_role(self):
        """(pupil id, school membership id), either None: read with the user where it was
        loaded with it (``user_with_school_role``), otherwise one query for both."""
        if hasattr(self, "school_role_pupil"):
            return (self.school_role_pupil, self.school_role_membership)
        if self.pk is None:
            return (None, None)
        row = (
            type(self)
            .objects.filter(pk=self.pk)
            .values_list("pupil__id", "school_membership__id")
            .first()
        )
        return row or (None, None)

    @property
    def is_pupil(self):
        """A pupil of a school class: a pseudonym, no e-mail, no name, no birth date."""
        return self.school_role[0] is not None

    @property
    def is_teacher(self):
        return self.school_role[1] is not None

    def age_in(self, year=None):
        """The age the learner reaches in the given year (default: this year)."""
        if self.year_of_birth is None:
            return None
        return (year or timezone.localdate().year) - self.year_of_birth

    def needs_guardian_consent(self, date=None):
        """Under CONSENT_AGE by year of birth in the year of date (default: today)."""
        date = date or timezone.localdate()
        if isinstance(date, datetime.datetime):
            date = timezone.localdate(date)
        age = self.age_in(date.year)
        return age is not None and age < CONSENT_AGE
