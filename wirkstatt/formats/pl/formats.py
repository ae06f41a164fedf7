# Short dates as Poles write them (04.12.2026); Django's "pl" writes 04-12-2026 and puts
# two spaces before the time. Everything else comes from Django's own "pl" formats.
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
