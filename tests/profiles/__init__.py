"""Tests of auditor.profiles: the profile table, its rules, its flags and what the store keeps of it."""
