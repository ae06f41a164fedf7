"""Accounts: sign-up, verification, login, profile and "My data" in every language."""

import json
import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry

from learners.accounts.personal_data import delete_account, export_personal_data
from learners.enrolment import services as service
from learners.models import (
    CalendarFeed,
    Enrolment,
    EnrolmentStatus,
    GuardianConsent,
    Notification,
    User,
)
from tests import factories

pytestmark = pytest.mark.django_db

LANGUAGES = ["de", "en", "pl", "cs", "hsb"]
PASSWORD = "Lern-mit-uns-2026"


def gettext_in(language, message):
    with translation.override(language):
        return str(translation.gettext(message))


def escaped(text):
    """text as Django's templates write it into HTML."""
    from django.utils.html import escape

    return str(escape(text))


def make_learner(email, language="de", verified=True, **fields):
    username = email.split("@")[0]
    user = factories.make_user(
        username,
        email=email,
        display_name=fields.pop("display_name", username.title()),
        preferred_language=language,
        **fields,
    )
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    return user


def signup_data(**fields):
    return {
        "email": "lena.richter@example.org",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "display_name": "Lena Richter",
        "preferred_language": "de",
        "year_of_birth": "1990",
        "accessibility_needs": "",
        **fields,
    }


def link_in(message):
    return re.search(r"https?://\S+", message.body).group(0)


def html_lang(response):
    return re.search(r'<html lang="([^"]+)"', response.content.decode()).group(1)


def log_in(client, user, password="secret-pass-123", language="de"):
    response = client.post(
        f"/{language}/accounts/login/", {"login": user.email, "password": password}
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    return response


def reauthenticate(client, next_url, password="secret-pass-123", language="de", **kwargs):
    return client.post(
        f"/{language}/accounts/reauthenticate/?next={next_url}", {"password": password}, **kwargs
    )


# Pages in every language ----------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "path", ["login/", "signup/", "password/reset/", "confirm-email/not-a-key/"]
)
def test_allauth_pages_are_in_the_site_look_and_language(client, language, path):
    response = client.get(f"/{language}/accounts/{path}")
    assert response.status_code in (200, 400, 404)
    assert html_lang(response) == language
    content = response.content.decode()
    assert 'class="site-header"' in content
    assert content.count("<h1") == 1
    assert "<title>" in content and "– Wirkstatt</title>" in content


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_account_page_renders_in_every_language(client, language):
    anonymous = [
        "login/",
        "signup/",
        "password/reset/",
        "password/reset/done/",
        "password/reset/key/done/",
        "inactive/",
        "confirm-email/",
    ]
    for path in anonymous:
        response = client.get(f"/{language}/accounts/{path}")
        assert response.status_code == 200, path
        assert html_lang(response) == language
    client.force_login(make_learner("jan@example.org"))
    for path in ["email/", "password/change/", "logout/", "reauthenticate/"]:
        response = client.get(f"/{language}/accounts/{path}")
        assert response.status_code == 200, path
        assert html_lang(response) == language
        assert 'class="site-header"' in response.content.decode()
    for path in ["/profile/", "/my-data/"]:
        assert client.get(f"/{language}{path}").status_code == 200


def test_signup_page_labels_every_field_and_preselects_the_page_language(client):
    content = client.get("/pl/accounts/signup/").content.decode()
    for name in [
        "email",
        "password1",
        "password2",
        "display_name",
        "preferred_language",
        "year_of_birth",
        "accessibility_needs",
    ]:
        assert f'<label for="id_{name}">' in content
        assert f'id="id_{name}"' in content
    assert '<option value="pl" selected lang="pl">' in content
    assert "placeholder=" not in content.split('class="nav-search"')[1].split("</form>", 1)[1]
    assert 'aria-describedby="id_year_of_birth_helptext"' in content


def test_login_page_offers_sign_up_and_password_reset(client):
    content = client.get("/de/accounts/login/").content.decode()
    assert '<label for="id_login">' in content and '<label for="id_password">' in content
    assert 'href="/de/accounts/signup/' in content
    assert 'href="/de/accounts/password/reset/"' in content


