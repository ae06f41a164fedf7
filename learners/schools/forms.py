"""Forms of the teachers' pages: book a class, change its size, invite a colleague, print
certificates.

They check what a person typed, field by field, so that each message stands next to its
field. The details of a class are checked by the model (``clean_class_details``), in one
place for these forms and the services (``learners.schools.services``), which decide.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from learners.models import SchoolClass
from learners.models.schools import (
    HIGHEST_GRADE,
    LOWEST_GRADE,
    MAX_ACCOMPANYING_ADULTS,
    clean_class_details,
    max_pupils,
)
from learners.schools.class_certificates import FOR_CLASS, PER_PUPIL

CONSENT_WORDING = _(
    "I confirm that our school holds the consent of the parents or guardians of all pupils "
    "of this class for their participation."
)


def interpolated(message, **params):
    """``message % params``, translated when shown rather than when the module loads; a
    parameter may be a function, asked then too."""
    return lazy(
        lambda: str(message) % {k: v() if callable(v) else v for k, v in params.items()}, str
    )()


class WholeNumberField(forms.IntegerField):
    """A whole number in a text box with a numeric keyboard (see ``YearOfBirthField``);
    ``message`` is shown when it is not a number, or out of the model's bounds."""

    widget = forms.TextInput

    def __init__(self, message, **kwargs):
        kwargs.setdefault("error_messages", {})
        for code in ("invalid", "min_value", "max_value"):
            kwargs["error_messages"].setdefault(code, message)
        super().__init__(**kwargs)
        self.widget.attrs.update({"inputmode": "numeric", "maxlength": "3", "size": "4"})


def class_field(name, **kwargs):
    """A form field for the detail ``name`` of a class, made from the model's field (its
    ``max_length``, its default, whether it may be blank). Its bounds are the model's, which
    ``ClassDetailsForm`` asks; numbers are typed into a ``WholeNumberField``."""
    model_field = SchoolClass._meta.get_field(name)
    if model_field.get_internal_type().endswith("IntegerField"):
        kwargs = {"form_class": WholeNumberField, "min_value": None, **kwargs}
    return model_field.formfield(**kwargs)


def pupils_field():
    return class_field(
        "pupils",
        message=interpolated(_("Please give a number from 1 to %(max)s."), max=max_pupils),
        label=_("Number of pupils"),
        help_text=interpolated(_("At most %(max)s pupils."), max=max_pupils),
    )


def adults_field():
    return class_field(
        "accompanying_adults",
        message=interpolated(
            _("Please give a number from 0 to %(max)s."), max=MAX_ACCOMPANYING_ADULTS
        ),
        label=_("Accompanying adults"),
        help_text=_("Teachers and helpers who come with the class; they need seats too."),
    )


class ClassDetailsForm(forms.Form):
    """Details of a class, checked once, by the model (``clean_class_details``), after each
    field has read what was typed. A problem the model finds stands next to its field, in
    the field's own words where it has some for that check (as a ModelForm's
    ``error_messages`` do)."""

    def checked_by_model(self, name, model_name=None):
        model_name = model_name or name
        value = self.cleaned_data[name]
        if value in self.fields[name].empty_values:
            return value
        try:
            clean_class_details(**{model_name: value})
        except ValidationError as error:
            problem = error.error_dict[model_name][0]
            message = self.fields[name].error_messages.get(problem.code, problem.message)
            raise ValidationError(message, code=problem.code) from error
        return value

    def clean_class_name(self):
        return self.checked_by_model("class_name")

    def clean_grade(self):
        return self.checked_by_model("grade")

    def clean_pupils(self):
        return self.checked_by_model("pupils")

    def clean_adults(self):
        return self.checked_by_model("adults", "accompanying_adults")

    def clean_notes(self):
        return self.checked_by_model("notes")


class ClassBookingForm(ClassDetailsForm):
    class_name = class_field(
        "class_name",
        label=_("Class"),
        help_text=_("As your school calls it, e.g. 7b."),
        error_messages={"required": _("Please give the name of the class, e.g. 7b.")},
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    grade = class_field(
        "grade",
        message=interpolated(
            _("Please give a grade from %(low)s to %(high)s."), low=LOWEST_GRADE, high=HIGHEST_GRADE
        ),
        label=_("Grade"),
        error_messages={"required": _("Please give the grade of the class.")},
    )
    pupils = pupils_field()
    adults = adults_field()
    notes = class_field(
        "notes",
        label=_("Notes for the trainers"),
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


class ClassSizeForm(ClassDetailsForm):
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


#: Room for a long double-barrelled name; longer ones would not fit the certificate.
CERTIFICATE_NAME_MAX = 80


def tidy_name(text):
    return " ".join(str(text or "").split())


class ClassCertificatesForm(forms.Form):
    """The names to print on a class's certificates. They are used for the PDF only."""

    kind = forms.ChoiceField(
        label=_("What would you like to print?"),
        choices=[
            (PER_PUPIL, _("A certificate for each pupil named below")),
            (FOR_CLASS, _("One certificate for the whole class, listing the names below")),
        ],
        initial=PER_PUPIL,
        widget=forms.RadioSelect,
    )
    other_names = forms.CharField(
        label=_("Further pupils, one name per line"),
        help_text=_("Pupils who took part without joining online."),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5, "autocomplete": "off", "spellcheck": "false"}),
    )

    def __init__(self, *args, pupils=(), class_size=0, **kwargs):
        """One name field per pupil who joined, labelled with their pseudonym."""
        super().__init__(*args, **kwargs)
        self.pupils = list(pupils)
        self.class_size = class_size
        for pupil in self.pupils:
            self.fields[self.name_field(pupil)] = forms.CharField(
                label=interpolated(_("Name for %(pseudonym)s"), pseudonym=pupil.pseudonym),
                required=False,
                max_length=CERTIFICATE_NAME_MAX,
                widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
            )

    @staticmethod
    def name_field(pupil):
        return f"name_{pupil.pk}"

    def pupil_name_fields(self):
        return [self[self.name_field(pupil)] for pupil in self.pupils]

    def clean_other_names(self):
        names = [tidy_name(line) for line in self.cleaned_data["other_names"].splitlines()]
        names = [name for name in names if name]
        too_long = [name for name in names if len(name) > CERTIFICATE_NAME_MAX]
        if too_long:
            raise forms.ValidationError(
                _("Please shorten this name to at most %(max)s characters: %(name)s")
                % {"max": CERTIFICATE_NAME_MAX, "name": too_long[0][:CERTIFICATE_NAME_MAX]}
            )
        return names

    def clean(self):
        """``names``: (name, pupil or None) in the order typed, pupils first."""
        cleaned = super().clean()
        named = [(tidy_name(cleaned.get(self.name_field(pupil))), pupil) for pupil in self.pupils]
        names = [(name, pupil) for name, pupil in named if name]
        names += [(name, None) for name in cleaned.get("other_names") or []]
        if len(names) > self.class_size:
            raise forms.ValidationError(
                _(
                    "The class was booked for %(count)s pupils: please enter at most "
                    "%(count)s names."
                )
                % {"count": self.class_size}
            )
        if cleaned.get("kind") == PER_PUPIL and not names:
            raise forms.ValidationError(
                _("Please type the name of at least one pupil to print their certificate.")
            )
        cleaned["names"] = names
        return cleaned
