"""The limits of a class booking, checked once, by the model (``SchoolClass.clean_fields``,
``clean_class_details``), for the services and the forms alike."""

import pytest
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.db import transaction
from django.utils import translation
from hypothesis import HealthCheck, event, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from learners.models import Enrolment, SchoolClass
from learners.models.schools import (
    CLASS_NAME_MAX,
    HIGHEST_GRADE,
    LOWEST_GRADE,
    MAX_ACCOMPANYING_ADULTS,
    NOTES_MAX,
    clean_class_details,
    limit_messages,
)
from learners.schools import services as schools
from learners.schools.forms import ClassBookingForm, ClassSizeForm
from learners.schools.services import SchoolError
from tests import factories

pytestmark = pytest.mark.django_db

#: Many examples share one test's database; each runs in a savepoint rolled back after it.
examples = hypothesis_settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

LANGUAGES = [code for code, _ in settings.LANGUAGES]

#: Whole numbers near the limits, as numbers and as typed; and anything else at all.
near_limits = st.integers(min_value=-3, max_value=45)
typed_number = st.one_of(
    near_limits.map(str),
    near_limits.map(lambda n: f" {n} "),
    st.text(alphabet="0123456789-+. x\x00", max_size=5),
)
anything = st.one_of(
    near_limits,
    typed_number,
    st.integers(),
    st.text(),
    st.none(),
    st.booleans(),
    st.floats(allow_nan=True, allow_infinity=True),
)
class_name = st.one_of(
    st.sampled_from(["7b", " 10a ", "x" * CLASS_NAME_MAX, "x" * (CLASS_NAME_MAX + 1), ""]),
    st.text(max_size=CLASS_NAME_MAX + 5),
)
notes = st.one_of(
    st.sampled_from(["", "Rollstuhl", "n" * NOTES_MAX, "n" * (NOTES_MAX + 1)]),
    st.text(max_size=40),
)
typed_garbage = st.one_of(typed_number, st.text(max_size=6))


def in_range(low, high):
    return st.one_of(st.integers(low, high), st.integers(low, high).map(str))


#: Details most bookings would have, and for each what may spoil it.
LIKELY = {
    "class_name": st.one_of(st.sampled_from(["7b", " 10a "]), st.text(min_size=1, max_size=8)),
    "grade": in_range(LOWEST_GRADE, HIGHEST_GRADE),
    "pupils": in_range(1, 40),
    "adults": in_range(0, MAX_ACCOMPANYING_ADULTS),
    "notes": st.one_of(st.just(""), st.text(max_size=20)),
}
SPOILT = {
    "class_name": st.one_of(class_name, anything),
    "grade": anything,
    "pupils": anything,
    "adults": anything,
    "notes": notes,
}
TYPED_SPOILT = {
    "class_name": class_name,
    "grade": typed_garbage,
    "pupils": typed_garbage,
    "adults": typed_garbage,
    "notes": notes,
}


@st.composite
def details(draw, spoilt):
    """Likely details, some of them (often none) spoilt."""
    drawn = draw(st.fixed_dictionaries(LIKELY))
    for name in draw(st.sets(st.sampled_from(sorted(LIKELY)))):
        drawn[name] = draw(spoilt[name])
    return drawn


def typed(drawn):
    """As a browser sends them: text."""
    return {name: str(value) for name, value in drawn.items()}


@pytest.fixture
def session(site):
    """Room for the largest class with all its adults, so only the limits can refuse it."""
    course = factories.make_course(title="Roboter bauen", ages=("children", "young-people"))
    return factories.make_session(course, capacity=settings.SCHOOL_CLASS_MAX_PUPILS + 10)


@pytest.fixture
def booking(teacher, approved, session):
    return schools.book_class(
        teacher, session.pk, "7b", grade=7, pupils=10, adults=1, consent_confirmed=True
    )


def stored():
    return (Enrolment.objects.count(), SchoolClass.objects.count())


def within_limits(school_class):
    assert 0 < len(school_class.class_name) <= CLASS_NAME_MAX
    assert school_class.class_name == school_class.class_name.strip()
    assert LOWEST_GRADE <= school_class.grade <= HIGHEST_GRADE
    assert 1 <= school_class.pupils <= settings.SCHOOL_CLASS_MAX_PUPILS
    assert 0 <= school_class.accompanying_adults <= MAX_ACCOMPANYING_ADULTS
    assert len(school_class.notes) <= NOTES_MAX
    assert "\x00" not in school_class.class_name + school_class.notes


def service_messages():
    """What the services may say about a detail, in the active language."""
    return {*limit_messages().values(), str(ProhibitNullCharactersValidator.message)}


# The model


@pytest.mark.parametrize(
    "field, allowed, refused",
    [
        ("grade", [LOWEST_GRADE, HIGHEST_GRADE], [LOWEST_GRADE - 1, HIGHEST_GRADE + 1, "7b"]),
        ("pupils", [1, 40], [0, 41, -1, "zwanzig"]),
        ("accompanying_adults", [0, MAX_ACCOMPANYING_ADULTS], [-1, 11, ""]),
        ("class_name", ["7b", "x" * CLASS_NAME_MAX], ["", "x" * (CLASS_NAME_MAX + 1)]),
        ("notes", ["", "x" * NOTES_MAX], ["x" * (NOTES_MAX + 1)]),
    ],
)
def test_the_model_gives_one_message_per_limit(field, allowed, refused):
    with translation.override("en"):
        for value in allowed:
            assert clean_class_details(**{field: value}) == {field: value}
        for value in refused:
            with pytest.raises(ValidationError) as refusal:
                clean_class_details(**{field: value})
            assert refusal.value.message_dict == {field: [limit_messages()[field]]}


