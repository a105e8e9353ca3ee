"""Menus, answers, free text, fallback, media, locations and groups, in all three languages."""

from __future__ import annotations

import dataclasses

import pytest
from dialogue_helpers import all_button_data, button_data, run, said, text, tr

from bot.content import Catalog
from bot.dialogue.events import ButtonPress, Command, GroupMessage, Location, Media, Text
from bot.language import normalise
from bot.values import Asked, Button, NluResult, Tally, UserState

LANGS = ["my", "km", "en"]


def ready(lang: str, origin: str | None = None, country: str | None = None) -> UserState:
    return UserState(language=lang, origin=origin, country=country, profile_asked=True)


@pytest.mark.parametrize("lang", LANGS)
def test_menu_shows_the_five_topic_groups_and_a_person(ctx, lang):
    outcome = run(ctx, ready(lang), Command("menu"))
    assert all_button_data(outcome) == [
        "group:safe_migration",
        "group:at_work",
        "group:complaints",
        "group:assistance",
        "group:return",
        "al:latest",  # issue 15: "Latest alerts"
        "mine",  # exploratory test 9: My requests, privacy, deletion for button-only users
        "person",
    ]
    labels = [b.label for row in outcome.replies[0].buttons for b in row]
    assert tr(lang).gettext("Problems at work") in labels


@pytest.mark.parametrize("lang", LANGS)
def test_a_group_lists_its_topics_with_titles_in_the_language(ctx, lang):
    outcome = run(ctx, ready(lang), ButtonPress("group:assistance"))
    data = all_button_data(outcome)
    assert data[:3] == ["topic:embassy_contact", "topic:lost_documents", "topic:emergency_help"]
    assert data[-2:] == ["person", "menu"]
    titles = {"my": "သံရုံး", "km": "ស្ថានទូត", "en": "Your embassy"}
    assert titles[lang] in [b.label for row in outcome.replies[0].buttons for b in row]


@pytest.mark.parametrize("lang", LANGS)
def test_an_answer_fits_the_profile_and_carries_related_person_and_menu(ctx, lang):
    outcome = run(ctx, ready(lang, "MM", "TH"), ButtonPress("topic:unpaid_wages"))
    body = said(outcome)
    assert "FIXTURE" in body and ("Thailand" in body or "ထိုင်း" in body or "ថៃ" in body)
    assert "1694" in body  # the contact comes from the directory, written once there
    assert tr(lang).gettext("Checked on {date}.").split("{")[0] in body
    data = button_data(outcome.replies[-1])
    # unpaid_wages offers a person first, with the topic preselected for the form.
    assert data[:2] == ["person:unpaid_wages", "menu"]
    assert "topic:complaint_channels" in data


def test_the_general_answer_is_given_when_the_profile_is_unknown(ctx):
    outcome = run(ctx, ready("en"), ButtonPress("topic:unpaid_wages"))
    assert "FIXTURE general wages answer." in said(outcome)


def test_embassy_answer_asks_for_nationality_and_place_then_answers(ctx):
    outcome = run(ctx, ready("en"), ButtonPress("topic:embassy_contact"))
    assert outcome.state.pending_topic == "embassy_contact"
    assert "origin:MM" in all_button_data(outcome)
    outcome = run(ctx, outcome.state, ButtonPress("origin:MM"), ButtonPress("country:MY"))
    body = said(outcome)
    assert "Myanmar embassy in Malaysia" in body
    assert "+60 3-4251 4455" in body and "1 Fixture Road" in body
    assert outcome.state.pending_topic is None


def test_unverified_contacts_carry_a_visible_caution(ctx):
    outcome = run(ctx, ready("en", "KH", "TH"), ButtonPress("topic:embassy_contact"))
    body = said(outcome)
    assert "+66 2 957 5851" in body
    assert "⚠" in body


def test_emergency_numbers_come_before_any_other_text(ctx):
    outcome = run(ctx, ready("en", "MM", "TH"), ButtonPress("topic:emergency_help"))
    body = said(outcome)
    assert body.index("191") < body.index("FIXTURE emergency answer.")
    assert button_data(outcome.replies[-1])[0] == "person:emergency_help"


