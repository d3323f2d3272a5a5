"""trafilatura's extraction without the parts a large page cannot afford (one place, tested
against the pinned version).

``trafilatura.extract(output_format="xml", with_metadata=True)`` also computes a simhash
``fingerprint`` of the text, which threadmark never reads and which took half the time of a
12 MB page, and runs htmldate's extensive date search (regular expressions over the whole
page, several times). Here the documented ``bare_extraction`` with an ``Extractor`` does the
extraction, and ``core.determine_returnstring`` (not in trafilatura's documented API) builds
the same XML. The extensive date search runs on pages up to ``EXTENSIVE_DATE_BYTES``.
On every saved page of tests/fixtures the XML is the one ``extract`` gives, less the
fingerprint (``tests/tui/test_bounded_inputs.py`` checks it).
"""

from __future__ import annotations

from typing import Any

#: The trafilatura release this module was written against (``pyproject.toml`` pins it).
TESTED_VERSION = "2.3.1"
#: Largest page whose date is also searched for in its text (bytes).
EXTENSIVE_DATE_BYTES = 2_000_000


def extract_xml(page: Any, size: int) -> str | None:
    """The main text and metadata of ``page`` (its bytes, or the tree ``load_html`` made
    of them: it is changed) as trafilatura's XML, or None if it finds none; ``size``: the
    page's size in bytes."""
    from trafilatura.core import bare_extraction, determine_returnstring
    from trafilatura.settings import DEFAULT_CONFIG, Document, Extractor

    options = Extractor(config=DEFAULT_CONFIG, output_format="xml", comments=False,
                        images=True, tables=True, with_metadata=True)
    options.date_params["extensive_search"] = size <= EXTENSIVE_DATE_BYTES
    document = bare_extraction(page, options=options, as_dict=False)
    if document is None:
        return None
    assert isinstance(document, Document)  # as_dict=False
    return determine_returnstring(document, options)
