"""Issue 14 item 5: anonymous counts of what people ask, on SQLite and PostgreSQL.

The counts name no one and are written in the reply's transaction; the words of unanswered
questions are kept only when the setting is on, encrypted, erased with the person and purged
after the setting's days."""

from __future__ import annotations

import datetime as dt

import pytest
from referral_helpers import Harness
from sqlalchemy import select

from bot.config import ConfigError, load_settings
from bot.dialogue.events import Text
from bot.storage import counts
from bot.storage.models import Base, QuestionCount, UnansweredText, User, utcnow
from bot.values import Asked, NluResult, Tally

MIGRANT = "tg:731904682"
# No paper named ("pink card" would get the papers answer, bot/dialogue/papers_words.py).
WORDS = "my boss keeps my pink bag and says xyzzy"


def nlu_text(words: str, topic: str | None, confidence: float, ranking=(), oos=False) -> Text:
    result = NluResult(topic, confidence, tuple(ranking), (topic,) if topic else (), (), oos)
    return Text(words, "en", None, result)


FALLBACK = nlu_text(WORDS, None, 0.31, [("documents_confiscated", 0.31), ("made_up", 0.2)])


def dump(harness: Harness) -> str:
    """Every row of every table the models define, as text."""
    with harness.engine.connect() as connection:
        rows = [
            list(map(str, row))
            for table in Base.metadata.sorted_tables
            for row in connection.execute(table.select())
        ]
    return repr(rows)


def rows(harness: Harness) -> list[QuestionCount]:
    return sorted(harness.all(QuestionCount), key=lambda r: (r.asked, r.topic))


def test_questions_are_counted_by_outcome_without_any_user_id(harness: Harness):
    harness.connect_inbox("ALPHA")
    harness.profile(MIGRANT, "KH", "TH")
    harness.send(MIGRANT, nlu_text("unpaid salary", "unpaid_wages", 0.93))
    harness.send(MIGRANT, nlu_text("unpaid salary again", "unpaid_wages", 0.95))
    harness.send(MIGRANT, FALLBACK)
    harness.send(MIGRANT, nlu_text("exchange rate", None, 0.8, [("out_of_scope", 0.8)], True))
    harness.press(MIGRANT, "topic:unpaid_wages")
    harness.say(MIGRANT, "help me, I am in danger")  # no NLU in the harness: danger words
    harness.fill_form(MIGRANT, "unpaid_wages", "words for the caseworker")
    found = {(r.asked, r.topic): r for r in rows(harness)}
    answered = found[("answered", "unpaid_wages")]
    assert (answered.count, answered.confidence) == (2, "0.9-1")
    assert (answered.language, answered.origin, answered.country) == ("en", "KH", "TH")
    fallback = found[("fallback", "")]
    # The NLU's guesses by name; a name the bot does not define is "other", never echoed.
    assert (fallback.guesses, fallback.confidence) == ("documents_confiscated,other", "0.3-0.5")
    assert ("out_of_scope", "") in found
    assert found[("menu", "unpaid_wages")].count == 1
    assert found[("referral", "unpaid_wages")].count == 1
    assert ("emergency", "") in found
    # The form's words are not questions: nothing else was counted.
    assert sum(r.count for r in rows(harness)) == 7
    columns = {c.name for c in QuestionCount.__table__.columns}
    assert columns == {"id", "day", "language", "origin", "country", "topic", "asked"} | {
        "guesses",
        "confidence",
        "count",
    }
    everything = repr([[str(v) for v in vars(r).values()] for r in rows(harness)])
    assert "731904682" not in everything and "pink" not in everything


def test_a_count_is_rolled_back_with_the_reply(harness: Harness, monkeypatch):
    harness.profile(MIGRANT, "MM", "TH")
    before = sum(r.count for r in rows(harness))

    def fail(*_args: object) -> bool:
        raise RuntimeError("the transaction fails after counting")

    monkeypatch.setattr(harness.service, "_apply", fail)
    with pytest.raises(RuntimeError):
        harness.press(MIGRANT, "topic:unpaid_wages")
    assert sum(r.count for r in rows(harness)) == before
    monkeypatch.undo()
    harness.press(MIGRANT, "topic:unpaid_wages")
    assert sum(r.count for r in rows(harness)) == before + 1


def test_the_words_of_unanswered_questions_are_not_kept_by_default(harness: Harness):
    harness.profile(MIGRANT, "KH", "TH")
    harness.send(MIGRANT, FALLBACK)
    assert harness.all(UnansweredText) == []
    assert "pink" not in dump(harness)


