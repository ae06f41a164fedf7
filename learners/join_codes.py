"""Class join codes: typed by children from the board or a sheet of paper.

Eight characters from the certificate codes' alphabet without look-alikes (no 0/O, 1/I/L,
U/V), about 39 bits: too many to guess behind the join page's rate limit, few enough to
type. Stored without separator, shown in two groups of four: ``K7QM-4XRT``.
"""

import re
import secrets

from learners.certificates.codes import ALPHABET

LENGTH = 8
GROUP = 4
_SEPARATORS = re.compile(r"[\s\-_.]")


def new_join_code():
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def format_join_code(code):
    return "-".join(code[i : i + GROUP] for i in range(0, LENGTH, GROUP))


def normalise_join_code(text):
    """The stored form of a code as someone typed it, or None if it cannot be one."""
    raw = _SEPARATORS.sub("", str(text or "").upper())
    if len(raw) != LENGTH or any(char not in ALPHABET for char in raw):
        return None
    return raw
