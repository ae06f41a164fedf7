"""The admin speaks the user's own language (``User.preferred_language``) whatever the
browser asks for, unless they chose another one in Wagtail's account settings; the
site's pages keep the language of their address."""

import re

import pytest
from wagtail.users.models import UserProfile

from tests import factories

pytestmark = pytest.mark.django_db

GERMAN_BROWSER = {"HTTP_ACCEPT_LANGUAGE": "de-DE,de;q=0.9"}
#: Wagtail's "Sorry, you do not have permission to access this area." in Polish.
REFUSED = "Przepraszamy, ale nie posiadasz uprawnień dostępu do tego miejsca."


@pytest.fixture
def polish_manager(site):
    return factories.make_user("manager.ola", group="Education managers", preferred_language="pl")


def page_language(response):
    return re.search(r'<html[^>]*\blang="([^"]+)"', response.content.decode()).group(1)


def test_the_admin_speaks_the_users_own_language(client, polish_manager):
    client.force_login(polish_manager)

    response = client.get("/admin/", **GERMAN_BROWSER)

    assert page_language(response) == "pl"
    assert response["Content-Language"] == "pl"
    assert "Kokpit" in response.content.decode()  # "Dashboard"


def test_wagtails_own_setting_wins(client, polish_manager):
    profile = UserProfile.get_for_user(polish_manager)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(polish_manager)

    assert page_language(client.get("/admin/", **GERMAN_BROWSER)) == "en"

    profile.preferred_language = ""  # "Use the default": the user's own language again
    profile.save()
    assert page_language(client.get("/admin/", **GERMAN_BROWSER)) == "pl"


def test_a_refusal_is_told_in_the_admins_language(client, site):
    trainer = factories.make_trainer("trainer.ola", preferred_language="pl")
    client.force_login(trainer)

    response = client.get("/admin/certificates/", **GERMAN_BROWSER)

    assert response.status_code == 302
    shown = [str(m.message) for m in client.get("/admin/", **GERMAN_BROWSER).context["messages"]]
    assert any(REFUSED in message for message in shown), shown


def test_the_sites_pages_keep_the_language_of_their_address(client, polish_manager):
    client.force_login(polish_manager)

    assert page_language(client.get("/de/", **GERMAN_BROWSER)) == "de"
