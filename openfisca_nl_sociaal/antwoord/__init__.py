"""The answers: which schemes and how much (``aanspraken``), the range an unknown fact leaves (``bereik``), the
computation explained article by article (``uitleg``) and a decision checked against the rules (``toetsing``)."""
