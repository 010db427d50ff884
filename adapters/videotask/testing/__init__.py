"""Test helpers shipped with the package: a MockGateway that serves every family from its shapes, and
recording of live responses as scrubbed fixtures.

from videotask.testing import MockGateway
with MockGateway() as mock:
    ...   # point a Gateway at mock.base_url with mock.token
"""

from videotask.testing._faults import CREATE_FAULTS, FILE_FAULTS, TASK_FAULTS
from videotask.testing._ledger import Ledger, TaskRecord
from videotask.testing._record import REDACTED, record, recorded_status, scrub, scrub_url
from videotask.testing._samples import sample_body
from videotask.testing._server import FAULTS, Fault, MockGateway, Seen

__all__ = [
    "CREATE_FAULTS",
    "FAULTS",
    "FILE_FAULTS",
    "REDACTED",
    "TASK_FAULTS",
    "Fault",
    "Ledger",
    "MockGateway",
    "Seen",
    "TaskRecord",
    "record",
    "recorded_status",
    "sample_body",
    "scrub",
    "scrub_url",
]
