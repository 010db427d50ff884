"""General cleaning rules: small pure functions, each returning its result and the findings it made."""
