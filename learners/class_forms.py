"""Forms of the teachers' pages: book a class, change its size, invite a colleague.

They check what a person typed, field by field, so that each message stands next to its
field; the services (``learners.schools``) check everything again and decide.
"""

from django import forms
from django.conf import settings
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from learners.models.schools import HIGHEST_GRADE, LOWEST_GRADE, MAX_ACCOMPANYING_ADULTS
from learners.schools import CLASS_NAME_MAX, NOTES_MAX

CONSENT_WORDING = _(
    "I confirm that our school holds the consent of the parents or guardians of all pupils "
    "of this class for their participation."
)


def interpolated(message, **params):
    """``message % params``, translated when shown rather than when the module loads."""
    return lazy(lambda: str(message) % params, str)()


class WholeNumberField(forms.IntegerField):
    """A whole number in a text box with a numeric keyboard (see ``YearOfBirthField``)."""

    widget = forms.TextInput

    def __init__(self, low, high, message, **kwargs):
        kwargs.setdefault("error_messages", {})
        for code in ("invalid", "min_value", "max_value"):
            kwargs["error_messages"].setdefault(code, message)
        super().__init__(min_value=low, max_value=high, **kwargs)
        self.widget.attrs.update({"inputmode": "numeric", "maxlength": "3", "size": "4"})


def pupils_field():
    largest = settings.SCHOOL_CLASS_MAX_PUPILS
    return WholeNumberField(
        1,
        largest,
        interpolated(_("Please give a number from 1 to %(max)s."), max=largest),
        label=_("Number of pupils"),
        help_text=interpolated(_("At most %(max)s pupils."), max=largest),
    )


def adults_field():
    return WholeNumberField(
        0,
        MAX_ACCOMPANYING_ADULTS,
        interpolated(_("Please give a number from 0 to %(max)s."), max=MAX_ACCOMPANYING_ADULTS),
        label=_("Accompanying adults"),
        help_text=_("Teachers and helpers who come with the class; they need seats too."),
        initial=0,
    )


class ClassBookingForm(forms.Form):
    class_name = forms.CharField(
        label=_("Class"),
        max_length=CLASS_NAME_MAX,
        help_text=_("As your school calls it, e.g. 7b."),
        error_messages={"required": _("Please give the name of the class, e.g. 7b.")},
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    grade = WholeNumberField(
        LOWEST_GRADE,
        HIGHEST_GRADE,
        interpolated(
            _("Please give a grade from %(low)s to %(high)s."), low=LOWEST_GRADE, high=HIGHEST_GRADE
        ),
        label=_("Grade"),
        error_messages={"required": _("Please give the grade of the class.")},
    )
    pupils = pupils_field()
    adults = adults_field()
    notes = forms.CharField(
        label=_("Notes for the trainers"),
        required=False,
        max_length=NOTES_MAX,
        help_text=_("For example accessibility needs or the languages your class speaks."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    consent = forms.BooleanField(
        label=CONSENT_WORDING,
        error_messages={"required": _("Please confirm the parents' consent to book the class.")},
    )
    waitlist = forms.BooleanField(
        label=_("If the session is full: put the class on the waiting list"),
        help_text=_("The class moves up only when there are seats for all of it."),
        required=False,
    )

    #: Fields carried over to another session's form when the class does not fit.
    carried_over = ("class_name", "grade", "pupils", "adults", "notes")


class ClassSizeForm(forms.Form):
    pupils = pupils_field()
    adults = adults_field()

    def __init__(self, *args, school_class=None, **kwargs):
        """Fields get ids of their own per class, since one page holds many of these forms."""
        if school_class is not None:
            kwargs.setdefault("auto_id", f"id_size_{school_class.pk}_%s")
            kwargs.setdefault(
                "initial",
                {"pupils": school_class.pupils, "adults": school_class.accompanying_adults},
            )
        super().__init__(*args, **kwargs)


class InviteTeacherForm(forms.Form):
    email = forms.EmailField(
        label=_("Your colleague's e-mail address"),
        error_messages={
            "required": _("Please enter an e-mail address."),
            "invalid": _("Please enter a valid e-mail address."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
        help_text=_("We send them a link to join your school. It is valid for 14 days."),
    )
