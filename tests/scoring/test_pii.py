"""PII validators: checksums and structure, valid beside invalid."""

from __future__ import annotations

import pytest

from auditor.scoring import pii


@pytest.mark.parametrize(("check", "value", "expected"), [
    (pii.is_card, "4012 8888 8888 1881", True),
    (pii.is_card, "4012 8888 8888 1882", False),  # Luhn fails
    (pii.is_card, "5555-5555-5555-4444", True),
    (pii.is_card, "1234 5678 9012 3456", False),
    (pii.is_sin, "130 692 544", True),
    (pii.is_sin, "046 454 286", False),  # 0 is never issued (the fictitious example)
    (pii.is_sin, "130 692 545", False),  # Luhn fails
    (pii.is_sin, "130692544", True),
    (pii.is_sin, "830 692 544", False),  # 8 is for business numbers
    (pii.is_ssn, "460-89-9847", True),
    (pii.is_ssn, "666-12-3456", False),
    (pii.is_ssn, "123-00-4567", False),
    (pii.is_phone, "613-555-0143", True),
    (pii.is_phone, "+44 20 7946 0958", True),
    (pii.is_phone, "123-456-7890", False),
    (pii.is_email, "jane.doe@example.org", True),
    (pii.is_email, "jane@localhost", False),
    (pii.is_iban, "GB82 WEST 1234 5698 7654 32", True),
    (pii.is_iban, "GB82 WEST 1234 5698 7654 33", False),
    (pii.is_ip, "8.8.8.8", True),
    (pii.is_ip, "999.1.1.1", False),
    (pii.is_postal_ca, "K1A 0B1", True),
    (pii.is_postal_ca, "D1A 0B1", False),  # D is never used
    (pii.is_zip_us, "20500-0003", True),
])
def test_validator(check, value: str, expected: bool) -> None:
    assert check(value) is expected


def test_luhn_on_digits() -> None:
    assert pii.is_luhn("79927398713")
    assert not pii.is_luhn("79927398710")
