"""The HTTP layer of openfisca-nl-sociaal (installed as ``openfisca_nl_sociaal.api``)."""