@pytest.mark.parametrize("lang", LANGS)
def test_free_text_understood_is_answered_from_content(ctx, lang):
    outcome = run(ctx, ready(lang), text("boss not pay", lang, topic="unpaid_wages"))
    assert "FIXTURE" in said(outcome)


def test_free_text_in_another_supported_language_switches_the_reply_language(ctx):
    outcome = run(ctx, ready("en"), text("ថៅកែមិនឲ្យលុយ", "km", topic="unpaid_wages"))
    assert outcome.state.language == "km"
    assert "FIXTURE ចម្លើយប្រាក់ខែ។" in said(outcome)


def test_a_few_latin_words_do_not_switch_a_burmese_user_to_english(ctx):
    outcome = run(ctx, ready("my"), text("passport", "en", topic="lost_documents"))
    assert outcome.state.language == "my"


@pytest.mark.parametrize("lang", LANGS)
def test_unsupported_language_gets_the_list_of_languages_in_the_users_language(ctx, lang):
    outcome = run(ctx, ready(lang), text("สวัสดีครับ", "th"))
    expected = tr(lang).gettext(
        "I can read Burmese, Khmer and English. Please write in one of them."
    )
    assert expected in said(outcome)
    assert outcome.state.language == lang


@pytest.mark.parametrize("lang", LANGS)
def test_when_the_nlu_is_down_the_bot_says_so_and_offers_menus(ctx, lang):
    outcome = run(ctx, ready(lang), text("anything", lang, nlu_down=True))
    assert tr(lang).gettext("Problems at work") in [
        b.label for row in outcome.replies[0].buttons for b in row
    ]
    assert "group:at_work" in all_button_data(outcome)


@pytest.mark.parametrize("lang", LANGS)
def test_not_understood_offers_the_closest_topics_then_a_person(ctx, lang):
    ranking = (("unpaid_wages", 0.2), ("greet", 0.1), ("complaint_channels", 0.1))
    first = run(ctx, ready(lang), text("zzz", lang, ranking=ranking))
    data = all_button_data(first)
    assert data[:2] == ["topic:unpaid_wages", "topic:complaint_channels"]
    assert first.state.misses == 1
    second = run(ctx, first.state, text("zzz again", lang, ranking=ranking))
    assert all_button_data(second)[0] == "person:unpaid_wages"
    assert second.state.misses == 2
    reset = run(ctx, second.state, ButtonPress("topic:unpaid_wages"))
    assert reset.state.misses == 0


@pytest.mark.parametrize("words", ["😭😭😭", "???", "1546", "!!! 🙏"])
@pytest.mark.parametrize("lang", LANGS)
def test_no_word_to_read_gets_no_topic_and_no_guesses_then_a_person(ctx, lang, words):
    # The NLU reads something into anything ("😭😭😭" as an injury at 0.62): not here.
    noise = text(words, lang, topic="arrest_detention", ranking=(("arrest_detention", 0.7),))
    first = run(ctx, ready(lang), noise)
    assert said(first) == tr(lang).gettext(
        "Sorry, I did not understand. Please choose a topic or write it differently."
    )
    assert first.tally == Tally(Asked.FALLBACK)  # counted as what it got, not as an arrest
    assert not first.urgent
    assert not any(data.startswith("topic:") for data in all_button_data(first))
    second = run(ctx, first.state, noise)
    assert all_button_data(second)[0] == "person"  # the way to a person after two


@pytest.mark.parametrize(
    ("intent", "msgid"),
    [
        ("greet", "Hello! How can I help you?"),
        ("thanks", "You are welcome. I am here when you need me."),
        ("goodbye", "Goodbye. Stay safe. Write to me any time."),
    ],
)
@pytest.mark.parametrize("lang", LANGS)
def test_small_talk_is_answered_kindly(ctx, lang, intent, msgid):
    outcome = run(ctx, ready(lang), text("hi", lang, topic=intent))
    assert said(outcome) == tr(lang).gettext(msgid)


def test_help_and_language_and_person_intents(ctx):
    assert "/menu" in said(run(ctx, ready("en"), text("what can you do", topic="bot_help")))
    assert "lang:km" in all_button_data(
        run(ctx, ready("en"), text("khmer pls", topic="change_language"))
    )
    person = run(ctx, ready("en", "MM", "TH"), text("i want a human", topic="talk_to_person"))
    assert person.state.step == "ref:description"  # the referral form, no topic preselected


