"""The bundled rules (profiles, messages, gazetteers) as package data; see README.md here."""
