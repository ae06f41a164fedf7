"""Behind the documented proxy, limits count each visitor, not the proxy; nobody else can
choose the address they are counted under (wirkstatt/client_address.py)."""

import pytest
from allauth.account.models import EmailAddress
from django.test import Client, RequestFactory, override_settings

from tests import factories
from wirkstatt.client_address import ClientAddressMiddleware

PROXY = "10.0.0.5"


def seen_address(remote, forwarded=None, proxies=("10.0.0.0/24",)):
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    request = RequestFactory().get("/", REMOTE_ADDR=remote, **headers)
    with override_settings(TRUSTED_PROXIES=list(proxies)):
        ClientAddressMiddleware(lambda request: None)(request)
    return request.META["REMOTE_ADDR"]


@pytest.mark.parametrize(
    ("remote", "forwarded", "seen"),
    [
        (PROXY, "203.0.113.7", "203.0.113.7"),
        (PROXY, "198.51.100.1, 203.0.113.7", "203.0.113.7"),  # the left one is the client's say
        (PROXY, "203.0.113.7, 10.0.0.9", "203.0.113.7"),  # through two proxies of ours
        (PROXY, "2001:db8::1", "2001:db8::1"),
        (PROXY, None, PROXY),
        (PROXY, "", PROXY),
        (PROXY, "not-an-address", PROXY),
        (PROXY, "203.0.113.7, bogus", PROXY),
        (PROXY, "10.0.0.8", PROXY),  # only proxies: keep what we know
        ("203.0.113.50", "198.51.100.1", "203.0.113.50"),  # not from the proxy: ignored
    ],
)
def test_the_visitors_address_is_read_only_from_a_trusted_proxy(remote, forwarded, seen):
    assert seen_address(remote, forwarded) == seen


def test_without_trusted_proxies_the_header_counts_for_nothing():
    assert seen_address(PROXY, "203.0.113.7", proxies=()) == PROXY


@pytest.mark.django_db
def test_wrong_passwords_from_one_visitor_do_not_lock_out_the_next(site):
    """Before, behind the proxy, allauth counted every login under the proxy's address."""
    user = factories.make_user("lena", email="lena@example.org")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    other = factories.make_user("ole", email="ole@example.org")
    EmailAddress.objects.create(user=other, email=other.email, verified=True, primary=True)
    with override_settings(TRUSTED_PROXIES=[PROXY]):
        attacker = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.66")
        statuses = {
            attacker.post(
                "/de/accounts/login/", {"login": f"x{n}@example.org", "password": "wrong"}
            ).status_code
            for n in range(40)
        }
        assert 429 in statuses  # the attacker is limited …
        visitor = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.7")
        response = visitor.post(
            "/de/accounts/login/", {"login": "ole@example.org", "password": "secret-pass-123"}
        )
        assert response.status_code == 302  # … the next visitor is not


@pytest.mark.django_db
def test_a_stranger_cannot_lock_an_account_out(site):
    """Wrong passwords lock the pair of account and address, not the account."""
    user = factories.make_user("lena", email="lena@example.org")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    stranger = Client(REMOTE_ADDR="198.51.100.66")
    for _attempt in range(6):
        response = stranger.post(
            "/de/accounts/login/", {"login": "lena@example.org", "password": "wrong"}
        )
    assert response.status_code == 200
    assert "Zu viele fehlgeschlagene Anmeldeversuche" in response.content.decode()
    owner = Client(REMOTE_ADDR="203.0.113.7")
    response = owner.post(
        "/de/accounts/login/", {"login": "lena@example.org", "password": "secret-pass-123"}
    )
    assert response.status_code == 302
    again = stranger.post(
        "/de/accounts/login/", {"login": "lena@example.org", "password": "secret-pass-123"}
    )
    assert again.status_code == 200  # the stranger's address stays locked for this account
    assert "Zu viele fehlgeschlagene Anmeldeversuche" in again.content.decode()
