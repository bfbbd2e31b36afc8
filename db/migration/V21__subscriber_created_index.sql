-- The admin subscriber list filters and sorts by when an address was added.
CREATE INDEX ix_subscriber_created ON subscriber (created_at);
