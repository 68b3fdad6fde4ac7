"""`safetoshare contact`: the contact planner on the command line (what may I send, when may we meet?).

Exit codes: 0 answered, 2 bad input or broken rules data.
"""
from __future__ import annotations

import json
import sys

from .contact_planner import ROLES, spoken
from .contact_rules import PRODUCTS

ALLOWS = {"anonymous_letter": "anonymous letters", "anonymous_update": "anonymous updates", "direct_contact": "direct contact"}


def add_contact_parser(sub) -> None:
    p = sub.add_parser("contact", help="when may I write or meet? the stages of contact after a transplant")
    p.add_argument("--transplant-date", required=True, metavar="YYYY-MM-DD",
                   help="transplant day (frozen cells: the day they were given; Anthony Nolan: the last transplant or DLI)")
    p.add_argument("--country", default=None, metavar="CC", help="the recipient's country, two letters (US, DE, GB...)")
    p.add_argument("--profile", default=None, help="your registry's profile (default nmdp-letter); see `safetoshare profiles`")
    p.add_argument("--on", default=None, metavar="YYYY-MM-DD", help="the day to answer for (default today)")
    p.add_argument("--role", choices=ROLES, default="donor")
    p.add_argument("--product", choices=PRODUCTS, default="marrow")
    p.add_argument("--format", choices=("text", "json"), default="text")


def contact_command(args) -> int:
    from .contact_request import ContactInputError, answer
    from .contact_rules import ContactRulesError, load_contact_rules
    from .ruleset import load_rules

    try:
        ruleset = load_rules()
        rules = load_contact_rules(ruleset.root, ruleset.profiles)
        result = answer(rules, ruleset.profiles, ruleset.default_profile, profile=args.profile,
                        transplant_date=args.transplant_date, on=args.on, recipient_country=args.country,
                        role=args.role, product=args.product)
    except ContactInputError as exc:
        option = {"transplant_date": "--transplant-date", "recipient_country": "--country"}.get(exc.field, f"--{exc.field}")
        print(f"error: {option}: {exc.message}", file=sys.stderr)
        return 2
    except ContactRulesError as exc:
        print(f"error: the contact rules are broken: {exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(as_text(result))
    return 0


def _allows(items) -> str:
    return ", ".join(ALLOWS[a] for a in items) or "nothing"


def as_text(plan) -> str:
    where = f", recipient in {plan.country_name}" if plan.country else ""
    lines = [
        f"{plan.registry_name}{where}; transplant day {spoken(plan.transplant_date)}; today is {spoken(plan.on)}.",
        "",
        plan.says,
        "",
        f"Allowed now:            {_allows(plan.allowed_now)}",
        f"Direct contact from:    {spoken(plan.direct_contact_from) if plan.direct_contact_from else 'never'}"
        f"{'' if plan.certain else ' (not certain)'}",
        f"Check letters with:     {plan.profile_now or '(no letters now)'}",
        f"Certain:                {'yes' if plan.certain else 'no - check with your registry'}",
        "",
        "Timeline:",
    ]
    for s in plan.stages:
        if s.start is None and s.until is None:
            span = "always"
        elif s.start is None:
            span = f"until {spoken(s.until)}"
        elif s.until is None:
            span = f"from {spoken(s.start)}"
        else:
            span = f"{spoken(s.start)} to {spoken(s.until)}"
        marker = "->" if s.id == plan.stage else "  "
        lines.append(f" {marker} {span:34} {_allows(s.allows)}")
    for title, items in (("Not certain", plan.uncertain_because), ("Notes", plan.notes), ("Sources", plan.sources)):
        if items:
            lines += ["", f"{title}:"] + [f"  - {i}" for i in items]
    return "\n".join(lines)