# Signing up -------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["de", "pl"])
def test_signup_sends_the_verification_mail_in_the_chosen_language(client, language):
    response = client.post(
        f"/{language}/accounts/signup/", signup_data(preferred_language=language)
    )
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/accounts/confirm-email/"

    user = User.objects.get(email="lena.richter@example.org")
    assert user.display_name == "Lena Richter"
    assert user.preferred_language == language
    assert user.year_of_birth == 1990
    assert user.username.startswith("lena.richter")
    assert not EmailAddress.objects.get(user=user).verified

    [message] = mail.outbox
    assert message.to == ["lena.richter@example.org"]
    assert message.extra_headers["Content-Language"] == language
    assert message.subject == "Wirkstatt: " + gettext_in(
        language, "Please confirm your e-mail address"
    )
    with translation.override(language):
        expected_greeting = translation.gettext("Hello %(name)s,") % {"name": "Lena Richter"}
    assert message.body.startswith(expected_greeting)
    link = link_in(message)
    assert f"/{language}/accounts/confirm-email/" in link

    page = client.get(link)
    assert page.status_code == 200
    assert html_lang(page) == language
    confirmed = client.post(link)
    assert confirmed.status_code == 302
    assert confirmed["Location"] == f"/{language}/my-learning/"
    assert EmailAddress.objects.get(user=user).verified
    assert client.session["_auth_user_id"] == str(user.pk)


def test_the_mail_follows_the_chosen_language_not_the_page(client):
    client.post("/de/accounts/signup/", signup_data(preferred_language="pl"))
    [message] = mail.outbox
    assert message.extra_headers["Content-Language"] == "pl"
    assert "/pl/accounts/confirm-email/" in link_in(message)
    assert "/de/" not in message.body


def test_usernames_come_from_the_e_mail_and_stay_unique(client):
    make_learner("lena@example.org")
    client.post("/de/accounts/signup/", signup_data(email="lena@example.com"))
    user = User.objects.get(email="lena@example.com")
    assert user.username != "lena" and user.username.startswith("lena")


@pytest.mark.parametrize(
    "year, message",
    [
        ("neunzehnhundert", "Please enter your year of birth as a four-digit number, e.g. 1990."),
        (str(timezone.now().year + 1), "The year of birth cannot be in the future."),
    ],
)
def test_a_bad_year_of_birth_is_explained_and_nothing_is_created(client, year, message):
    response = client.post("/de/accounts/signup/", signup_data(year_of_birth=year))
    assert response.status_code == 200
    content = response.content.decode()
    assert escaped(gettext_in("de", message)) in content
    assert 'aria-describedby="id_year_of_birth_helptext id_year_of_birth_error"' in content
    assert 'aria-invalid="true"' in content
    assert 'class="error-summary" role="alert"' in content
    assert not User.objects.exists()
    assert mail.outbox == []


def test_a_year_before_1900_is_refused(client):
    response = client.post("/en/accounts/signup/", signup_data(year_of_birth="1899"))
    assert "Please enter a year of birth from 1900 onwards." in response.content.decode()
    assert not User.objects.exists()


def test_the_year_of_birth_is_optional_and_the_name_is_not(client):
    response = client.post("/en/accounts/signup/", signup_data(year_of_birth="", display_name=""))
    assert response.status_code == 200
    assert "id_display_name_error" in response.content.decode()
    response = client.post("/en/accounts/signup/", signup_data(year_of_birth=""))
    assert response.status_code == 302
    assert User.objects.get().year_of_birth is None


def test_a_duplicate_e_mail_creates_nothing_and_tells_the_owner(client):
    owner = make_learner("lena.richter@example.org", language="pl")
    response = client.post("/de/accounts/signup/", signup_data())
    # The page does not reveal whether the address is registered; the owner learns it
    # by e-mail, in their own language.
    assert response.status_code == 302
    assert response["Location"] == "/de/accounts/confirm-email/"
    assert list(User.objects.all()) == [owner]
    [message] = mail.outbox
    assert message.to == ["lena.richter@example.org"]
    assert message.extra_headers["Content-Language"] == "pl"
    assert message.subject == "Wirkstatt: " + gettext_in("pl", "You already have an account")
    assert "/pl/accounts/password/reset/" in message.body


@pytest.mark.parametrize("language", ["de", "hsb"])
def test_a_tampered_verification_link_is_explained_without_error(client, language):
    client.post(f"/{language}/accounts/signup/", signup_data(preferred_language=language))
    link = link_in(mail.outbox[0])
    tampered = link.rstrip("/")[:-3] + "xyz/"
    response = client.get(tampered)
    assert response.status_code == 200
    assert html_lang(response) == language
    assert (
        escaped(gettext_in(language, "This confirmation link is invalid or has expired."))
        in response.content.decode()
    )
    assert client.post(tampered).status_code == 404
    assert not EmailAddress.objects.get().verified


