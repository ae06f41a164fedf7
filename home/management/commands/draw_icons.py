"""Draw the site's icons (home/icons.py) into static/icons/."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from home.icons import draw_icons


class Command(BaseCommand):
    help = "Draw the favicon, the touch icon and the web app icons into static/icons/."

    def add_arguments(self, parser):
        parser.add_argument(
            "--directory",
            default=str(Path(settings.BASE_DIR) / "static" / "icons"),
            help="where to write the files (default: static/icons/)",
        )

    def handle(self, *args, directory, **options):
        for path in draw_icons(directory):
            self.stdout.write(str(path))