def test_numbers_typed_are_read_as_numbers_and_text_stays_text():
    assert clean_class_details(grade="7", pupils=" 24 ", class_name=" 7b ") == {
        "grade": 7,
        "pupils": 24,
        "class_name": " 7b ",
    }


@pytest.mark.parametrize("field", ["class_name", "notes"])
def test_nul_characters_are_refused_with_djangos_message(field):
    with translation.override("de"):
        with pytest.raises(ValidationError) as refusal:
            clean_class_details(**{field: "7\x00b"})
        assert refusal.value.message_dict == {field: ["Nullzeichen sind nicht erlaubt."]}


def test_the_limit_messages_are_translated_into_every_language():
    with translation.override("en"):
        english = limit_messages()
    for language in LANGUAGES:
        with translation.override(language):
            messages = limit_messages()
        assert messages.keys() == english.keys()
        if language != "en":
            assert all(messages[name] != english[name] for name in english), language


def test_the_largest_class_follows_the_setting_in_the_forms_too(settings):
    settings.SCHOOL_CLASS_MAX_PUPILS = 12
    with translation.override("en"):
        form = ClassSizeForm({"pupils": "13", "adults": "0"})
        assert form.errors == {"pupils": ["Please give a number from 1 to 12."]}
        assert str(form.fields["pupils"].help_text) == "At most 12 pupils."
        assert ClassSizeForm({"pupils": "12", "adults": "0"}).is_valid()


# Anything at all, through the service, the forms and the page


@examples
@given(booking=details(SPOILT))
def test_a_booking_is_a_class_within_the_limits_or_a_translated_message(
    teacher, approved, session, booking
):
    with translation.override("de"), transaction.atomic():
        before = stored()
        try:
            enrolment = schools.book_class(teacher, session.pk, **booking, consent_confirmed=True)
        except SchoolError as error:
            event("refused")
            assert error.message in service_messages()
            assert stored() == before
        else:
            event("booked")
            school_class = SchoolClass.objects.get(pk=enrolment.school_class_id)
            within_limits(school_class)
            assert school_class.class_name == str(booking["class_name"] or "").strip()
            assert enrolment.seats == school_class.seats
        transaction.set_rollback(True)


@examples
@given(size=details(SPOILT))
def test_a_resized_class_stays_within_the_limits_or_gets_a_translated_message(
    teacher, booking, size
):
    with translation.override("pl"), transaction.atomic():
        try:
            resized = schools.resize_class(booking, size["pupils"], size["adults"], by=teacher)
        except SchoolError as error:
            event("refused")
            assert error.message in service_messages()
            booking.school_class.refresh_from_db()
            assert (booking.school_class.pupils, booking.school_class.accompanying_adults) == (
                10,
                1,
            )
        else:
            event("resized")
            school_class = SchoolClass.objects.get(pk=resized.school_class_id)
            within_limits(school_class)
            assert resized.seats == school_class.seats
        transaction.set_rollback(True)


def form_messages():
    """The forms' own words for a detail out of its bounds, in the active language."""
    return {
        str(message)
        for field in ("grade", "pupils", "adults")
        for message in (ClassBookingForm.base_fields[field].error_messages["invalid"],)
    }


@examples
@given(booking=details(TYPED_SPOILT))
def test_the_booking_form_gives_details_within_the_limits_or_its_messages(booking):
    with translation.override("cs"):
        form = ClassBookingForm({**typed(booking), "consent": "on"})
        event(f"valid: {form.is_valid()}")
        if form.is_valid():
            cleaned = dict(form.cleaned_data)
            cleaned["accompanying_adults"] = cleaned.pop("adults")
            del cleaned["consent"], cleaned["waitlist"]
            within_limits(SchoolClass(**cleaned))
            return
        own_words = form_messages()
        for field, errors in form.errors.as_data().items():
            for error in errors:
                message = next(iter(error))
                if field in ("grade", "pupils", "adults") and error.code != "required":
                    assert message in own_words
                else:
                    assert error.code in ("required", "max_length", "null_characters_not_allowed")


@examples
@given(size=details(TYPED_SPOILT))
def test_the_size_form_gives_a_size_within_the_limits_or_its_messages(size):
    with translation.override("hsb"):
        form = ClassSizeForm({"pupils": str(size["pupils"]), "adults": str(size["adults"])})
        if form.is_valid():
            assert 1 <= form.cleaned_data["pupils"] <= settings.SCHOOL_CLASS_MAX_PUPILS
            assert 0 <= form.cleaned_data["adults"] <= MAX_ACCOMPANYING_ADULTS
        else:
            words = form_messages() | {str(forms.Field.default_error_messages["required"])}
            assert {m for ms in form.errors.values() for m in ms} <= words


@hypothesis_settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(booking=details(TYPED_SPOILT))
def test_the_booking_page_books_a_class_within_the_limits_or_shows_the_form_again(
    client, teacher, approved, session, booking
):
    client.force_login(teacher)
    with transaction.atomic():
        before = stored()
        data = {**typed(booking), "consent": "on"}
        response = client.post(f"/de/sessions/{session.pk}/book-class/", data)
        event(f"status {response.status_code}")
        if response.status_code == 302:
            within_limits(SchoolClass.objects.get())
        else:
            assert response.status_code == 400
            assert response.context["form"].errors
            assert stored() == before
        transaction.set_rollback(True)
