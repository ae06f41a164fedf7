"""What the fuzz test (tests/test_fuzz.py) sent, printed at the end of the run."""

from dataclasses import dataclass


@dataclass
class Tally:
    requests: int = 0
    server_errors: int = 0

    def summary(self):
        return f"fuzz: {self.requests} requests, {self.server_errors} server errors"


TALLY = Tally()
