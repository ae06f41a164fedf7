"""Garbage through every door: hypothesis sends every public address, GET parameter and
form of the site values anyone could send, as a visitor, a learner, a teacher and a
pupil.

Whatever arrives, the answer is never a server error, and a POST that fails (a form
shown again, a 4xx, or a redirect with an error message) leaves the database as it was
and sends no e-mail. Each example runs in a transaction that is rolled back, so the
world stays the same for the next one. The session's totals are printed at the end of
the run ("fuzz: … requests, … server errors").

The admin's forms (sessions, attendance, certificates, the course form) are trainers'
and managers', outside these roles; their own property tests are in
tests/courses/test_meetings.py and tests/learners/trainers/test_attendance_form.py.
"""

from dataclasses import dataclass, field
from urllib.parse import quote

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.contrib import messages
from django.core import mail
from django.core.cache import cache
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from courses.catalogue import CatalogueFilterForm, Vocabulary
from courses.choices import CatalogueSort, CourseFormat
from learners.accounts import forms as account_forms
from learners.accounts.my_data import DeleteAccountForm
from learners.accounts.profile import ProfileForm
from learners.certificates import services as certificates
from learners.enrolment import services as enrolment_services
from learners.enrolment.consent import consent_token, request_consent
from learners.enrolment.consent_views import GuardianEmailForm
from learners.learning.forms import LessonActionForm, QuizForm
from learners.models import CalendarFeed
from learners.pupils import accounts as pupil_accounts
from learners.pupils.forms import AccountForm, CodeForm, PupilLoginForm
from learners.schools import forms as school_forms
from learners.schools import services as schools
from learners.schools.views import SchoolRegistrationForm
from tests import factories
from tests.fuzz_tally import TALLY

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "learner", "teacher", "pupil"]
EXAMPLES_PER_ADDRESS = 50

#: Values that broke web applications somewhere: empty, huge, negative and fractional
#: numbers, control characters, SQL and HTML, formulas, right-to-left marks, impossible
#: dates, addresses that lead elsewhere.
NASTY = [
    "",
    " ",
    "0",
    "-1",
    "1.5",
    "99999999999999999999",
    "9223372036854775808",
    "NaN",
    "1e309",
    "' OR 1=1--",
    "\x00",
    "a\x00b",
    "\x1b[31m",
    "\r\nSet-Cookie: x=1",
    "../../etc/passwd",
    "//evil.example/",
    "https://evil.example/",
    "javascript:alert(1)",
    "<script>alert(1)</script>",
    '=HYPERLINK("http://evil.example")',
    "ä" * 400,
    "😀",
    "\u202egnp.exe",
    "on",
    "true",
    "2026-02-30",
    "9999-12-31",
    "0001-01-01",
    "xx",
]
any_text = st.one_of(st.sampled_from(NASTY), st.text(max_size=40), st.integers().map(str))
# A field can be sent twice with different values (``?field=a&field=b``).
any_value = st.one_of(any_text, any_text, st.lists(any_text, min_size=2, max_size=3))
any_number = st.one_of(
    st.integers(min_value=0, max_value=2**70),
    st.sampled_from([0, 2**31, 2**63, 2**64]),
)


@dataclass
class Door:
    """One address and what may be sent to it: ``fields`` name each parameter and the
    plausible values (from the world) hypothesis mixes with garbage."""

    method: str
    path: str
    fields: dict = field(default_factory=dict)
    forms: tuple = ()

    @property
    def id(self):
        return f"{self.method} {self.path}"


CATALOGUE_FILTERS = {
    "field": ["{field}"],
    "age": ["{age}"],
    "format": CourseFormat.values,
    "language": ["de", "pl", "cs", "hsb", "en"],
    "place": ["{place}"],
    "provider": ["{partner}"],
    "date_from": ["2027-01-01"],
    "date_to": ["2027-12-31"],
    "sort": CatalogueSort.values,
    "page": ["1", "2", "last"],
}
PICTURES = {f"picture_{n}": ["sun", "ball", "tree"] for n in (1, 2, 3)}
PUPIL_SECRET = {"method": ["password", "pictures"], "password": ["fuchs7"], **PICTURES}

