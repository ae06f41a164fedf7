"""The default of ``SchoolClass.join_code``, at the path migration 0008 names; the format
is in ``learners.codes``."""

from learners.codes import JOIN_CODE


def new_join_code():
    return JOIN_CODE.new()
