"""Reading rules/contact.toml and rules/iso3166.toml: who may write or meet, per registry and country.

Every key is checked at load, so a typo in the data stops the server at start-up with the file and
key named, instead of silently dropping a rule.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

NEVER = "never"
RULE_KEYS = {"direct_contact_after_years", "anonymous_letters", "letters_limit", "anonymous_updates",
             "certain", "source", "note"}
REGISTRY_KEYS = RULE_KEYS | {"name", "profiles", "letter_profile", "country"}
COUNTRY_KEYS = RULE_KEYS | {"name", "in_sentence"}
PRODUCT_KEYS = {"name", "contact", "counts_from", "source", "note"}
TOP_KEYS = {"fallback_letter_profile", "transplant_centre_note", "transplant_centre_source", "registry", "country", "product"}
PRODUCTS = ("marrow", "pbsc", "cord", "cryopreserved")


class ContactRulesError(ValueError):
    """The contact rules data is wrong; the message names the file and the key."""


@dataclass(frozen=True)
class Rule:
    """One side's rule. None means this side says nothing (adds no restriction)."""

    source: str
    direct_contact_after_years: int | str | None = None  # whole years, or NEVER
    anonymous_letters: bool | None = None
    letters_limit: int | None = None
    anonymous_updates: bool | None = None
    certain: bool = True
    notes: tuple[str, ...] = ()
    doubts: tuple[str, ...] = ()  # why this rule is not certain (its notes, when it is not)


@dataclass(frozen=True)
class Registry:
    id: str
    name: str
    profiles: tuple[str, ...]
    letter_profile: str | None
    rule: Rule
    countries: dict[str, Rule] = field(default_factory=dict)

    def rule_for(self, country: str | None) -> Rule:
        """The registry's own rule for recipients in a country (its general rule filled in)."""
        own = self.countries.get(country or "")
        if own is None:
            return self.rule
        return Rule(
            source=own.source,
            direct_contact_after_years=_first(own.direct_contact_after_years, self.rule.direct_contact_after_years),
            anonymous_letters=_first(own.anonymous_letters, self.rule.anonymous_letters),
            letters_limit=_first(own.letters_limit, self.rule.letters_limit),
            anonymous_updates=_first(own.anonymous_updates, self.rule.anonymous_updates),
            certain=own.certain and self.rule.certain,
            notes=self.rule.notes + own.notes,
            doubts=self.rule.doubts + own.doubts,
        )


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    rule: Rule
    in_sentence: str  # "the Netherlands"


@dataclass(frozen=True)
class Product:
    id: str
    name: str
    never: bool = False
    counts_from_use: bool = False
    source: str = ""
    note: str = ""


@dataclass(frozen=True)
class ContactRules:
    registries: dict[str, Registry]
    countries: dict[str, Country]
    products: dict[str, Product]
    iso_names: dict[str, str]  # every assigned ISO 3166-1 alpha-2 code -> English name
    fallback_letter_profile: str
    transplant_centre_note: str
    transplant_centre_source: str

    def registry_for_profile(self, profile_id: str) -> Registry | None:
        for reg in self.registries.values():
            if profile_id in reg.profiles:
                return reg
        return None

    def letter_profile(self, registry: Registry) -> str:
        return registry.letter_profile or self.fallback_letter_profile

    def country_name(self, code: str) -> str:
        known = self.countries.get(code)
        return known.name if known else self.iso_names.get(code, code)


def _first(a, b):
    return a if a is not None else b


def _check_keys(where: str, table: dict, allowed: set[str]) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise ContactRulesError(f"{where}: unknown key {unknown[0]!r} (allowed: {', '.join(sorted(allowed))})")


