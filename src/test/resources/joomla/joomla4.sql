-- A Joomla 4/5 site's articles (NULL dates, hidden mail, a gallery tag, a scheduled and an ended article).
-- Load tables.sql first.
CREATE TABLE `j4x_content` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `asset_id` int unsigned NOT NULL DEFAULT 0,
  `title` varchar(255) NOT NULL DEFAULT '',
  `alias` varchar(400) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `introtext` mediumtext NOT NULL,
  `fulltext` mediumtext NOT NULL,
  `state` tinyint NOT NULL DEFAULT 0,
  `catid` int unsigned NOT NULL DEFAULT 0,
  `created` datetime NOT NULL,
  `created_by` int unsigned NOT NULL DEFAULT 0,
  `created_by_alias` varchar(255) NOT NULL DEFAULT '',
  `modified` datetime NOT NULL,
  `modified_by` int unsigned NOT NULL DEFAULT 0,
  `checked_out` int unsigned,
  `checked_out_time` datetime NULL DEFAULT NULL,
  `publish_up` datetime NULL DEFAULT NULL,
  `publish_down` datetime NULL DEFAULT NULL,
  `images` text NOT NULL,
  `urls` text NOT NULL,
  `attribs` varchar(5120) NOT NULL,
  `version` int unsigned NOT NULL DEFAULT 1,
  `ordering` int NOT NULL DEFAULT 0,
  `metakey` text,
  `metadesc` text NOT NULL,
  `access` int unsigned NOT NULL DEFAULT 0,
  `hits` int unsigned NOT NULL DEFAULT 0,
  `metadata` text NOT NULL,
  `featured` tinyint unsigned NOT NULL DEFAULT 0,
  `language` char(7) NOT NULL,
  `note` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `idx_catid` (`catid`),
  KEY `idx_state` (`state`),
  KEY `idx_language` (`language`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO `j4x_categories` (id, parent_id, lft, rgt, level, path, extension, title, alias, published, access, language) VALUES (1, 0, 0, 5, 0, '', 'system', 'ROOT', 'root', 1, 1, '*');
INSERT INTO `j4x_categories` (id, parent_id, lft, rgt, level, path, extension, title, alias, published, access, language) VALUES (8, 1, 1, 2, 1, 'statements', 'com_content', 'Statements', 'statements', 1, 1, '*');
INSERT INTO `j4x_categories` (id, parent_id, lft, rgt, level, path, extension, title, alias, published, access, language) VALUES (9, 1, 3, 4, 1, 'editorials', 'com_content', 'Editorials', 'editorials', 1, 1, '*');
INSERT INTO `j4x_content` (id, title, alias, introtext, `fulltext`, state, catid, created, modified, publish_up, publish_down, images, urls, attribs, metadesc, metadata, language) VALUES (201, 'Release the detained journalists', 'release-detained-journalists', '<p>Three journalists are held without charge.</p>', '<p>Contact: <joomla-hidden-mail is-link="1" is-email="1" first="cHJlc3M=" last="cmlnaHRzLXdhdGNoLm9yZw==" text="cHJlc3NAcmlnaHRzLXdhdGNoLm9yZw==" base="">This email address is being protected from spambots. You need JavaScript enabled to view it.</joomla-hidden-mail></p><p>{gallery}detention{/gallery}</p>', 1, 8, '2023-05-03 06:00:00', '2023-05-04 06:00:00', NULL, NULL, '{"image_intro":"","image_fulltext":""}', '{}', '{}', '', '{}', 'en-GB');
INSERT INTO `j4x_content` (id, title, alias, introtext, `fulltext`, state, catid, created, modified, publish_up, publish_down, images, urls, attribs, metadesc, metadata, language) VALUES (202, 'আটক সাংবাদিকদের মুক্তি দিন', 'release-detained-journalists-bn', '<p>তিনজন সাংবাদিক বিনা অভিযোগে আটক।</p>', '', 1, 8, '2023-05-03 06:00:00', '2023-05-03 06:00:00', NULL, NULL, '{"image_intro":"","image_fulltext":""}', '{}', '{}', '', '{}', 'bn-BD');
INSERT INTO `j4x_content` (id, title, alias, introtext, `fulltext`, state, catid, created, modified, publish_up, publish_down, images, urls, attribs, metadesc, metadata, language) VALUES (203, 'Editorial for the next anniversary', 'next-anniversary', '<p>To be published later.</p>', '', 1, 9, '2024-01-01 00:00:00', '2024-01-01 00:00:00', '2031-01-01 00:00:00', NULL, '{"image_intro":"","image_fulltext":""}', '{}', '{}', '', '{}', 'en-GB');
INSERT INTO `j4x_content` (id, title, alias, introtext, `fulltext`, state, catid, created, modified, publish_up, publish_down, images, urls, attribs, metadesc, metadata, language) VALUES (204, 'An editorial that ended', 'ended-editorial', '<p>Was public for a while.</p>', '', 1, 9, '2023-01-01 00:00:00', '2023-01-01 00:00:00', '2023-01-01 00:00:00', '2023-02-01 00:00:00', '{"image_intro":"","image_fulltext":""}', '{}', '{}', '', '{}', 'en-GB');
INSERT INTO `j4x_associations` (id, context, `key`) VALUES (201, 'com_content.item', '0f1e2d3c4b5a69788796a5b4c3d2e1f0'), (202, 'com_content.item', '0f1e2d3c4b5a69788796a5b4c3d2e1f0');
INSERT INTO `j4x_menu` (id, menutype, title, alias, path, link, type, published, parent_id, level, home, language, client_id) VALUES (101, 'mainmenu', 'Statements', 'statements', 'statements', 'index.php?option=com_content&view=category&id=8', 'component', 1, 1, 1, 0, '*', 0);
