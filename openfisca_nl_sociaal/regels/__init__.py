"""Law helpers that ``variables/`` import, and nothing of the product: money and the law's rounding rules
(``geld``), dates (``datums``), the Awir (``awir``), municipal look-up (``gemeenten``) and the laws' addresses
(``wetten``). They import only openfisca-core and numpy, so a formula never depends on the API or the pages."""