def test_without_partners_a_person_means_the_organisations_in_the_directory(ctx):
    from dataclasses import replace

    from bot.content.catalog import Catalog

    bare = Catalog(ctx.catalog.topics, ctx.catalog.entries, partners=None)
    outcome = run(replace(ctx, catalog=bare), ready("en", "MM", "TH"), ButtonPress("person"))
    assert "Helping Hands (fixture)" in said(outcome)


@pytest.mark.parametrize(
    ("kind", "msgid_start"),
    [
        ("voice", "I cannot listen to voice messages yet."),
        ("photo", "I cannot read photos or files"),
        ("document", "I cannot read photos or files"),
        ("sticker", "I can only read text."),
        ("contact", "I do not need anyone's phone number."),
        ("video_note", "I cannot listen to voice messages yet."),
    ],
)
def test_media_gets_a_kind_reply_and_the_menu(ctx, kind, msgid_start):
    outcome = run(ctx, ready("en"), Media(kind))
    assert said(outcome).startswith(msgid_start)
    assert "group:at_work" in all_button_data(outcome)


@pytest.mark.parametrize("lang", LANGS)
def test_voice_note_reply_is_translated(ctx, lang):
    outcome = run(ctx, ready(lang), Media("voice"))
    _ = tr(lang).gettext
    # Round 21C: the buttons need no typing, and a caseworker can call (not "Write your
    # question" to someone who may not write).
    expected = "\n".join(
        (
            _("I cannot listen to voice messages yet."),
            _("You can also use the buttons: you do not need to type."),
            _(
                "A caseworker at a support organisation can call you: press “Talk to a "
                "person”, then “I give a phone number”."
            ),
        )
    )
    assert said(outcome) == expected
    assert _("Write your question, or use the menu.") not in said(outcome)
    if lang != "en":  # every sentence in the person's language, none left in English
        assert "voice" not in said(outcome) and "buttons" not in said(outcome)


def test_a_location_lists_the_nearest_offices_for_the_nationality(ctx):
    bangkok = Location(13.75, 100.52)
    outcome = run(ctx, ready("en", "KH", "TH"), bangkok)
    first = outcome.replies[1].text
    assert "Embassy of Cambodia (fixture)" in first and "+66 2 957 5851" in first
    # Myanmar nationals are not sent to the Cambodian embassy.
    mm = run(ctx, ready("en", "MM", "TH"), bangkok)
    assert "Cambodia" not in said(mm)


def test_an_office_known_only_by_its_city_gets_no_map_pin(ctx):
    # A pin at the city centre named after the office reads as "the office is here": the
    # fixture's offices, like the real directory's, are placed by city only.
    outcome = run(ctx, ready("en", "KH", "TH"), Location(13.75, 100.52))
    offices = outcome.replies[1:]
    assert offices and all(reply.venue is None for reply in offices)
    assert all("(city centre)" in reply.text.splitlines()[0] for reply in offices)


def test_an_office_with_its_exact_place_is_a_map_pin(ctx):
    catalog = ctx.catalog
    entries = {
        key: entry.model_copy(
            update={"coordinates": entry.coordinates.model_copy(update={"precision": "exact"})}
        )
        if entry.coordinates is not None
        else entry
        for key, entry in catalog.entries.items()
    }
    exact = dataclasses.replace(
        ctx, catalog=Catalog(catalog.topics, entries, catalog.partners, None)
    )
    outcome = run(exact, ready("en", "KH", "TH"), Location(13.75, 100.52))
    venues = [reply.venue for reply in outcome.replies if reply.venue]
    assert venues and "Embassy of Cambodia (fixture)" in venues[0].title
    assert "+66 2 957 5851" in venues[0].address


def test_an_unconfirmed_office_says_so_beside_its_place(real):
    # The real Cambodian embassy in Bangkok is unverified: the same caution as in answers.
    outcome = run(real, ready("en", "KH", "TH"), Location(13.75, 100.50))
    embassy = next(r.text for r in outcome.replies if "Cambodia" in r.text.splitlines()[0])
    assert "⚠ " + tr("en").gettext("Not confirmed. Check before you rely on it.") in embassy


