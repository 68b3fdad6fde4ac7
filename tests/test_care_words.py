"""Medicines and the short forms of blood counts, lines and treatments in patients' and carers' posts are care words:
"started Zofran", "acyclovir, bactrim, fluconazole", "ANC 0.4", "the PCA pump" name no one, no place and no group
(rules/en/gazetteers/medicines.txt, lab-terms.txt, lab-terms-cued.txt; Context.medical_spans). A short form that is also
a bank, a hospital or a church counts as a care word only with a figure or a care word after it, and the names beside
them are still found. Other medicines and counts than the corpora's."""
from __future__ import annotations

import pytest

from posts import check_nothing_identifying, covers, shown


@pytest.mark.parametrize(
    "text",
    [
        "Valcyte made me so queasy today, anyone else?",
        "started Posaconazole and Cellcept this week, pill box is overflowing",
        "Neupogen shots done, hips are screaming",
        "off the Dilaudid finally, onto Tramadol",
        "ugh keppra again at 8pm",
        "Jakafi for the skin gvhd, fingers crossed",
        "counts today: WBC 2.4, HGB 8.9, PLT 61, ANC 1.1",
        "anc is 0.3 so no visitors this week sorry",
        "RBC 3.1 and the mcv is 92, doc is happy",
        "on the PCA pump for the mouth sores, zoning out",
        "BK virus is back up, more fluids",
        "mag-ox and potassium chloride with breakfast, yum",
        "scan came back NED!!! NED NED NED",
        "Engraftment day!!! Chimerism next week",
        "Hickman line out tomorrow, no more tubes",
        "urgent appeal for O negative donors this week",
    ],
)
def test_medicines_and_counts_are_no_names_places_or_groups(checker, text):
    check_nothing_identifying(checker, text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("Ned brought us soup and a card tonight", "Ned"),
        ("i bank with RBC and they gave me the day off", "RBC"),
        ("Valcyte made me so queasy so Priya drove me home", "Priya"),
        ("Neupogen shots at Karmanos all week", "Karmanos"),
        ("anc is 0.3 so no visitors in Lubbock this week", "Lubbock"),
    ],
)
def test_the_names_and_places_beside_them_are_found(checker, text, words):
    assert covers(checker, text, words), shown(checker, text)
