"""The one format of codes people type: certificate codes and class join codes."""

from hypothesis import given
from hypothesis import strategies as st

from learners.codes import ALPHABET, CERTIFICATE_CODE, JOIN_CODE

FORMATS = [CERTIFICATE_CODE, JOIN_CODE]


def test_new_codes_are_stored_as_each_format_keeps_them():
    certificate, join = CERTIFICATE_CODE.new(), JOIN_CODE.new()
    assert len(certificate) == 14 and certificate.count("-") == 2
    assert len(join) == 8 and set(join) <= set(ALPHABET)
    assert JOIN_CODE.shown(join) == f"{join[:4]}-{join[4:]}"


@given(st.sampled_from(FORMATS), st.data())
def test_a_code_typed_carelessly_is_still_found(code_format, data):
    code = code_format.new()
    raw = code.replace("-", "")
    separators = data.draw(st.lists(st.sampled_from([" ", "-", "", "."]), min_size=len(raw)))
    typed = "".join(char.lower() + sep for char, sep in zip(raw, separators, strict=False))
    assert code_format.normalise(typed) == code


@given(st.sampled_from(FORMATS), st.text())
def test_anything_typed_is_a_valid_code_or_none(code_format, text):
    result = code_format.normalise(text)
    assert result is None or code_format.normalise(result) == result
    if result is not None:
        assert set(result.replace("-", "")) <= set(ALPHABET)
        assert len(result.replace("-", "")) == code_format.length


@given(st.text(alphabet=ALPHABET, min_size=12, max_size=12))
def test_formats_do_not_accept_each_others_codes(raw):
    assert CERTIFICATE_CODE.normalise(raw) is not None
    assert JOIN_CODE.normalise(raw) is None