def test_groups_get_one_short_private_only_answer_in_three_languages_with_a_link(ctx):
    # Before: English only, and no way to the private chat. Groups that add the bot are
    # Burmese or Khmer.
    outcome = run(ctx, UserState(), GroupMessage("help_bot"))
    [reply] = outcome.replies
    for language in ("my", "km", "en"):
        assert (
            tr(language).gettext(
                "I only talk in private chats, to keep what you say safe. Write to me directly."
            )
            in reply.text
        )
    assert reply.buttons == ((Button("💬 @help_bot", "https://t.me/help_bot"),),)
    # The bot's name not known: the words alone.
    assert run(ctx, UserState(), GroupMessage()).replies[0].buttons == ()


@pytest.mark.parametrize(
    "data",
    [
        "",
        "topic:",
        "topic:does_not_exist",
        "group:nope",
        "x" * 64,
        "topic:../../etc/passwd",
        "::::",
        "case:1:accept",
    ],
)
def test_stale_or_forged_buttons_get_a_kind_reply_and_the_menu(ctx, data):
    outcome = run(ctx, ready("en"), ButtonPress(data))
    assert "group:at_work" in all_button_data(outcome)


def test_unknown_command_explains_the_commands(ctx):
    outcome = run(ctx, ready("km"), Command("frobnicate", "junk args"))
    assert "/menu" in said(outcome)


def test_text_before_any_language_choice_in_a_supported_language_sets_it(ctx):
    outcome = run(ctx, UserState(), text("ថៅកែមិនឲ្យលុយ", "km", topic="unpaid_wages"))
    assert outcome.state.language == "km"


@pytest.mark.parametrize(
    ("words", "lang"),
    [("la kha ma ya bu", "my"), ("salary ma ya bu", "my"), ("boss min aoy salary", "km")],
)
def test_romanised_burmese_or_khmer_from_a_new_user_is_answered_in_their_language(ctx, words, lang):
    found = normalise(words)
    nlu = NluResult("unpaid_wages", 0.99, ())
    event = Text(found.text, found.language, found.encoding, nlu, found.romanised)
    outcome = run(ctx, UserState(), event)
    assert outcome.state.language == lang
    assert "FIXTURE" in said(outcome)
    assert "lang:en" in all_button_data(outcome)  # one tap back to English


def test_text_in_an_unknown_script_before_any_choice_asks_for_the_language(ctx):
    outcome = run(ctx, UserState(), text("🙂🙂", None))
    assert "lang:km" in all_button_data(outcome)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("Myanmar embassy in Kuala Lumpur", "en"),
        ("ကွာလာလမ်ပူ မြန်မာသံရုံး ဖုန်းနံပါတ်", "my"),
        ("ស្ថានទូតភូមានៅគូឡាឡាំពួ", "km"),
    ],
)
def test_a_question_naming_nationality_and_city_is_answered_for_them(ctx, words, lang):
    for profile in (ready(lang), ready(lang, "KH", "TH")):
        outcome = run(ctx, profile, text(words, lang, topic="embassy_contact"))
        body = said(outcome)
        assert "+60 3-4251 4455" in body and "1 Fixture Road" in body
        assert outcome.state.origin == profile.origin  # the profile is not changed


def test_places_named_twice_are_ignored_and_the_profile_used():
    from bot.dialogue.places import mentioned

    assert mentioned("from bangkok to seoul").country is None
    assert mentioned("Myanmar embassy in Kuala Lumpur").origin == "MM"
    assert mentioned("I ate thai food").country == "TH"  # a known limit: "thai" is a place word


@pytest.mark.parametrize("lang", LANGS)
def test_help_names_the_commands_that_protect_a_person(ctx, lang):
    # Someone whose phone may be checked must find /clear and /delete_my_data from /help,
    # not only inside /privacy; and /mycases, to follow a request to a person.
    outcome = run(ctx, ready(lang), Command("help"))
    for command in ("/mycases", "/privacy", "/clear", "/delete_my_data"):
        assert command in said(outcome), command
