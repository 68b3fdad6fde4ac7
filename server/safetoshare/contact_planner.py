"""The contact planner: from a registry, a transplant date and the recipient's country to what a donor
or recipient may send today and when they may meet. Pure logic: dates in, a Plan out.

Decisions (see rules/contact.toml for the data):
- Waiting periods count from transplant day; direct contact is allowed ON the anniversary itself.
- "N years after" 29 February, in a year without one, is 1 March: the full period has passed (the
  later of the two candidate days, so the planner never says "yes" a day early).
- Nothing before transplant day; from transplant day itself anonymous contact may start.
- When the donor's registry and the recipient's country differ, the stricter side wins on every
  point (longer wait, "never" over a date, no letters over letters, fewer letters over more).
- An answer is certain only when every rule it rests on is certain and the recipient's country is
  known to the rules; otherwise it says "check with your registry" and why.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .contact_rules import NEVER, ContactRules, Registry, Rule

ROLES = ("donor", "recipient")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
CHECK_WITH_REGISTRY = "Check with your registry."


def add_years(day: dt.date, years: int) -> dt.date:
    """The same day N years later; 29 February falls on 1 March in a year without it."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return dt.date(day.year + years, 3, 1)


def spoken(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class Combined:
    """The stricter of the registry's and the country's rule, point by point."""

    years: int | str  # whole years, or NEVER
    letters: bool
    letters_limit: int | None
    updates: bool | None  # None: the sources do not say
    certain: bool
    doubts: tuple[str, ...]  # why not, when not certain
    notes: tuple[str, ...]
    sources: tuple[str, ...]


def combine(registry_rule: Rule, country_rule: Rule | None) -> Combined:
    rules = [r for r in (registry_rule, country_rule) if r is not None]
    waits = [r.direct_contact_after_years for r in rules if r.direct_contact_after_years is not None]
    years = NEVER if NEVER in waits else max(waits)
    limits = [r.letters_limit for r in rules if r.letters_limit is not None]
    updates = registry_rule.anonymous_updates
    if country_rule is not None and country_rule.anonymous_updates is False:
        updates = False
    return Combined(
        years=years,
        letters=all(r.anonymous_letters is not False for r in rules),
        letters_limit=min(limits) if limits else None,
        updates=updates,
        certain=all(r.certain for r in rules),
        doubts=tuple(dict.fromkeys(d for r in rules for d in r.doubts)),
        notes=tuple(dict.fromkeys(n for r in rules for n in r.notes if n not in r.doubts)),
        sources=tuple(dict.fromkeys(r.source for r in rules)),
    )


@dataclass
class Stage:
    id: str  # before_transplant, anonymous, direct_contact, no_contact
    start: dt.date | None  # first day; None: open towards the past
    until: dt.date | None  # last day (inclusive); None: open-ended
    allows: list[str]
    says: str

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.until is None or day <= self.until)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "from": self.start.isoformat() if self.start else None,
            "until": self.until.isoformat() if self.until else None,
            "allows": self.allows,
            "says": self.says,
        }


@dataclass
class Plan:
    profile: str
    registry_id: str
    registry_name: str
    country: str | None
    country_name: str | None
    country_has_rules: bool
    role: str
    product: str
    transplant_date: dt.date
    on: dt.date
    stage: str
    allowed_now: list[str]
    direct_contact_from: dt.date | None
    direct_contact_after_years: int | str
    letters_limit: int | None
    letter_profile: str
    profile_now: str | None
    stages: list[Stage]
    says: str
    certain: bool
    uncertain_because: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "profile": self.profile,
            "registry": {"id": self.registry_id, "name": self.registry_name},
            "recipient_country": None if self.country is None else
            {"code": self.country, "name": self.country_name, "has_rules": self.country_has_rules},
            "role": self.role,
            "product": self.product,
            "transplant_date": self.transplant_date.isoformat(),
            "on": self.on.isoformat(),
            "stage": self.stage,
            "allowed_now": self.allowed_now,
            "direct_contact_from": self.direct_contact_from.isoformat() if self.direct_contact_from else None,
            "direct_contact_after_years": self.direct_contact_after_years,
            "letters_limit": self.letters_limit,
            "letter_profile": self.letter_profile,
            "profile_now": self.profile_now,
            "stages": [s.to_dict() for s in self.stages],
            "says": self.says,
            "certain": self.certain,
            "uncertain_because": self.uncertain_because,
            "notes": self.notes,
            "sources": self.sources,
        }


