"""The contact planner API: what a donor or recipient may send today, and when they may meet.

GET only, with query parameters: nothing is stored and the access log holds the path, never the
query (see app.py), so a transplant date does not end up in a log.
"""
from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request

from ..contact_request import ContactInputError, answer
from ..contact_rules import PRODUCTS, load_contact_rules
from .errors import ApiError
from .state import get_checker

contact_bp = Blueprint("contact_api", __name__)
QUERY_FIELDS = ("profile", "transplant_date", "on", "recipient_country", "role", "product")


@contact_bp.record_once
def _load_rules(state):
    # At start-up, so a mistake in rules/contact.toml stops the server with the key named.
    ext = state.app.extensions["safetoshare"]
    checker = ext["checker"]
    ext["contact_rules"] = load_contact_rules(checker.rules.root, checker.profiles)


def contact_rules():
    return current_app.extensions["safetoshare"]["contact_rules"]


@contact_bp.get("/api/v1/contact-timeline")
def contact_timeline():
    checker = get_checker()
    values = {key: request.args.get(key) for key in QUERY_FIELDS}
    try:
        result = answer(contact_rules(), checker.profiles, checker.rules.default_profile, **values)
    except ContactInputError as exc:
        raise ApiError(400, "invalid_field", exc.message, field=exc.field) from None
    return jsonify(result.to_dict())


@contact_bp.get("/api/v1/contact-countries")
def contact_countries():
    """Every ISO country (for a picker), marking those with rules of their own; and the products."""
    rules = contact_rules()
    countries = [{"code": code, "name": name, "has_rules": code in rules.countries} for code, name in rules.iso_names.items()]
    countries.sort(key=lambda c: c["name"])
    return jsonify(
        countries=countries,
        products=[{"id": p, "name": rules.products[p].name} for p in PRODUCTS],
        profiles={pid: reg.id for reg in rules.registries.values() for pid in reg.profiles},
    )
