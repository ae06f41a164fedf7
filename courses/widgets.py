"""Admin widgets for choosing among translatable rows (competence fields, age groups,
venues).

Such a row exists once per language. A form offers the original (German) rows only, one
per entry, so that a choice is stored once and wagtail-localize copies it into every
translation of the page (``SynchronizedField``); these widgets name each choice in the
admin's language, in German where the entry is not translated yet.
"""

from django import forms
from django.forms.models import ModelChoiceIteratorValue
from django.utils.translation import get_language


def named_in_active_language(choices):
    """The (value, label) choices of a model choice field, each row's label taken from
    its translation into the active language where there is one (one query)."""
    choices = list(choices)
    rows = [value.instance for value, _label in choices if is_row(value)]
    if not rows:
        return choices
    from courses.queries import translated

    language_code = (get_language() or "").split("-")[0]
    names = {
        row.pk: str(translation)
        for row, translation in zip(
            rows, translated(rows, type(rows[0]), language_code), strict=True
        )
    }
    return [
        (value, names.get(value.instance.pk, label) if is_row(value) else label)
        for value, label in choices
    ]


def is_row(value):
    return isinstance(value, ModelChoiceIteratorValue) and hasattr(
        value.instance, "translation_key"
    )


class NamedInActiveLanguageMixin:
    def optgroups(self, name, value, attrs=None):
        # The widget belongs to one bound form, rendered in one language: its choices are
        # read and named once, however often the form asks for them.
        language_code = get_language()
        if getattr(self, "_named_in", None) != language_code:
            self.choices = named_in_active_language(self.choices)
            self._named_in = language_code
        return super().optgroups(name, value, attrs)


class TranslatedSelect(NamedInActiveLanguageMixin, forms.Select):
    pass


class TranslatedRadioSelect(NamedInActiveLanguageMixin, forms.RadioSelect):
    pass


class TranslatedCheckboxSelectMultiple(NamedInActiveLanguageMixin, forms.CheckboxSelectMultiple):
    pass