# Logging in and out ------------------------------------------------------------------------


def test_login_by_e_mail_leads_to_my_learning(client):
    user = make_learner("jan@example.org")
    response = log_in(client, user)
    assert response["Location"] == "/de/my-learning/"
    assert client.session["_auth_user_id"] == str(user.pk)


def test_a_wrong_password_is_explained(client):
    user = make_learner("jan@example.org")
    response = client.post("/pl/accounts/login/", {"login": user.email, "password": "wrong"})
    assert response.status_code == 200
    assert (
        escaped(gettext_in("pl", "The e-mail address or the password is not correct."))
        in response.content.decode()
    )
    assert "_auth_user_id" not in client.session


def test_repeated_wrong_passwords_are_rate_limited(client):
    user = make_learner("jan@example.org")
    for _attempt in range(5):
        client.post("/de/accounts/login/", {"login": user.email, "password": "wrong"})
    response = client.post("/de/accounts/login/", {"login": user.email, "password": "wrong"})
    assert response.status_code == 200
    assert (
        escaped(
            gettext_in(
                "de", "Too many failed attempts to log in. Please wait a few minutes and try again."
            )
        )
        in response.content.decode()
    )


def test_an_unconfirmed_address_gets_a_new_link_at_login(client):
    user = make_learner("jan@example.org", language="cs", verified=False)
    response = log_in(client, user)
    assert response["Location"] == "/de/accounts/confirm-email/"
    [message] = mail.outbox
    assert "/cs/accounts/confirm-email/" in link_in(message)


def test_the_header_shows_account_links(client):
    content = client.get("/de/accounts/login/").content.decode()
    assert 'href="/de/accounts/signup/"' in content
    user = make_learner("jan@example.org")
    client.force_login(user)
    content = client.get("/de/profile/").content.decode()
    assert 'href="/de/my-learning/"' in content
    assert 'href="/de/profile/"' in content
    assert 'action="/de/accounts/logout/"' in content


def test_the_login_link_brings_visitors_back_to_the_page_they_were_on(client, site):
    course = factories.make_course(title="Löten lernen")
    assert (
        f'href="/de/accounts/login/?next={course.url}"' in client.get(course.url).content.decode()
    )
    assert 'href="/de/accounts/login/"' in client.get("/de/").content.decode()


def test_logging_out_returns_to_the_home_page_in_the_same_language(client):
    client.force_login(make_learner("jan@example.org"))
    response = client.post("/pl/accounts/logout/")
    assert response["Location"] == "/pl/"
    assert "_auth_user_id" not in client.session


def test_password_reset_mail_is_in_the_account_language_and_the_link_works(client):
    user = make_learner("jan@example.org", language="cs")
    response = client.post("/de/accounts/password/reset/", {"email": "jan@example.org"})
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.extra_headers["Content-Language"] == "cs"
    link = link_in(message)
    assert "/cs/accounts/password/reset/key/" in link
    form = client.get(link, follow=True)
    assert form.status_code == 200
    assert html_lang(form) == "cs"
    new_password = "Noch-ein-Passwort-77"
    done = client.post(
        form.redirect_chain[-1][0], {"password1": new_password, "password2": new_password}
    )
    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password(new_password)


def test_a_tampered_password_reset_link_is_explained(client):
    make_learner("jan@example.org")
    response = client.get("/de/accounts/password/reset/key/3-not-a-token/", follow=True)
    assert response.status_code == 200
    assert (
        escaped(
            gettext_in(
                "de", "This link to reset your password is invalid or has already been used."
            )
        )
        in response.content.decode()
    )


