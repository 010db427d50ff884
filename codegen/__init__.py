"""Turns raw gateway docs into clean OpenAPI 3.1 specs and typed clients.

raw doc --readers--> Operation (intermediate form) --rules--> cleaned operation
        --spec-->    OpenAPI 3.1 document (+ overrides) --gates--> specs/<family>.yaml
        --generate--> generated/<family>/ (openapi-python-client)
"""
