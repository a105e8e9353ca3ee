"""The outbox: messages that must not be lost.

`queue` writes them (in the caller's transaction) and reads them back; `sender` delivers them
with pacing and back-off; `rows` holds the sender's SQL (claims, 'sent', failures);
`errors` says what a failed send means. Nothing here knows Telegram: the channel passes a
send function (bot/telegram/sender.py).
"""
