"""Language packs (data files) for claims/: one YAML file per language."""