def test_kept_words_are_encrypted_and_erased_with_the_person(harness: Harness):
    harness.service.keep_unanswered_days = 30
    harness.profile(MIGRANT, "KH", "TH")
    harness.send(MIGRANT, FALLBACK)
    harness.send(MIGRANT, nlu_text("unpaid salary", "unpaid_wages", 0.93))  # answered: not kept
    kept = harness.only(UnansweredText)
    assert harness.store.box.decrypt(kept.text_enc) == WORDS
    assert (kept.asked, kept.guesses) == ("fallback", "documents_confiscated,other")
    assert "pink" not in dump(harness), "stored encrypted only"
    harness.command(MIGRANT, "delete_my_data")
    harness.press(MIGRANT, "del:yes")
    assert harness.all(UnansweredText) == []
    with harness.store.sessions() as session:
        assert session.get(User, MIGRANT) is None
    everything = dump(harness)
    assert "731904682" not in everything
    assert harness.store.box.pseudonym(MIGRANT) not in everything
    assert harness.all(QuestionCount), "the anonymous counts stay: they name no one"


def test_kept_words_are_purged_after_the_setting_and_at_most_30_days(harness: Harness):
    harness.service.keep_unanswered_days = 7
    harness.profile(MIGRANT, "KH", "TH")
    harness.send(MIGRANT, FALLBACK)
    with harness.store.sessions.begin() as session:
        assert counts.purge_words(session, utcnow() + dt.timedelta(days=6), 7) == 0
        assert counts.purge_words(session, utcnow() + dt.timedelta(days=8), 7) == 1
    # Each send stands for the question asked again days later (the clock here does not
    # move): not the same text resent within a minute, which is not kept again.
    harness.service.recent.forget(MIGRANT)
    harness.send(MIGRANT, FALLBACK)
    with harness.store.sessions.begin() as session:
        assert counts.purge_words(session, utcnow() + dt.timedelta(days=31), 365) == 1
    harness.service.recent.forget(MIGRANT)
    harness.send(MIGRANT, FALLBACK)
    harness.service.keep_unanswered_days = 0  # turned off: what was kept goes at the next run
    assert harness.service.purge(90, 365).unanswered_words == 1
    assert harness.all(UnansweredText) == []


def test_privacy_says_what_is_counted_and_whether_words_are_kept(harness: Harness):
    harness.profile(MIGRANT, "KH", "TH")
    [off] = harness.command(MIGRANT, "privacy")
    assert "I count questions without keeping who asked" in off.text
    assert "I do not keep your questions" in off.text
    harness.service.keep_unanswered_days = 30
    [on] = harness.command(MIGRANT, "privacy")
    assert "Questions I cannot answer are kept for 30 days, encrypted" in on.text
    assert "I do not keep your questions" not in on.text


def test_counting_the_same_question_twice_adds_up(harness: Harness):
    tally = Tally(Asked.MENU, "unpaid_wages")
    day = dt.date(2026, 12, 1)
    with harness.store.sessions.begin() as session:
        for _ in range(3):
            counts.count(session, day, harness.state(MIGRANT), tally)
    with harness.store.sessions() as session:
        [row] = session.scalars(select(QuestionCount)).all()
    assert (row.count, row.language, row.origin) == (3, "", "")


@pytest.mark.parametrize("days", ["-1", "31"])
def test_keeping_words_longer_than_30_days_is_refused(monkeypatch, tmp_path, days):
    monkeypatch.setenv("KEEP_UNANSWERED_DAYS", days)
    with pytest.raises(ConfigError, match="KEEP_UNANSWERED_DAYS"):
        load_settings(tmp_path / "none.env")


def test_editors_read_the_kept_words_and_a_key_rotation_drops_them(harness: Harness, capsys):
    from bot import admin

    harness.service.keep_unanswered_days = 30
    harness.profile(MIGRANT, "KH", "TH")
    harness.send(MIGRANT, FALLBACK)
    assert admin.show_unanswered(harness.store, 30) == 0
    line = capsys.readouterr().out.strip()
    assert line.endswith(f"\ten\tfallback\tdocuments_confiscated,other\t{WORDS}")
    assert "731904682" not in line  # never who asked
    # The owner mark is a hash under the old key: after a rotation erasure could not find
    # the rows, so the rotation deletes them.
    admin.rotate(harness.store)
    assert "Deleted 1 kept unanswered questions" in capsys.readouterr().out
    assert harness.all(UnansweredText) == []
