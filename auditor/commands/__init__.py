"""Click commands, one module per command group; auditor.cli registers them."""
