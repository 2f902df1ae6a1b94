"""EDTF rendering of date intervals, re-exported (it lives in ``timeline_api.edtf``)."""
from ..edtf import *  # noqa: F401,F403
from ..edtf import to_edtf  # noqa: F401
