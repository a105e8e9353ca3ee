"""Referrals: cases from migrants to partner organisations' caseworkers, and back."""
