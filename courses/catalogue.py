"""The catalogue's filters, facet counts, sorting and paging.

Every filter is a plain GET parameter, so the page works without JavaScript and a
filtered view can be bookmarked or shared. Values that are not understood are ignored
with a notice, never an error page.
"""

from collections import Counter

from django import forms
from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, F, Q
from django.http import Http404
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from courses.choices import CatalogueSort, CourseFormat, SessionStatus
from courses.covers import card_covers
from courses.models import (
    AgeGroup,
    CompetenceField,
    CoursePage,
    CourseSession,
    InstructionLanguage,
    PartnerPage,
    parent_path,
)
from courses.queries import (
    meetings_of,
    partners_in,
    providers_of,
    upcoming_course_keys,
    venue_towns_in,
    visible_courses,
    with_next_session,
)
from courses.rhythm import held, rhythm
from wirkstatt.caching.page_cache import shared_values
from wirkstatt.i18n.fallback import localize_urls

FACETS = ["field", "age", "format", "language", "place", "provider"]


class CatalogueFilterForm(forms.Form):
    field = forms.MultipleChoiceField(
        label=_("Competence field"), required=False, widget=forms.CheckboxSelectMultiple
    )
    age = forms.MultipleChoiceField(
        label=_("Age group"), required=False, widget=forms.CheckboxSelectMultiple
    )
    format = forms.MultipleChoiceField(
        label=_("Format"),
        required=False,
        choices=CourseFormat.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    language = forms.MultipleChoiceField(
        label=_("Language of instruction"), required=False, widget=forms.CheckboxSelectMultiple
    )
    place = forms.MultipleChoiceField(
        label=_("Place"), required=False, widget=forms.CheckboxSelectMultiple
    )
    provider = forms.MultipleChoiceField(
        label=_("Offered by"), required=False, widget=forms.CheckboxSelectMultiple
    )
    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=CatalogueSort.choices,
        initial=CatalogueSort.NEXT_DATE,
    )

    def __init__(self, *args, vocabulary, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["field"].choices = [(f.code, f.name) for f in vocabulary.fields]
        self.fields["age"].choices = [(a.code, a.name) for a in vocabulary.age_groups]
        self.fields["language"].choices = [(lang.code, lang.name) for lang in vocabulary.languages]
        self.fields["place"].choices = [(town, label) for town, label in vocabulary.places]
        self.fields["provider"].choices = vocabulary.partners

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and end < start:
            self.add_error("date_to", _("The end date is before the start date."))
            del cleaned["date_from"]
        return cleaned

    def valid_filters(self):
        """The cleaned value of every field that validated; invalid ones are dropped."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def ignored_fields(self):
        return [self.fields[name].label for name in self.errors if name in self.fields]


class Vocabulary:
    """The catalogue's filter values, labelled in the visitor's language. They are the same
    for every visitor, so they come from the shared cache (``wirkstatt.caching.page_cache``):
    saving a field, age group, language, venue or session retires them with the cached pages."""

    def __init__(self, language_code):
        values = shared_values("catalogue-vocabulary", [language_code], read_vocabularies)
        self.fields, self.age_groups, self.languages, self.places = values[language_code]
        #: every partner in this language (``courses.queries.partners_in``), read once per
        #: request for the filter, the cards and the home page
        self.partner_index = partners = partners_in(language_code)
        self.partners = [(p.filter_value, p.title) for p in partners["by_key"].values()]
        self.partner_values = {
            path: partners["by_key"][key].filter_value
            for path, key in partners["key_by_path"].items()
            if key in partners["by_key"]
        }


def read_vocabularies(language_codes):
    return {
        code: (
            localized(CompetenceField, code),
            localized(AgeGroup, code),
            list(InstructionLanguage.objects.all()),
            place_choices(code),
        )
        for code in language_codes
    }


def localized(model, language_code):
    """All rows of a translatable vocabulary, each in language_code where translated."""
    rows = list(model.objects.select_related("locale"))
    by_key = {}
    for row in rows:
        current = by_key.get(row.translation_key)
        if current is None or row.locale.language_code == language_code:
            by_key[row.translation_key] = row
    return sorted(by_key.values(), key=lambda row: (row.sort_order, row.name))


def place_choices(language_code):
    """Towns with upcoming sessions: the stored town as value, labelled in language_code."""
    towns = (
        CourseSession.objects.upcoming()
        .exclude(venue=None)
        .order_by()
        .values_list("venue__town", "venue__translation_key")
        .distinct()
    )
    keys = {key: town for town, key in towns}
    labels = venue_towns_in(keys, language_code)
    choices = {town: labels.get(key, town) for key, town in keys.items()}
    return sorted(choices.items(), key=lambda item: item[1])


def apply_filters(courses, filters, skip=None):
    """Narrow courses by every filter except the one named skip."""
    for name, value in filters.items():
        if name == skip:
            continue
        if name == "field":
            courses = courses.filter(competence_field__code__in=value)
        elif name == "age":
            courses = courses.filter(
                pk__in=CoursePage.objects.filter(age_groups__code__in=value).values("pk")
            )
        elif name == "format":
            courses = courses.filter(format__in=value)
        elif name == "language":
            courses = courses.filter(
                pk__in=CoursePage.objects.filter(instruction_languages__code__in=value).values("pk")
            )
        elif name == "place":
            courses = courses.filter(
                translation_key__in=upcoming_course_keys(venue__town__in=value)
            )
        elif name == "provider":
            originals = PartnerPage.objects.filter(
                slug__in=value, locale__language_code=settings.LANGUAGE_CODE
            )
            courses = offered_by(courses, originals.values("translation_key"))
    # A session matches when any of its meetings falls in the range.
    date_range = {}
    if filters.get("date_from"):
        date_range["meetings__start__date__gte"] = filters["date_from"]
    if filters.get("date_to"):
        date_range["meetings__start__date__lte"] = filters["date_to"]
    if date_range:
        date_range["meetings__status"] = SessionStatus.SCHEDULED
        courses = courses.filter(translation_key__in=upcoming_course_keys(**date_range))
    return courses


def offered_by(courses, partner_keys):
    """Courses led (they sit below the partner's page in some language) or co-offered by
    the partners with these translation keys."""
    partner_paths = PartnerPage.objects.filter(translation_key__in=partner_keys).values("path")
    joint = CoursePage.objects.filter(co_providers__translation_key__in=partner_keys)
    return courses.alias(partner_path=parent_path()).filter(
        Q(partner_path__in=partner_paths) | Q(pk__in=joint.values("pk"))
    )


def facet_counts(courses, filters, vocabulary):
    """How many courses each filter value would show, given the other filters."""

    def counted(queryset, value_field):
        rows = queryset.order_by().values(value_field).annotate(n=Count("pk", distinct=True))
        return {row[value_field]: row["n"] for row in rows}

    place_courses = apply_filters(courses, filters, skip="place")
    place_rows = (
        CourseSession.objects.upcoming()
        .filter(course_key__in=place_courses.values("translation_key"))
        .exclude(venue=None)
        .order_by()
        .values("venue__town")
        .annotate(n=Count("course_key", distinct=True))
    )
    return {
        "field": counted(apply_filters(courses, filters, skip="field"), "competence_field__code"),
        "age": counted(apply_filters(courses, filters, skip="age"), "age_groups__code"),
        "format": counted(apply_filters(courses, filters, skip="format"), "format"),
        "language": counted(
            apply_filters(courses, filters, skip="language"),
            "instruction_languages__code",
        ),
        "place": {row["venue__town"]: row["n"] for row in place_rows},
        "provider": provider_counts(
            apply_filters(courses, filters, skip="provider"), vocabulary.partner_values
        ),
    }


def provider_counts(courses, partner_values):
    """{partner filter value: courses it leads or co-offers}, in two queries."""
    counts = Counter()
    led = (
        courses.annotate(partner_path=parent_path())
        .order_by()
        .values_list("partner_path")
        .annotate(n=Count("pk", distinct=True))
    )
    for path, n in led:
        counts[partner_values.get(path)] += n
    joint = (
        courses.order_by()
        .values_list("co_providers__path")
        .annotate(n=Count("pk", distinct=True))
        .exclude(co_providers=None)
    )
    for path, n in joint:
        counts[partner_values.get(path)] += n
    counts.pop(None, None)
    return counts


def sorted_courses(courses, sort):
    courses = with_next_session(courses)
    if sort == CatalogueSort.TITLE:
        return courses.order_by("title", "pk")
    if sort == CatalogueSort.NEWEST:
        return courses.order_by("-first_published_at", "pk")
    return courses.order_by(F("next_start").asc(nulls_last=True), "title", "pk")


def build_facets(form, counts):
    """Facet groups for the template: each option with label, count and checked state."""
    facets = []
    for name in FACETS:
        bound = form[name]
        selected = set(form.cleaned_data.get(name) or [])
        options = [
            {
                "value": value,
                "label": label,
                "count": counts[name].get(value, 0),
                "checked": value in selected,
                "id": f"filter-{name}-{index}",
            }
            for index, (value, label) in enumerate(form.fields[name].choices)
        ]
        facets.append({"name": name, "label": bound.label, "options": options})
    return facets


def decorate(courses, language_code, vocabulary, request):
    """Attach the visitor-language labels, URLs and cover pictures the course cards show."""
    fields = {f.code: f for f in vocabulary.fields}
    age_groups = {a.code: a for a in vocabulary.age_groups}
    venue_keys = {getattr(c, "next_venue_key", None) for c in courses} - {None}
    towns = venue_towns_in(venue_keys, language_code)
    for course in courses:
        if getattr(course, "next_venue_key", None) in towns:
            course.next_town = towns[course.next_venue_key]
        course.field_label = fields.get(course.competence_field.code)
        course.age_group_labels = [
            age_groups[a.code].name for a in course.age_groups.all() if a.code in age_groups
        ]
    localize_urls(courses, language_code, request)
    providers_of(courses, language_code, partners=vocabulary.partner_index)
    describe_next_series(courses)
    card_covers(courses)
    return courses


def describe_next_series(courses):
    """The rhythm of each card's next session when it meets more than once."""
    session_ids = {
        course.next_session_id
        for course in courses
        if (getattr(course, "next_meetings", 0) or 0) > 1
    }
    meetings = meetings_of(session_ids)
    for course in courses:
        series = meetings.get(getattr(course, "next_session_id", None), [])
        course.next_rhythm = rhythm(series) if len(held(series)) > 1 else ""


def page_of(paginator, number):
    try:
        return paginator.page(number or 1)
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404(_("There is no such page of results.")) from error


def courses_below(index_page, courses):
    """Courses below this catalogue or any of its translations (untranslated courses sit
    below the German catalogue)."""
    paths = Page.objects.filter(translation_key=index_page.translation_key).values_list(
        "path", flat=True
    )
    below = Q()
    for path in paths:
        below |= Q(path__startswith=path)
    return courses.filter(below)


def catalogue_context(index_page, request):
    language_code = get_language()
    vocabulary = Vocabulary(language_code)
    form = CatalogueFilterForm(request.GET, vocabulary=vocabulary)
    filters = form.valid_filters()
    sort = filters.pop("sort", CatalogueSort.NEXT_DATE)
    courses = courses_below(index_page, visible_courses(language_code))
    paginator = Paginator(
        sorted_courses(apply_filters(courses, filters), sort)
        .select_related("competence_field", "locale")
        .prefetch_related("age_groups"),
        per_page=settings.CATALOGUE_PAGE_SIZE,
    )
    page = page_of(paginator, request.GET.get("page"))
    decorate(page.object_list, language_code, vocabulary, request)
    return {
        "filter_form": form,
        "facets": build_facets(form, facet_counts(courses, filters, vocabulary)),
        "courses": page,
        "paginator": paginator,
        "ignored_filters": form.ignored_fields(),
        "active_filters": bool(filters),
        "query_string": query_without_page(request),
    }


def query_without_page(request):
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()
