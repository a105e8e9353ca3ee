"""Numbers partners can show: case figures, anonymous question counts, charts and the HTML
report (`python -m bot report`, `/stats`).

Every count that leaves the database becomes a text in `texts.py` by the rules of `small.py`:
under 5 it reads "<5", and a total or a second breakdown that would give one back reads "≥N",
so no person can be singled out from a report, a chart or a summary.
"""
