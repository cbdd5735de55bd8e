"""The canonical post frame, the audit it becomes, errors, the person's profile and the counts every report reads."""
