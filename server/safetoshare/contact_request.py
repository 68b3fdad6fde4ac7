"""A contact-planner question as typed by a person (API query or command line), checked field by field.

Errors name the field and say what is expected; they never repeat the value, which may be a
private date.
"""
from __future__ import annotations

import datetime as dt
import re

from .contact_planner import ROLES, Plan, plan
from .contact_rules import PRODUCTS, ContactRules

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
COUNTRY = re.compile(r"[A-Za-z]{2}")
FIRST_YEAR, LAST_YEAR = 1950, 2100  # unrelated marrow transplants began in the 1970s


class ContactInputError(ValueError):
    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field, self.message = field, message


def parse_date(field: str, value: str | None, required: bool) -> dt.date | None:
    if value is None or value == "":
        if required:
            raise ContactInputError(field, f"{field} is required, as a date such as 2026-03-14.")
        return None
    if not ISO_DATE.fullmatch(value):
        raise ContactInputError(field, f"{field} must be a date written YYYY-MM-DD, such as 2026-03-14.")
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise ContactInputError(field, f"{field} is no day of the calendar (check the month and the day).") from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ContactInputError(field, f"{field} must be between {FIRST_YEAR} and {LAST_YEAR}.")
    return day


def parse_country(rules: ContactRules, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if not COUNTRY.fullmatch(value) or value.upper() not in rules.iso_names:
        raise ContactInputError("recipient_country", "recipient_country must be a two-letter ISO 3166-1 country code, such as US, DE or GB.")
    return value.upper()


def answer(rules: ContactRules, profiles, default_profile: str, *, profile: str | None, transplant_date: str | None,
           on: str | None = None, recipient_country: str | None = None, role: str | None = None,
           product: str | None = None, today: dt.date | None = None) -> Plan:
    """The plan for a question given as strings; `profiles` are the known profile ids."""
    profile = profile or default_profile
    if profile not in profiles:
        raise ContactInputError("profile", "profile is not a known profile; GET /api/v1/profiles (or `safetoshare profiles`) lists them.")
    registry = rules.registry_for_profile(profile)
    if registry is None:
        raise ContactInputError("profile", "This profile has no contact rules yet (rules/contact.toml lists the registries that have).")
    transplant = parse_date("transplant_date", transplant_date, required=True)
    day = parse_date("on", on, required=False) or today or dt.date.today()
    country = parse_country(rules, recipient_country)
    role = role or "donor"
    if role not in ROLES:
        raise ContactInputError("role", f"role must be one of: {', '.join(ROLES)}.")
    product = product or "marrow"
    if product not in PRODUCTS:
        raise ContactInputError("product", f"product must be one of: {', '.join(PRODUCTS)}.")
    return plan(rules, registry, profile, transplant, day, country, role, product)
