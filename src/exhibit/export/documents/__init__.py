"""The papers that travel with a loan: wall labels, the checklist, condition reports and the
loan record with its insurance schedule, as PDFs set with the catalogue's fonts and type.

``source`` reads what they show from the store (values), ``options`` holds the choices,
``preflight`` checks them, ``job`` writes one document atomically; one module per document.
"""
