"""Contact details as posts give them (issue 10): a handle after the app's name without its "@", a phone number
in one run, an email spelled out so that bots miss it, a UK postcode in lowercase. Our own examples."""
from __future__ import annotations

import pytest

SOCIAL = "nmdp-social"


def contacts(checker, text):
    return {f.text for f in checker.check(text, profile=SOCIAL) if f.category == "contact_info"}


@pytest.mark.parametrize("text, detail", [
    ("add me on snap: tobi_k22 if u wanna help", "tobi_k22"),
    ("venmo marisol-v-88 for gas money 🙏", "marisol-v-88"),
    ("cashapp is in bio, or zelle me.then.you", "me.then.you"),
    ("my discord is swabqueen#4410", "swabqueen#4410"),
    ("venmo @ruth-ann-b, every bit helps", "@ruth-ann-b"),
    ("whatsapp me on +447700900765 for the rota", "+447700900765"),
    ("text 07912345678 and i'll add u to the group", "07912345678"),
    ("call me 6045550172 anytime this week", "6045550172"),
    ("drop me a line: okoro.b at yahoo dot com", "okoro.b at yahoo dot com"),
    ("cards to ng1 5fw please, we're so grateful", "ng1 5fw"),
])
def test_contact_details_as_posted(checker, text, detail):
    assert any(detail in f for f in contacts(checker, text)), contacts(checker, text)


@pytest.mark.parametrize("text", [
    "on ig 2-3 times a day, send help",
    "snap 2-for-1 deal at the cinema",
    "order 4412345678 finally shipped",
    "look at gmail dot com, it's down again",
    "x-ray at 3pm then home",
    "meet at b12 3am? no thanks lol",
    "tiktok made me do it",
])
def test_look_alikes_stay_clean(checker, text):
    assert not contacts(checker, text)
