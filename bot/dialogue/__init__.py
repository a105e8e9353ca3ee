"""The pure dialogue: (event, state, context) -> replies, new state and effects (engine.py)."""