# Profile ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/de/profile/", "/de/my-data/", "/de/my-data/download/", "/de/my-data/delete/"]
)
def test_anonymous_visitors_are_sent_to_log_in(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"] == f"/de/accounts/login/?next={path}"


def test_a_learner_edits_their_profile(client):
    user = make_learner("jan@example.org", year_of_birth=1970)
    client.force_login(user)
    page = client.get("/de/profile/")
    assert page.status_code == 200
    assert "jan@example.org" in page.content.decode()
    assert 'value="1970"' in page.content.decode()
    response = client.post(
        "/de/profile/",
        {
            "display_name": "Jan Nowak",
            "preferred_language": "pl",
            "year_of_birth": "1971",
            "accessibility_needs": "Stufenloser Zugang",
        },
        follow=True,
    )
    assert response.redirect_chain == [("/de/profile/", 302)]
    assert escaped(gettext_in("de", "Your profile has been saved.")) in response.content.decode()
    user.refresh_from_db()
    assert (user.display_name, user.preferred_language, user.year_of_birth) == (
        "Jan Nowak",
        "pl",
        1971,
    )
    assert user.accessibility_needs == "Stufenloser Zugang"


def test_a_bad_profile_change_is_explained_and_not_saved(client):
    user = make_learner("jan@example.org", year_of_birth=1970)
    client.force_login(user)
    response = client.post(
        "/de/profile/",
        {"display_name": "", "preferred_language": "xx", "year_of_birth": "19x0"},
    )
    assert response.status_code == 200
    content = response.content.decode()
    for field in ["display_name", "preferred_language", "year_of_birth"]:
        assert f"id_{field}_error" in content
    user.refresh_from_db()
    assert user.year_of_birth == 1970 and user.display_name == "Jan"


def test_account_pages_of_a_logged_in_learner_render(client):
    client.force_login(make_learner("jan@example.org"))
    for path in ["/hsb/accounts/email/", "/hsb/accounts/password/change/", "/hsb/my-data/"]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert html_lang(response) == "hsb"


def test_changing_the_e_mail_address_asks_the_new_address_to_confirm(client):
    user = make_learner("jan@example.org", language="pl")
    client.force_login(user)
    response = client.post(
        "/de/accounts/email/", {"email": "jan.nowak@example.org", "action_add": ""}
    )
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == ["jan.nowak@example.org"]
    assert message.extra_headers["Content-Language"] == "pl"
    client.post(link_in(message))
    user.refresh_from_db()
    assert user.email == "jan.nowak@example.org"
    # The old address is told about the change.
    assert mail.outbox[-1].to == ["jan@example.org"]


# My data -----------------------------------------------------------------------------------


@pytest.fixture
def course(site):
    return factories.make_course(title="Löten lernen")


@pytest.fixture
def session(course):
    return factories.make_session(course, capacity=1, venue=factories.make_venue("Zittau"))


def test_downloading_my_data_needs_the_password_again(client, session):
    lena = make_learner("lena@example.org", year_of_birth=1990)
    other = make_learner("piotr@example.org", display_name="Piotr Secret")
    service.enrol(lena, session.pk)
    service.enrol(other, session.pk)
    client.force_login(lena)

    response = client.get("/de/my-data/download/")
    assert response.status_code == 302
    assert response["Location"] == "/de/accounts/reauthenticate/?next=%2Fde%2Fmy-data%2Fdownload%2F"
    wrong = reauthenticate(client, "/de/my-data/download/", password="wrong")
    assert wrong.status_code == 200
    response = reauthenticate(client, "/de/my-data/download/")
    assert response.status_code == 302 and response["Location"] == "/de/my-data/download/"

    response = client.get("/de/my-data/download/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="wirkstatt-my-data-')
    data = json.loads(response.content)
    assert data["profile"]["email"] == "lena@example.org"
    assert data["profile"]["year_of_birth"] == 1990
    assert data["email_addresses"] == [
        {"email": "lena@example.org", "verified": True, "primary": True}
    ]
    [enrolment] = data["enrolments"]
    assert enrolment["course"] == "Löten lernen"
    assert enrolment["status"] == "confirmed"
    assert enrolment["session"]["start"] == session.start.isoformat()
    assert enrolment["session"]["venue"]["town"] == "Zittau"
    assert [entry["action"] for entry in enrolment["history"]] == ["learners.enrolment.confirmed"]
    assert [n["kind"] for n in data["notifications"]] == ["confirmed"]
    assert "piotr" not in response.content.decode().lower()
    assert "Piotr Secret" not in client.get("/de/my-data/").content.decode()


def test_the_my_data_page_asks_for_the_password_before_offering_the_file(client):
    client.force_login(make_learner("lena@example.org"))
    content = client.get("/de/my-data/").content.decode()
    reauth_url = "/de/accounts/reauthenticate/?next=%2Fde%2Fmy-data%2F%3Fdownload%3Dready"
    assert f'href="{reauth_url.replace("&", "&amp;")}"' in content
    response = client.post(reauth_url, {"password": "secret-pass-123"})
    assert response["Location"] == "/de/my-data/?download=ready"
    content = client.get(response["Location"]).content.decode()
    assert 'href="/de/my-data/download/"' in content
    assert escaped(gettext_in("de", "Thank you. Your file is ready to download.")) in content


def test_the_my_data_page_offers_the_file_only_while_the_download_would_be_allowed(
    client, settings
):
    client.force_login(make_learner("lena@example.org"))
    reauthenticate(client, "/de/my-data/")
    assert 'href="/de/my-data/download/"' in client.get("/de/my-data/").content.decode()

    settings.ACCOUNT_REAUTHENTICATION_TIMEOUT = 0  # the re-authentication has run out
    content = client.get("/de/my-data/?download=ready").content.decode()
    assert 'href="/de/my-data/download/"' not in content
    assert 'href="/de/accounts/reauthenticate/?next=' in content
    assert escaped(gettext_in("de", "Thank you. Your file is ready to download.")) not in content
    assert client.get("/de/my-data/download/").status_code == 302


def test_deleting_the_account_frees_the_seat_for_the_next_learner(client, session):
    lena = make_learner("lena@example.org", display_name="Lena Richter")
    piotr = make_learner("piotr@example.org", language="pl")
    mine = service.enrol(lena, session.pk)
    waiting = service.enrol(piotr, session.pk)
    assert waiting.status == EnrolmentStatus.WAITLISTED
    client.force_login(lena)

    assert client.get("/de/my-data/delete/").status_code == 302  # re-authenticate first
    page = reauthenticate(client, "/de/my-data/delete/", follow=True)
    assert page.status_code == 200
    assert page.redirect_chain[-1][0] == "/de/my-data/delete/"

    unconfirmed = client.post("/de/my-data/delete/", {})
    assert unconfirmed.status_code == 200
    assert "id_confirm_error" in unconfirmed.content.decode()
    assert User.objects.filter(pk=lena.pk).exists()

    response = client.post("/de/my-data/delete/", {"confirm": "on"}, follow=True)
    assert response.redirect_chain[0] == ("/de/", 302)
    assert (
        escaped(gettext_in("de", "Your account has been deleted. Thank you for learning with us."))
        in response.content.decode()
    )
    assert "_auth_user_id" not in client.session

    assert not User.objects.filter(pk=lena.pk).exists()
    assert not EmailAddress.objects.filter(email="lena@example.org").exists()
    assert not Notification.objects.filter(recipient_id=lena.pk).exists()
    mine.refresh_from_db()
    assert mine.learner is None and mine.status == EnrolmentStatus.CANCELLED
    waiting.refresh_from_db()
    assert waiting.status == EnrolmentStatus.CONFIRMED
    assert Enrolment.objects.filter(session=session).count() == 2
    labels = ModelLogEntry.objects.values_list("label", flat=True)
    assert labels and not any("Lena" in label for label in labels)


def test_past_sessions_stay_as_they_were(session, course):
    lena = make_learner("lena@example.org")
    past = factories.make_session(course, days_ahead=-3)
    old = Enrolment.objects.create(
        learner=lena, course_key=course.translation_key, session=past, status="confirmed"
    )
    delete_account(lena)
    old.refresh_from_db()
    assert old.learner is None and old.status == EnrolmentStatus.CONFIRMED


def test_the_guardian_address_and_calendar_feed_are_exported_then_erased(session):
    young = make_learner("kid@example.org", year_of_birth=timezone.now().year - 12)
    enrolment = service.enrol(young, session.pk)
    assert enrolment.status == EnrolmentStatus.AWAITING_CONSENT
    GuardianConsent.objects.create(
        enrolment=enrolment, guardian_email="mum@example.org", requested_at=timezone.now()
    )
    feed = CalendarFeed.objects.create(learner=young)

    data = export_personal_data(young)
    assert data["enrolments"][0]["guardian_consent"]["guardian_email"] == "mum@example.org"
    assert data["calendar_feed"] is not None
    assert feed.token not in json.dumps(data, default=str)

    delete_account(young)
    assert not GuardianConsent.objects.exists()
    assert not CalendarFeed.objects.exists()
    enrolment.refresh_from_db()
    assert enrolment.learner is None and enrolment.status == EnrolmentStatus.CANCELLED


def test_trainers_cannot_delete_their_account_here(client, trainer):
    EmailAddress.objects.create(user=trainer, email="anna@example.org", verified=True, primary=True)
    trainer.email = "anna@example.org"
    trainer.save()
    client.force_login(trainer)
    reauthenticate(client, "/de/my-data/delete/")
    response = client.post("/de/my-data/delete/", {"confirm": "on"})
    assert response.status_code == 302 and response["Location"] == "/de/my-data/"
    assert User.objects.filter(pk=trainer.pk).exists()