DOORS = [
    # Addresses with parameters read from the query.
    Door("GET", "{catalogue}", CATALOGUE_FILTERS, forms=(CatalogueFilterForm,)),
    Door("GET", "/de/search/", {"q": ["Energie", "Roboter"], **CATALOGUE_FILTERS}),
    Door("GET", "/de/certificates/", {"code": ["{certificate}"]}),
    Door("GET", "/de/join/", {"code": ["{join_code}"]}),
    Door("GET", "/de/join/login/", {"code": ["{join_code}"]}),
    Door(
        "GET",
        "/de/sessions/{session}/book-class/",
        {name: ["7b", "7", "24"] for name in school_forms.ClassBookingForm.carried_over},
    ),
    Door("GET", "/de/my-data/", {"download": ["ready"]}),
    Door("GET", "/de/my-data/download/"),
    Door("GET", "/de/my-learning/"),
    Door("GET", "/de/my-school/"),
    Door("GET", "{course}"),
    Door("GET", "{lesson}"),
    Door("GET", "/healthz"),
    Door("GET", "/sitemap.xml", {"p": ["1", "2"]}),
    Door("GET", "/robots.txt"),
    # Addresses whose parts anyone can change.
    Door("GET", "/de/certificates/{code*}/"),
    Door("GET", "/de/certificates/{code*}/credential.jwt"),
    Door("GET", "/de/certificates/{code*}/credential.json"),
    Door("GET", "/de/certificates/{code*}/pdf/"),
    Door("GET", "/calendar/{token*}.ics"),
    Door("GET", "/de/consent/{token*}/"),
    Door("GET", "/de/schools/invitations/{token*}/"),
    Door("GET", "/openbadges/status/{number*}"),
    Door("GET", "/openbadges/keys/{token*}"),
    Door("GET", "/de/sessions/{number*}/calendar.ics"),
    Door("GET", "/de/my-school/classes/{number*}/sheet/"),
    Door("GET", "/de/my-school/classes/{number*}/results.csv"),
    Door("GET", "/de/accounts/password/reset/key/{number*}-{token*}/"),
    Door("GET", "/documents/{number*}/{token*}"),
    # Forms.
    Door(
        "POST",
        "/de/accounts/login/",
        {"login": ["lena@example.org"], "password": ["secret-pass-123"], "remember": ["on"]},
        forms=(account_forms.LoginForm,),
    ),
    Door(
        "POST",
        "/de/accounts/signup/",
        {
            "email": ["neu@example.org", "lena@example.org"],
            "password1": ["ein-langes-Passwort-7"],
            "password2": ["ein-langes-Passwort-7"],
            "display_name": ["Neu"],
            "preferred_language": ["pl", "hsb"],
            "year_of_birth": ["1950", "2015"],
            "accessibility_needs": ["Rollstuhl"],
            "username": ["neu"],
        },
        forms=(account_forms.SignupForm,),
    ),
    Door(
        "POST",
        "/de/accounts/password/reset/",
        {"email": ["lena@example.org"]},
        forms=(account_forms.ResetPasswordForm,),
    ),
    Door(
        "POST",
        "/de/accounts/password/change/",
        {
            "oldpassword": ["secret-pass-123"],
            "password1": ["ein-langes-Passwort-7"],
            "password2": ["ein-langes-Passwort-7"],
        },
        forms=(account_forms.ChangePasswordForm,),
    ),
    Door(
        "POST",
        "/de/accounts/email/",
        {
            "email": ["zweite@example.org", "lena@example.org"],
            "action_add": [""],
            "action_remove": [""],
            "action_primary": [""],
            "action_send": [""],
        },
        forms=(account_forms.AddEmailForm,),
    ),
    Door(
        "POST",
        "/de/accounts/reauthenticate/",
        {"password": ["secret-pass-123"]},
        forms=(account_forms.ReauthenticateForm,),
    ),
    Door("POST", "/de/accounts/logout/"),
    Door("POST", "/i18n/setlang/", {"language": ["pl", "hsb"], "next": ["/pl/"]}),
    Door("POST", "/de/sessions/{session}/enrol/", {"next": ["{course}"]}),
    Door("POST", "/de/sessions/{number*}/enrol/", {"next": ["{course}"]}),
    Door("POST", "/de/courses/{course_id}/start/", {"next": ["{course}"]}),
    Door("GET", "/de/enrolments/{enrolment}/cancel/confirm/", {"next": ["{course}"]}),
    Door("GET", "/de/enrolments/{number*}/cancel/confirm/", {"next": ["{course}"]}),
    Door("POST", "/de/enrolments/{enrolment}/cancel/", {"next": ["{course}"]}),
    Door("POST", "/de/enrolments/{number*}/cancel/", {"next": ["{course}"]}),
    Door(
        "POST",
        "/de/enrolments/{child_enrolment}/guardian/",
        {"guardian_email": ["mama@example.org"]},
        forms=(GuardianEmailForm,),
    ),
    Door("POST", "/de/consent/{consent_token}/", {"decision": ["agree", "refuse"]}),
    Door("POST", "/de/consent/{token*}/", {"decision": ["agree", "refuse"]}),
    Door("POST", "/de/my-learning/calendar/"),
    Door(
        "POST",
        "/de/profile/",
        {
            "display_name": ["Lena"],
            "preferred_language": ["cs"],
            "year_of_birth": ["1990", "2020"],
            "accessibility_needs": ["Gebärdensprache"],
        },
        forms=(ProfileForm,),
    ),
    Door("POST", "/de/my-data/delete/", {"confirm": ["on"]}, forms=(DeleteAccountForm,)),
    Door(
        "POST",
        "/de/schools/register/",
        {
            "name": ["Grundschule Nord"],
            "school_type": ["primary", "secondary"],
            "street": ["Nordweg 1"],
            "postcode": ["02763", "2763"],
            "town": ["Zittau"],
        },
        forms=(SchoolRegistrationForm,),
    ),
    Door("POST", "/de/schools/invitations/{invitation_token}/"),
    Door(
        "POST",
        "/de/sessions/{session}/book-class/",
        {
            "class_name": ["8a"],
            "grade": ["8", "13"],
            "pupils": ["20", "200"],
            "adults": ["2"],
            "notes": ["Rollstuhl"],
            "consent": ["on"],
            "waitlist": ["on"],
        },
        forms=(school_forms.ClassBookingForm,),
    ),
    Door(
        "POST",
        "/de/my-school/invite/",
        {"email": ["kollegin@park.example"]},
        forms=(school_forms.InviteTeacherForm,),
    ),
    Door("POST", "/de/my-school/classes/{class}/joining/", {"open": ["1", "0"]}),
    Door(
        "POST",
        "/de/my-school/classes/{class}/certificates/",
        {"kind": ["attendance", "names"], "other_names": ["Zofia Wójcik\nJiří Dvořák"]},
        forms=(school_forms.ClassCertificatesForm,),
    ),
    Door(
        "POST",
        "/de/my-school/classes/{class}/size/",
        {"pupils": ["20", "40"], "adults": ["1"]},
        forms=(school_forms.ClassSizeForm,),
    ),
    Door("GET", "/de/my-school/classes/{class}/cancel/confirm/"),
    Door("POST", "/de/my-school/classes/{class}/cancel/"),
    Door("POST", "/de/my-school/classes/{number*}/cancel/"),
    Door("POST", "/de/my-school/pupils/{pupil}/password/", PUPIL_SECRET),
    Door("GET", "/de/my-school/pupils/{pupil}/remove/confirm/"),
    Door("POST", "/de/my-school/pupils/{pupil}/remove/"),
    Door(
        "POST",
        "/de/join/",
        {
            "step": ["code", "account"],
            "code": ["{join_code}"],
            "pseudonym": ["Owl 2", "Fox 7"],
            **PUPIL_SECRET,
        },
        forms=(CodeForm, AccountForm),
    ),
    Door(
        "POST",
        "/de/join/login/",
        {"code": ["{join_code}"], "pseudonym": ["Fox 7"], **PUPIL_SECRET},
        forms=(PupilLoginForm,),
    ),
    Door(
        "POST",
        "{lesson}",
        {
            "action": ["done", "quiz"],
            "quiz": ["{quiz_id}"],
            "submission": ["1:abc"],
            "q1": ["0", "1"],
            "q2": ["0", "2"],
        },
        forms=(LessonActionForm, QuizForm),
    ),
]

