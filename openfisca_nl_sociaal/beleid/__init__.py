"""The policy maker's tools: parameter changes (``wijzigingen``), the named reforms' base class (``hervorming``),
variants side by side (``varianten``), income curves (``curven``) and their charts (``grafiek``), and the
standard households (``voorbeeldhuishoudens``)."""
