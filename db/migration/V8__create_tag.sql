-- Tags carry a label in each language; the slug names the tag page.
CREATE TABLE tag (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    slug     VARCHAR(100) NOT NULL,
    label_en VARCHAR(100) NOT NULL,
    label_bn VARCHAR(100) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_tag_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
