"""Issue 11's whole-bot load benchmark (`make bench`); see bench/__main__.py."""
