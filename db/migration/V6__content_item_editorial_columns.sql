-- Scheduling, authorship of the last change, the featured image and a report's PDF.
ALTER TABLE content_item
    ADD COLUMN scheduled_for     DATETIME(3) NULL AFTER published_at,
    ADD COLUMN updated_by        BIGINT      NULL AFTER created_by,
    ADD COLUMN featured_image_id BIGINT      NULL,
    ADD COLUMN report_file_id    BIGINT      NULL,
    ADD CONSTRAINT fk_content_item_updated_by FOREIGN KEY (updated_by) REFERENCES account (id),
    ADD CONSTRAINT fk_content_item_featured_image FOREIGN KEY (featured_image_id) REFERENCES media_file (id),
    ADD CONSTRAINT fk_content_item_report_file FOREIGN KEY (report_file_id) REFERENCES media_file (id);
