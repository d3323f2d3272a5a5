"""The tag models and the article: pydantic records, the article and thread shapes, their ids,
validation messages and serialisation."""
