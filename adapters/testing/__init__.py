"""Test helpers shipped with the package: a MockGateway that serves every family from its shapes, and
recording of live responses as scrubbed fixtures.

from adapters.testing import MockGateway
with MockGateway() as mock:
    ...   # point a Gateway at mock.base_url with mock.token
"""

from adapters.testing._ledger import Ledger, TaskRecord
from adapters.testing._record import REDACTED, record, recorded_status, scrub, scrub_url
from adapters.testing._server import FAULTS, Fault, MockGateway, Seen

__all__ = [
    "FAULTS",
    "REDACTED",
    "Fault",
    "Ledger",
    "MockGateway",
    "Seen",
    "TaskRecord",
    "record",
    "recorded_status",
    "scrub",
    "scrub_url",
]
