"""Codes that people type from paper: certificate codes and class join codes.

Characters from an alphabet without look-alikes (no 0/O, 1/I/L, U/V), shown in groups of
four. Case, spaces and dashes do not matter when typed; other characters make a code
invalid.

- Certificate codes: twelve characters, about 58 bits, stored as shown: ``K7QM-4XRT-9HWD``.
- Join codes: eight characters, about 39 bits (too many to guess behind the join page's
  rate limit, few enough for children to type), stored without dashes: ``K7QM4XRT``.
"""

import re
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
GROUP = 4
_SEPARATORS = re.compile(r"[\s\-_.]")


class CodeFormat:
    def __init__(self, length, stored_grouped):
        self.length = length
        self.stored_grouped = stored_grouped

    def new(self):
        return self.stored("".join(secrets.choice(ALPHABET) for _ in range(self.length)))

    def shown(self, code):
        raw = code.replace("-", "")
        return "-".join(raw[i : i + GROUP] for i in range(0, len(raw), GROUP))

    def stored(self, raw):
        return self.shown(raw) if self.stored_grouped else raw

    def normalise(self, text):
        """The stored form of a code as someone typed it, or None if it cannot be one."""
        raw = _SEPARATORS.sub("", str(text or "").upper())
        if len(raw) != self.length or any(char not in ALPHABET for char in raw):
            return None
        return self.stored(raw)


CERTIFICATE_CODE = CodeFormat(length=12, stored_grouped=True)
JOIN_CODE = CodeFormat(length=8, stored_grouped=False)
