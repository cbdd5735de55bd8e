"""The person's decisions: kept across audits, reviewed post by post, and handed to the tools that delete."""
