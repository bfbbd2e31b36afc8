-- The contact block of a statement ("For more information: name, phone, e-mail"), shown on its page and, later, in
-- the press release mail. Optional on every kind.
ALTER TABLE content_item
    ADD COLUMN contact_name  VARCHAR(200) NULL,
    ADD COLUMN contact_phone VARCHAR(50)  NULL,
    ADD COLUMN contact_email VARCHAR(254) NULL;
