"""Compile locale/*/LC_MESSAGES/*.po into .mo without GNU gettext.

`make run` and `make test` use this so that a fresh machine needs nothing but Python;
CI additionally runs Django's `compilemessages` (msgfmt) as a stricter check.
"""

import os
from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Compile the project's gettext catalogues (.po) into .mo files using polib."

    def handle(self, *args, **options):
        compiled = 0
        for locale_dir in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po")):
                try:
                    catalogue = polib.pofile(str(po_path))
                except OSError as error:
                    raise CommandError(f"{po_path}: {error}") from error
                # Written aside and moved into place, so that a test run starting meanwhile
                # (CI runs two side by side) never reads half a file.
                mo_path = po_path.with_suffix(".mo")
                partial = mo_path.with_name(f".{mo_path.stem}-{os.getpid()}.mo")
                catalogue.save_as_mofile(str(partial))
                os.replace(partial, mo_path)
                compiled += 1
        self.stdout.write(f"Compiled {compiled} catalogue(s).")
