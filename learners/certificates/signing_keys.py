"""The RSA key that signs Open Badges credentials, and its public half as a JWK.

The private key comes from ``OPENBADGES_SIGNING_KEY`` (PEM text) or
``OPENBADGES_SIGNING_KEY_FILE`` (a path). With ``DEBUG`` on and neither set, a key is
generated once into ``OPENBADGES_DEV_KEY_FILE`` (git-ignored), so a fresh clone signs
without setup. Anywhere else a missing key is an error, and ``check --deploy`` says so.

The public key is identified by its RFC 7638 thumbprint; it is published at
``/openbadges/keys/<thumbprint>``, and that URL is the ``kid`` of every signature, as
Open Badges 3.0 asks for a ``kid`` that can be dereferenced to the JWK.
"""

import base64
import functools
import hashlib
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed
from django.dispatch import receiver

from wirkstatt.links import absolute_reverse

ALGORITHM = "RS256"
GENERATED_KEY_BITS = 3072
MINIMUM_KEY_BITS = 2048
KEY_SETTINGS = {
    "OPENBADGES_SIGNING_KEY",
    "OPENBADGES_SIGNING_KEY_FILE",
    "OPENBADGES_DEV_KEY_FILE",
    "DEBUG",
}


class SigningKeyError(ImproperlyConfigured):
    pass


def generate_pem(bits=GENERATED_KEY_BITS):
    """A new RSA private key as unencrypted PKCS#8 PEM text."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode("ascii")


def load_pem(pem):
    """The RSA private key in pem; SigningKeyError if it is not one, or too short."""
    if isinstance(pem, str):
        pem = pem.encode("ascii", errors="replace")
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as error:
        raise SigningKeyError(
            f"The Open Badges signing key is not a readable PEM: {error}"
        ) from error
    if not isinstance(key, rsa.RSAPrivateKey):
        raise SigningKeyError("The Open Badges signing key must be an RSA key (RS256).")
    if key.key_size < MINIMUM_KEY_BITS:
        raise SigningKeyError(
            f"The Open Badges signing key has {key.key_size} bits; at least "
            f"{MINIMUM_KEY_BITS} are needed."
        )
    return key


def configured_pem():
    """The PEM from the settings, or None when neither setting is given."""
    pem = getattr(settings, "OPENBADGES_SIGNING_KEY", "") or ""
    if pem.strip():
        # Environment variables often carry the PEM's line breaks as "\n".
        return pem.replace("\\n", "\n")
    path = getattr(settings, "OPENBADGES_SIGNING_KEY_FILE", "") or ""
    if path:
        try:
            return Path(path).read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as error:
            raise SigningKeyError(
                f"Cannot read OPENBADGES_SIGNING_KEY_FILE {path}: {error}"
            ) from error
    return None


def development_pem():
    """The development key, generated on first use. Never used with DEBUG off."""
    path = Path(settings.OPENBADGES_DEV_KEY_FILE)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        pem = generate_pem()
        try:
            # O_EXCL: when two processes start at once, the first key written wins.
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(descriptor, "w", encoding="ascii") as file:
                file.write(pem)
    return path.read_text(encoding="ascii")


@functools.cache
def private_key():
    pem = configured_pem()
    if pem is None:
        if not settings.DEBUG:
            raise SigningKeyError(
                "No Open Badges signing key: set OPENBADGES_SIGNING_KEY or "
                "OPENBADGES_SIGNING_KEY_FILE."
            )
        pem = development_pem()
    return load_pem(pem)


@receiver(setting_changed)
def _forget_key(setting, **kwargs):
    if setting in KEY_SETTINGS:
        private_key.cache_clear()


def _base64url_uint(number):
    length = (number.bit_length() + 7) // 8
    return base64.urlsafe_b64encode(number.to_bytes(length, "big")).rstrip(b"=").decode("ascii")


def _required_members():
    numbers = private_key().public_key().public_numbers()
    return {"e": _base64url_uint(numbers.e), "kty": "RSA", "n": _base64url_uint(numbers.n)}


def jwk_thumbprint(jwk):
    """RFC 7638 for an RSA JWK: SHA-256 over e, kty, n in this order, without spaces."""
    members = {name: jwk[name] for name in ("e", "kty", "n")}
    canonical = json.dumps(members, separators=(",", ":"), sort_keys=True)
    digest = hashlib.sha256(canonical.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def thumbprint():
    return jwk_thumbprint(_required_members())


def key_url():
    """Where the public key is published; the ``kid`` of every signature."""
    return absolute_reverse("openbadges_key", [thumbprint()])


def public_jwk():
    """The public key as a JWK. Built from the public numbers only: never a "d"."""
    return {**_required_members(), "kid": key_url(), "alg": ALGORITHM, "use": "sig"}


@checks.register(checks.Tags.security, deploy=True)
def check_signing_key(app_configs, **kwargs):
    """Production must be given its key; a generated one would change on every host."""
    try:
        pem = configured_pem()
        if pem is None:
            return [
                checks.Error(
                    "No Open Badges signing key is configured.",
                    hint="Set OPENBADGES_SIGNING_KEY (PEM text) or OPENBADGES_SIGNING_KEY_FILE "
                    "(path), e.g. from `openssl genpkey -algorithm RSA -pkeyopt "
                    "rsa_keygen_bits:3072`.",
                    id="learners.E101",
                )
            ]
        load_pem(pem)
    except SigningKeyError as error:
        return [checks.Error(str(error), id="learners.E102")]
    return []
