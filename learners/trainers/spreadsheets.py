"""Spreadsheets of the trainers' admin views, as CSV and XLSX, through Wagtail's
``SpreadsheetExportMixin``: ``?export=csv`` or ``?export=xlsx`` on the view's URL, or a URL
of its own that always gives one format (``as_view(export_format="csv")``).

Every text cell goes through ``spreadsheet_safe`` in both formats, so that a spreadsheet
program never runs what a person typed (a name, a course title) as a formula.
"""

from django.http import HttpResponse
from django.utils.encoding import force_str
from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """Keep a spreadsheet from running a cell that starts like a formula."""
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


class SpreadsheetExport(SpreadsheetExportMixin):
    """For an admin view: ``list_export`` names the columns, ``export_headings`` gives each
    its (translated) heading, ``export_rows`` the rows (dicts by column, or objects with
    ``to_row_dict``), ``get_filename`` the file's name without extension."""

    export_format = None  # a format this URL always gives
    show_export_buttons = False  # the page's own links offer the downloads

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.export_format = self.export_format or request.GET.get("export")
        self.is_export = self.export_format in self.FORMATS

    def get(self, request, *args, **kwargs):
        if self.is_export:
            return self.as_spreadsheet(self.export_rows(), self.export_format)
        return super().get(request, *args, **kwargs)

    def export_rows(self):
        raise NotImplementedError

    def to_row_dict(self, item):
        return {field: item[field] for field in self.list_export}

    def get_heading(self, queryset, field):
        return force_str(self.export_headings[field])

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return spreadsheet_safe(value) if isinstance(value, str) else value

    def write_csv_response(self, queryset):
        """The whole file at once, marked UTF-8 with a byte order mark so that spreadsheet
        programs read the umlauts right."""
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.csv"'
        response.write("\ufeff")
        response.write(b"".join(self.stream_csv(queryset)))
        return response
