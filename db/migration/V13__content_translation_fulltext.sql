-- Full-text search over titles, summaries and bodies, in both languages.
ALTER TABLE content_translation ADD FULLTEXT INDEX ft_content_translation_text (title, summary, body);
