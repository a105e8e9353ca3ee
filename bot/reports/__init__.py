"""Numbers partners can show: case figures, anonymous question counts, charts and the HTML
report (`python -m bot report`, `/stats`).

Every count that leaves the database goes through `small.shown`: under 5 it reads "<5", so
no person can be singled out from a report or a chart.
"""