def _typed(where: str, table: dict, key: str, kind, required: bool = False):
    if key not in table:
        if required:
            raise ContactRulesError(f"{where}: {key!r} is required")
        return None
    value = table[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ContactRulesError(f"{where}: {key!r} has the wrong type")
    return value


def _rule(where: str, table: dict) -> Rule:
    years = table.get("direct_contact_after_years")
    if years is not None and years != NEVER and not (isinstance(years, int) and not isinstance(years, bool) and 1 <= years <= 50):
        raise ContactRulesError(f"{where}: 'direct_contact_after_years' must be whole years (1-50) or \"never\"")
    limit = _typed(where, table, "letters_limit", int)
    if limit is not None and limit < 1:
        raise ContactRulesError(f"{where}: 'letters_limit' must be at least 1")
    certain = _typed(where, table, "certain", bool) is not False
    note = _typed(where, table, "note", str)
    notes = (note,) if note else ()
    return Rule(
        source=_typed(where, table, "source", str, required=True),
        direct_contact_after_years=years,
        anonymous_letters=_typed(where, table, "anonymous_letters", bool),
        letters_limit=limit,
        anonymous_updates=_typed(where, table, "anonymous_updates", bool),
        certain=certain,
        notes=notes,
        doubts=() if certain else notes or ("The public sources disagree about this case.",),
    )


def _read(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ContactRulesError(f"{path}: missing") from None
    except tomllib.TOMLDecodeError as exc:
        raise ContactRulesError(f"{path.name}: {exc}") from None


def _country_code(where: str, code: str, iso: dict[str, str]) -> str:
    if code not in iso:
        raise ContactRulesError(f"{where}: {code!r} is no ISO 3166-1 alpha-2 country code")
    return code


def load_contact_rules(root: Path, profile_ids=None) -> ContactRules:
    """Reads contact.toml and iso3166.toml from a rules folder. With profile_ids, every profile the
    data names must exist (so a renamed profile cannot leave a registry without letters)."""
    root = Path(root)
    iso = _read(root / "iso3166.toml").get("countries", {})
    if not iso or not all(isinstance(k, str) and len(k) == 2 and k.isupper() and isinstance(v, str) for k, v in iso.items()):
        raise ContactRulesError("iso3166.toml: [countries] must map two capital letters to a name")
    data = _read(root / "contact.toml")
    name = "contact.toml"
    _check_keys(name, data, TOP_KEYS)

    registries = {}
    for rid, table in data.get("registry", {}).items():
        where = f"{name} [registry.{rid}]"
        _check_keys(where, table, REGISTRY_KEYS)
        profiles = _typed(where, table, "profiles", list, required=True)
        if not profiles or not all(isinstance(p, str) for p in profiles):
            raise ContactRulesError(f"{where}: 'profiles' must be a list of profile ids")
        own = {}
        for code, ctable in table.get("country", {}).items():
            cwhere = f"{where[:-1]}.country.{code}]"
            _check_keys(cwhere, ctable, RULE_KEYS)
            own[_country_code(cwhere, code, iso)] = _rule(cwhere, ctable)
        rule = _rule(where, {k: v for k, v in table.items() if k in RULE_KEYS})
        if rule.direct_contact_after_years is None or rule.anonymous_letters is None:
            raise ContactRulesError(f"{where}: a registry needs 'direct_contact_after_years' and 'anonymous_letters'")
        registries[rid] = Registry(
            id=rid,
            name=_typed(where, table, "name", str, required=True),
            profiles=tuple(profiles),
            letter_profile=_typed(where, table, "letter_profile", str),
            rule=rule,
            countries=own,
        )
    if not registries:
        raise ContactRulesError(f"{name}: no [registry.*] tables")

    countries = {}
    for code, table in data.get("country", {}).items():
        where = f"{name} [country.{code}]"
        _check_keys(where, table, COUNTRY_KEYS)
        country_name = _typed(where, table, "name", str, required=True)
        countries[_country_code(where, code, iso)] = Country(
            code, country_name, _rule(where, {k: v for k, v in table.items() if k in RULE_KEYS}),
            _typed(where, table, "in_sentence", str) or country_name,
        )

    products = {}
    for pid, table in data.get("product", {}).items():
        where = f"{name} [product.{pid}]"
        _check_keys(where, table, PRODUCT_KEYS)
        if pid not in PRODUCTS:
            raise ContactRulesError(f"{where}: unknown product (known: {', '.join(PRODUCTS)})")
        contact = _typed(where, table, "contact", str)
        counts_from = _typed(where, table, "counts_from", str)
        if contact not in (None, NEVER) or counts_from not in (None, "use"):
            raise ContactRulesError(f"{where}: 'contact' may only be \"never\", 'counts_from' only \"use\"")
        products[pid] = Product(pid, _typed(where, table, "name", str, required=True), contact == NEVER,
                                counts_from == "use", _typed(where, table, "source", str) or "", _typed(where, table, "note", str) or "")
    missing = [p for p in PRODUCTS if p not in products]
    if missing:
        raise ContactRulesError(f"{name}: [product.{missing[0]}] is missing")

    rules = ContactRules(
        registries=registries,
        countries=countries,
        products=products,
        iso_names=dict(iso),
        fallback_letter_profile=_typed(name, data, "fallback_letter_profile", str, required=True),
        transplant_centre_note=_typed(name, data, "transplant_centre_note", str, required=True),
        transplant_centre_source=_typed(name, data, "transplant_centre_source", str, required=True),
    )
    if profile_ids is not None:
        _check_profiles(rules, set(profile_ids))
    return rules


def _check_profiles(rules: ContactRules, known: set[str]) -> None:
    named = [("fallback_letter_profile", rules.fallback_letter_profile)]
    for reg in rules.registries.values():
        named += [(f"[registry.{reg.id}] profiles", p) for p in reg.profiles]
        if reg.letter_profile:
            named.append((f"[registry.{reg.id}] letter_profile", reg.letter_profile))
    for where, pid in named:
        if pid not in known:
            raise ContactRulesError(f"contact.toml {where}: no profile {pid!r} in rules/profiles/")
