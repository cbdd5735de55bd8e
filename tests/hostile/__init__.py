"""Attacks from issue 14, each reproduced through the real command line under a memory ceiling and a deadline."""
