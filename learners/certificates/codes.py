"""Certificate codes: short enough to type from paper, long enough not to be guessed.

Twelve characters from an alphabet without look-alikes (no 0/O, 1/I/L, U/V), about
58 bits of randomness, shown in groups of four: ``K7QM-4XRT-9HWD``.
"""

import re
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
LENGTH = 12
GROUP = 4
_SEPARATORS = re.compile(r"[\s\-_.]")


def new_code():
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return format_code(raw)


def format_code(raw):
    return "-".join(raw[i : i + GROUP] for i in range(0, LENGTH, GROUP))


def normalise_code(text):
    """The canonical form of a code as someone typed it, or None if it cannot be one.

    Case, spaces and dashes do not matter; characters outside the alphabet make it invalid.
    """
    raw = _SEPARATORS.sub("", (text or "").upper())
    if len(raw) != LENGTH or any(char not in ALPHABET for char in raw):
        return None
    return format_code(raw)
