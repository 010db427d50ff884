"""The typed clients `make gen` writes, one subpackage per family: `videotask.clients.<family>`.

A wheel carries them in this folder. In a checkout they stay where the generator writes them, the repository's
`generated/` folder (the generator owns it, so nothing is copied here), and this package's path reaches there.
"""

from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parents[3] / "generated"
if (_CHECKOUT.parent / "codegen").is_dir() and _CHECKOUT.is_dir():
    __path__.append(str(_CHECKOUT))