#: A failed pupil login counts towards the lock (learners/pupils/lockout.py): that
#: change is the point of the failure.
CHANGED_BY_DESIGN = {("learners.pupil", "failed_logins"), ("learners.pupil", "locked_at")}
WATCHED_APPS = ("learners", "courses", "home", "search", "account", "mailer", "auth")


@pytest.fixture
def world(site, manager):
    factories.translate_site()
    course = factories.make_course(title="Roboter bauen", ages=("children",), duration_hours=3)
    lesson = factories.make_lesson(
        course, title="Motoren", body=[factories.quiz(title="Motoren-Quiz")]
    )
    session = factories.make_session(course, capacity=30, venue=factories.make_venue("Görlitz"))
    learner = factories.make_user("lena", email="lena@example.org", year_of_birth=1990)
    enrolment = enrolment_services.enrol(learner, session.pk)
    child = factories.make_user("tim", email="tim@example.org", year_of_birth=2014)
    child_enrolment = enrolment_services.enrol(child, session.pk)
    consent = request_consent(child_enrolment, "papa@example.org")
    teacher = factories.make_teacher()
    school = factories.make_school(teacher, approved_by=manager)
    invitation = schools.invite_teacher(school, "kollege@park.example", by=teacher)
    booking = schools.book_class(teacher, session.pk, "7b", 7, 24, 2, consent_confirmed=True)
    pupil = pupil_accounts.join_class(booking.school_class.join_code, "Fox 7", "fuchs7", "de")
    certificate = certificates.issue_manually(learner, course, manager, hours=3)
    for user in (learner, child, teacher):  # as a sign-up leaves them
        EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
    feed = CalendarFeed.objects.create(learner=learner)
    cache.clear()
    vocabulary = Vocabulary("de")
    return {
        "users": {"anonymous": None, "learner": learner, "teacher": teacher, "pupil": pupil.user},
        "values": {
            "catalogue": factories.german_catalogue().url,
            "course": course.url,
            "course_id": course.pk,
            "lesson": lesson.url,
            "quiz_id": next(block.id for block in lesson.body if block.block_type == "quiz"),
            "session": session.pk,
            "enrolment": enrolment.pk,
            "child_enrolment": child_enrolment.pk,
            "consent_token": consent_token(consent),
            "invitation_token": schools.invitation_token(invitation),
            "class": booking.school_class.pk,
            "join_code": booking.school_class.join_code,
            "pupil": pupil.pk,
            "certificate": certificate.code,
            "feed": feed.token,
            "field": vocabulary.fields[0].code,
            "age": vocabulary.age_groups[0].code,
            "place": vocabulary.places[0][0],
            "partner": vocabulary.partners[0][0],
        },
    }