def plan(rules: ContactRules, registry: Registry, profile: str, transplant_date: dt.date, on: dt.date,
         country: str | None = None, role: str = "donor", product: str = "marrow") -> Plan:
    """What `role` may do on day `on`. `country` must be an ISO code (rules.iso_names) or None;
    `product` one of rules.products; the caller validates both."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    prod = rules.products[product]
    known = rules.countries.get(country) if country else None
    rule = combine(registry.rule_for(country), known.rule if known else None)
    letter_profile = rules.letter_profile(registry)
    other = "your recipient" if role == "donor" else "your donor"
    centre = "your donor centre" if role == "donor" else "your transplant centre"

    uncertain = []
    if country is None:
        uncertain.append("The recipient's country is not given: its rules can make the wait longer or rule out contact.")
    elif known is None and country not in registry.countries:  # a registry's own entry says why itself
        uncertain.append(f"There are no rules for {rules.country_name(country)} here: {registry.name}'s own rule is shown.")
    uncertain.extend(rule.doubts)
    notes = list(rule.notes)
    sources = list(rule.sources)

    if prod.never:
        stages = [Stage("no_contact", None, None, [], prod.note)]
        direct_from, years, uncertain = None, NEVER, []  # nothing is stricter than never
        notes, sources = [prod.note], [prod.source]
    else:
        stages, direct_from = _stages(rule, transplant_date, other, centre, letter_profile, hedge=bool(uncertain))
        years = rule.years
        if prod.counts_from_use:
            notes.insert(0, prod.note)
            sources.append(prod.source)
        if rule.letters or rule.updates:
            notes.append(rules.transplant_centre_note)
            sources.append(rules.transplant_centre_source)
        if rule.updates is None:
            notes.append(f"The sources do not say whether {registry.name} passes on anonymous updates; ask them.")

    today = next(s for s in stages if s.holds_on(on))
    certain = not uncertain
    says = _says(today, on, transplant_date, direct_from, years, known.in_sentence if known else None, other,
                 letter_profile, certain)
    if not certain:
        says += " Not certain: " + " ".join(uncertain) + " " + CHECK_WITH_REGISTRY
    return Plan(
        profile=profile,
        registry_id=registry.id,
        registry_name=registry.name,
        country=country,
        country_name=rules.country_name(country) if country else None,
        country_has_rules=known is not None,
        role=role,
        product=product,
        transplant_date=transplant_date,
        on=on,
        stage=today.id,
        allowed_now=list(today.allows),
        direct_contact_from=direct_from,
        direct_contact_after_years=years,
        letters_limit=None if prod.never else rule.letters_limit,
        letter_profile=letter_profile,
        profile_now=letter_profile if "anonymous_letter" in today.allows else None,
        stages=stages,
        says=says,
        certain=certain,
        uncertain_because=uncertain,
        notes=list(dict.fromkeys(notes)),
        sources=list(dict.fromkeys(s for s in sources if s)),
    )


def _stages(rule: Combined, transplant: dt.date, other: str, centre: str, letter_profile: str, hedge: bool):
    before = Stage("before_transplant", None, transplant - dt.timedelta(days=1), [],
                   "Before transplant day nothing may be exchanged, not even an anonymous card.")
    anonymous = []
    if rule.letters:
        anonymous.append("anonymous_letter")
    if rule.updates:
        anonymous.append("anonymous_update")
    if not anonymous:
        says = "Possibly no contact at all" if hedge else "No contact at all"
        return [before, Stage("no_contact", transplant, None, [], says + ", not even anonymous letters.")], None

    parts = []
    if rule.letters:
        parts.append(("One anonymous card or letter" if rule.letters_limit == 1 else
                      f"Up to {rule.letters_limit} anonymous cards or letters" if rule.letters_limit else
                      "Anonymous cards and letters") +
                     f" to {other} through {centre} (check each with the {letter_profile} rules first)")
    if rule.updates:
        parts.append("anonymous updates on the recipient's health, if the transplant centre gives them")
    anon_says = "; ".join(parts) + "."
    if rule.years == NEVER:
        return [before, Stage("anonymous", transplant, None, anonymous, anon_says)], None
    direct_from = add_years(transplant, rule.years)
    return [
        before,
        Stage("anonymous", transplant, direct_from - dt.timedelta(days=1), anonymous, anon_says),
        Stage("direct_contact", direct_from, None, anonymous + ["direct_contact"],
              "Direct contact (names, addresses, meeting) if you both agree; until then, letters stay anonymous."),
    ], direct_from


def _says(today: Stage, on: dt.date, transplant: dt.date, direct_from: dt.date | None, years, country: str | None,
          other: str, letter_profile: str, certain: bool) -> str:
    """Today's answer in plain words; uncertain facts are put as "may", never asserted."""
    where = f" for a recipient in {country}" if country else ""
    if direct_from is not None:
        meet = (f"Direct contact {'becomes' if certain else 'may become'} possible on {spoken(direct_from)} "
                f"({years} year{'s' if years != 1 else ''} after transplant day), if you both agree.")
    else:
        meet = f"Direct contact {'is never' if certain else 'may never be'} possible{where}."
    if today.id == "no_contact":
        return today.says + (f" {meet}" if today.start is not None else "")
    if today.id == "before_transplant":
        return f"Until transplant day ({spoken(transplant)}) nothing may be exchanged. {meet}"
    if today.id == "anonymous":
        return f"Now: anonymous contact only. {today.says} {meet}"
    since = f"Since {spoken(direct_from)}" if direct_from < on else f"From today ({spoken(direct_from)})"
    return (f"{since} direct contact with {other} {'is' if certain else 'may be'} possible if you both agree. "
            f"Until you both have, keep letters anonymous and check them with the {letter_profile} rules.")
