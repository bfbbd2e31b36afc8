-- The generated site of the import benchmark (bench/import.sh): Joomla 4's article table, five categories, a
-- category menu item each; ImportBenchmark adds the articles. Load tables.sql first.
CREATE TABLE `jos_content` (
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
  KEY `idx_catid` (`catid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO `jos_categories` (id, parent_id, lft, rgt, level, path, extension, title, alias, published, access, language) VALUES
  (1, 0, 0, 11, 0, '', 'system', 'ROOT', 'root', 1, 1, '*'),
  (8, 1, 1, 2, 1, 'news-0', 'com_content', 'Press releases', 'news-0', 1, 1, '*'),
  (9, 1, 3, 4, 1, 'news-1', 'com_content', 'Editorials', 'news-1', 1, 1, '*'),
  (10, 1, 5, 6, 1, 'news-2', 'com_content', 'Events', 'news-2', 1, 1, '*'),
  (11, 1, 7, 8, 1, 'news-3', 'com_content', 'Reports', 'news-3', 1, 1, '*'),
  (12, 1, 9, 10, 1, 'news-4', 'com_content', 'Networks', 'news-4', 1, 1, '*');
INSERT INTO `jos_menu` (id, menutype, title, alias, path, link, type, published, parent_id, level, home, language, client_id) VALUES
  (101, 'mainmenu', 'Press releases', 'news-0', 'news-0', 'index.php?option=com_content&view=category&layout=blog&id=8', 'component', 1, 1, 1, 0, '*', 0),
  (102, 'mainmenu', 'Editorials', 'news-1', 'news-1', 'index.php?option=com_content&view=category&layout=blog&id=9', 'component', 1, 1, 1, 0, '*', 0),
  (103, 'mainmenu', 'Events', 'news-2', 'news-2', 'index.php?option=com_content&view=category&layout=blog&id=10', 'component', 1, 1, 1, 0, '*', 0),
  (104, 'mainmenu', 'Reports', 'news-3', 'news-3', 'index.php?option=com_content&view=category&layout=blog&id=11', 'component', 1, 1, 1, 0, '*', 0),
  (105, 'mainmenu', 'Networks', 'news-4', 'news-4', 'index.php?option=com_content&view=category&layout=blog&id=12', 'component', 1, 1, 1, 0, '*', 0);