def filled(template, values):
    return template.format(**values)


def path_strategy(door, values):
    """The door's address, with garbage where the template says ``{name*}``."""
    parts = []
    rest = door.path
    while "{" in rest:
        before, _, after = rest.partition("{")
        name, _, rest = after.partition("}")
        parts.append(st.just(before))
        if name.endswith("*"):
            garbage = any_number.map(str) if name == "number*" else any_text.map(url_part)
            parts.append(garbage)
        else:
            parts.append(st.just(str(values[name])))
    parts.append(st.just(rest))
    return st.tuples(*parts).map("".join)


def url_part(text):
    return quote(text, safe="") or "x"


def data_strategy(door, values):
    """Some of the door's parameters, each a plausible value or garbage, and now and
    then one the door does not know."""
    optional = {
        name: st.one_of(st.sampled_from([filled(v, values) for v in plausible]), any_value)
        for name, plausible in door.fields.items()
    }
    known = st.fixed_dictionaries({}, optional=optional)
    unknown = st.dictionaries(
        st.sampled_from(["id", "pk", "user", "lang", "x"]), any_value, max_size=1
    )
    return st.tuples(known, unknown).map(lambda pair: {**pair[1], **pair[0]})


def database_state():
    """Every row of the watched apps, by model, without the columns failures may change."""
    state = {}
    for model in apps.get_models():
        if model._meta.app_label not in WATCHED_APPS:
            continue
        label = model._meta.label_lower
        columns = [
            f.attname
            for f in model._meta.concrete_fields
            if (label, f.attname) not in CHANGED_BY_DESIGN
        ]
        state[label] = sorted(map(repr, model.objects.values_list(*columns)))
    return state


def failed(response):
    if response.status_code not in (301, 302, 303):
        return True
    shown = messages.get_messages(response.wsgi_request)
    return any(message.level >= messages.WARNING for message in shown)


def test_no_input_breaks_the_site_or_half_changes_it(client, world):
    # One world for all doors: building it takes longer than fuzzing one door.
    for door in DOORS:
        fuzz(door, client, world)


def fuzz(door, client, world):
    @settings(
        max_examples=EXAMPLES_PER_ADDRESS,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(data=st.data())
    def knock(data):
        role = data.draw(st.sampled_from(ROLES), label="role")
        path = data.draw(path_strategy(door, world["values"]), label="path")
        sent = data.draw(data_strategy(door, world["values"]), label="data")
        cache.clear()  # rate limits would soon answer everything with 429
        with transaction.atomic():
            client.logout()
            if world["users"][role] is not None:
                client.force_login(world["users"][role])
            before = database_state() if door.method == "POST" else None
            mails_before = len(mail.outbox)
            response = send(client, door.method, path, sent)
            TALLY.requests += 1
            if response.status_code >= 500:
                TALLY.server_errors += 1
            assert response.status_code < 500, f"{door.method} {path} {sent!r} as {role}"
            if door.method == "POST" and failed(response):
                changed = f"a failed POST changed data: {path} {sent!r} as {role}"
                assert database_state() == before, changed
                assert len(mail.outbox) == mails_before
            transaction.set_rollback(True)

    knock()


def send(client, method, path, data):
    if method == "GET":
        return client.get(path, data)
    return client.post(path, data)


def test_every_form_the_visitors_see_is_fuzzed_field_by_field():
    """A field added to one of these forms is added here too, or this fails."""
    for door in DOORS:
        for form in door.forms:
            missing = set(form.base_fields) - set(door.fields)
            assert not missing, f"{door.id}: {form.__name__} fields not fuzzed: {sorted(missing)}"
