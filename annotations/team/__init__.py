"""Team work: inter-annotator agreement, curation of several annotators' tags, and sync through a
shared folder."""
