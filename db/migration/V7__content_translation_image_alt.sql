-- The featured image's alternative text differs by language.
ALTER TABLE content_translation ADD COLUMN featured_image_alt VARCHAR(500) NULL;
