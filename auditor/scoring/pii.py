"""Validators that turn a regex candidate into personal information only when its structure checks out."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable

_EMAIL = re.compile(r"^[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,24}$", re.IGNORECASE)
# Canada Post never uses D, F, I, O, Q, U, nor W or Z as the first letter
_POSTAL_CA = re.compile(r"^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$", re.IGNORECASE)


def digits(text: str) -> str:
    """Only the digits of `text`."""
    return "".join(c for c in text if c.isdigit())


def is_luhn(number: str) -> bool:
    """True when the digits pass the Luhn (mod 10) checksum used by card numbers and the SIN."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def is_card(text: str) -> bool:
    """A payment card number: 13–19 digits, a known issuer prefix, and a valid Luhn checksum."""
    number = digits(text)
    return 13 <= len(number) <= 19 and number[0] in "23456" and len(set(number)) > 1 and is_luhn(number)


def is_sin(text: str) -> bool:
    """A Canadian Social Insurance Number: nine digits, not starting with 0 or 8, valid Luhn checksum."""
    number = digits(text)
    return len(number) == 9 and number[0] not in "08" and len(set(number)) > 2 and is_luhn(number)


def is_ssn(text: str) -> bool:
    """A US Social Security Number in its dashed form, outside the ranges the SSA never issues."""
    parts = text.replace(" ", "-").split("-")
    if len(parts) != 3 or [len(p) for p in parts] != [3, 2, 4] or not all(p.isdigit() for p in parts):
        return False
    area, group, serial = parts
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def is_phone(text: str) -> bool:
    """A phone number that libphonenumber considers valid (North American unless it has a country code)."""
    import phonenumbers  # here: most scans meet no phone-like number, and its metadata takes 0.02 s to import

    text = text.strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, None if text.startswith("+") else "CA"))
    except phonenumbers.NumberParseException:
        return False


def is_email(text: str) -> bool:
    """An e-mail address with a plausible domain."""
    return bool(_EMAIL.match(text))


def is_iban(text: str) -> bool:
    """An IBAN whose mod-97 check digits are right."""
    code = text.replace(" ", "").upper()
    if not 15 <= len(code) <= 34 or not code[:2].isalpha() or not code[2:4].isdigit():
        return False
    moved = code[4:] + code[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def is_ip(text: str) -> bool:
    """A public IPv4 or IPv6 address (private, loopback and documentation ranges are not personal)."""
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return False
    return address.is_global or (address.version == 4 and not address.is_loopback and not address.is_unspecified)


def is_postal_ca(text: str) -> bool:
    """A Canadian postal code in the letters Canada Post actually uses."""
    return bool(_POSTAL_CA.match(text.strip()))


def is_zip_us(text: str) -> bool:
    """A US ZIP+4 code (a bare five-digit number is too often something else)."""
    return bool(re.fullmatch(r"\d{5}-\d{4}", text.strip()))


VALIDATORS: dict[str, Callable[[str], bool]] = {
    "luhn": is_card, "sin": is_sin, "ssn": is_ssn, "phone": is_phone, "email": is_email, "iban": is_iban,
    "ip": is_ip, "postal_ca": is_postal_ca, "zip_us": is_zip_us,
}
