"""A place pin sent to a Zawgyi reader (round 15B). On Telegram a reply with a venue is sent
as the venue alone (bot/telegram/convert.send_replies): its title (the office's name and
"about 3 km") and address are all the person reads of it. `encode_for` re-encoded the text
and the buttons, not the venue, so a Zawgyi reader would get the title in Unicode. No
office in content/ has exact coordinates yet (every pin is city-precise, sent as text), so
no one has got one; the first exact office would have shown it."""

from __future__ import annotations

from bot.language import encode_for, to_zawgyi
from bot.values import Reply, UserState, Venue

TITLE = "မြန်မာသံရုံး၊ ဘန်ကောက် - ၃ ကီလိုမီတာ ခန့်"
ADDRESS = "+66 2 233 2237"


def test_a_venue_title_is_re_encoded_for_a_zawgyi_reader():
    reply = Reply(TITLE, venue=Venue(13.72, 100.52, TITLE, ADDRESS))
    zawgyi = UserState(language="my", encoding="zawgyi")
    [sent] = encode_for(zawgyi, (reply,))
    assert sent.venue is not None
    assert sent.venue.title == to_zawgyi(TITLE) != TITLE
    assert (sent.venue.lat, sent.venue.lon, sent.venue.address) == (13.72, 100.52, ADDRESS)


def test_a_unicode_reader_gets_the_venue_as_written():
    reply = Reply(TITLE, venue=Venue(13.72, 100.52, TITLE, ADDRESS))
    assert encode_for(UserState(language="my"), (reply,)) == (reply,)
