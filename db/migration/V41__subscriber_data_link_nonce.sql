-- The "my data" link (download, erase) is mailed fresh to the address on request and works once: its HMAC covers
-- this nonce, which each new link replaces and each download clears. Kept apart from link_nonce so that using it
-- leaves the newsletter's own links working.
ALTER TABLE subscriber ADD COLUMN data_link_nonce CHAR(22) NULL;
