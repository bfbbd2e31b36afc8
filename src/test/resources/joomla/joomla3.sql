-- A Joomla 3 site's articles (zero dates, two languages linked, nested categories, a tag, a menu, cloaked
-- mail, a plugin tag, Bangla stored twice encoded, the trash, a draft, a foreign language). Load tables.sql first.
SET SESSION sql_mode = '';
CREATE TABLE `jos_content` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `asset_id` int(10) unsigned NOT NULL DEFAULT 0,
  `title` varchar(255) NOT NULL DEFAULT '',
  `alias` varchar(400) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  `introtext` mediumtext NOT NULL,
  `fulltext` mediumtext NOT NULL,
  `state` tinyint(3) NOT NULL DEFAULT 0,
  `catid` int(10) unsigned NOT NULL DEFAULT 0,
  `created` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `created_by` int(10) unsigned NOT NULL DEFAULT 0,
  `created_by_alias` varchar(255) NOT NULL DEFAULT '',
  `modified` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `modified_by` int(10) unsigned NOT NULL DEFAULT 0,
  `checked_out` int(10) unsigned NOT NULL DEFAULT 0,
  `checked_out_time` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `publish_up` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `publish_down` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `images` text NOT NULL,
  `urls` text NOT NULL,
  `attribs` varchar(5120) NOT NULL DEFAULT '',
  `version` int(10) unsigned NOT NULL DEFAULT 1,
  `ordering` int(11) NOT NULL DEFAULT 0,
  `metakey` text NOT NULL,
  `metadesc` text NOT NULL,
  `access` int(10) unsigned NOT NULL DEFAULT 0,
  `hits` int(10) unsigned NOT NULL DEFAULT 0,
  `metadata` text NOT NULL,
  `featured` tinyint(3) unsigned NOT NULL DEFAULT 0,
  `language` char(7) NOT NULL,
  `xreference` varchar(50) NOT NULL DEFAULT '',
  `note` varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (`id`),
  KEY `idx_catid` (`catid`),
  KEY `idx_state` (`state`),
  KEY `idx_language` (`language`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO `jos_categories` (id, parent_id, lft, rgt, level, path, extension, title, alias, published, access, language) VALUES (1, 0, 0, 21, 0, '', 'system', 'ROOT', 'root', 1, 1, '*');
INSERT INTO `jos_categories` (id, parent_id, lft, rgt, level, path, extension, title, alias, published, access, language) VALUES (2, 1, 1, 2, 1, 'uncategorised', 'com_content', 'Uncategorised', 'uncategorised', 1, 1, '*');
INSERT INTO `jos_categories` (id, parent_id, lft, rgt, level, path, extension, title, alias, published, access, language) VALUES (8, 1, 3, 4, 1, 'press-releases', 'com_content', 'Press Releases', 'press-releases', 1, 1, '*');
INSERT INTO `jos_categories` (id, parent_id, lft, rgt, level, path, extension, title, alias, published, access, language) VALUES (10, 1, 5, 8, 1, 'activities', 'com_content', 'Activities', 'activities', 1, 1, '*');
INSERT INTO `jos_categories` (id, parent_id, lft, rgt, level, path, extension, title, alias, published, access, language) VALUES (9, 10, 6, 7, 2, 'activities/events', 'com_content', 'Events', 'events', 1, 1, '*');
INSERT INTO `jos_categories` (id, parent_id, lft, rgt, level, path, extension, title, alias, published, access, language) VALUES (11, 1, 9, 10, 1, 'internal', 'com_content', 'Staff notices', 'staff-notices', 1, 1, '*');
INSERT INTO `jos_content` (id, title, alias, introtext, `fulltext`, state, catid, created, modified, publish_up, publish_down, images, urls, attribs, metadesc, metadata, language) VALUES (101, 'Stop enforced disappearances now', 'stop-enforced-disappearances-now', '<p>The organisation calls on the government to end enforced disappearances.</p>', '<p>For more information: <span id="cloak5f2c1d">This email address is being protected from spambots. You need JavaScript enabled to view it.</span><script type=''text/javascript''> //<!-- document.getElementById(''cloak5f2c1d'').innerHTML = ''''; var prefix = ''&#109;a'' + ''i&#108;'' + ''&#116;o''; var path = ''hr'' + ''ef'' + ''=''; var addy5f2c1d = ''m&#101;d&#105;&#97;'' + ''&#64;''; addy5f2c1d = addy5f2c1d + ''r&#105;ghts-w&#97;tch'' + ''&#46;'' + ''&#111;rg''; var addy_text5f2c1d = ''Media unit'';document.getElementById(''cloak5f2c1d'').innerHTML += ''<a '' + path + ''\\'''' + prefix + '':'' + addy5f2c1d + ''\\''>''+addy_text5f2c1d+''<\\/a>''; //--> </script></p>
<p>{loadposition statement-footer}</p>
<p>Families are still waiting.</p>
<p><img src="images/stories/vigil.jpg" alt="Vigil in Dhaka" /> <img src="/images/stories/missing.jpg" alt="" /></p>
<p>Read <a href="http://rights-watch-j3.example.org/images/docs/report%202015.pdf">the 2015 report</a> and <a href="https://www.rights-watch-j3.example.org/images/stories/vigil-copy.jpg">the photo</a>.</p>', 1, 8, '2015-03-01 04:00:00', '2015-03-01 04:00:00', '2015-03-01 04:00:00', '0000-00-00 00:00:00', '{"image_intro":"","image_fulltext":""}', '{}', '{}', 'Call to end enforced disappearances', '{}', 'en-GB');
INSERT INTO `jos_content` (id, title, alias, introtext, `fulltext`, state, catid, created, modified, publish_up, publish_down, images, urls, attribs, metadesc, metadata, language) VALUES (102, 'গুম বন্ধ করুন এখনই', '2015-03-01-10-00-00', '<p>সরকারের প্রতি গুম বন্ধের আহ্বান।</p>', '', 1, 8, '2015-03-01 04:00:00', '2015-03-01 04:00:00', '2015-03-01 04:00:00', '0000-00-00 00:00:00', '{"image_intro":"","image_fulltext":""}', '{}', '{}', '', '{}', 'bn-BD');
INSERT INTO `jos_content` (id, title, alias, introtext, `fulltext`, state, catid, created, modified, publish_up, publish_down, images, urls, attribs, metadesc, metadata, language) VALUES (103, 'Human rights defenders workshop in Khulna', 'defenders-workshop-khulna', '<p>Thirty defenders met in Khulna.</p>', '', 1, 9, '2016-06-10 08:00:00', '2016-06-10 08:00:00', '2016-06-10 08:00:00', '0000-00-00 00:00:00', '{"image_intro":"images/events/khulna.jpg#joomlaImage://local-images/events/khulna.jpg?width=640&height=480","image_intro_alt":"Participants in Khulna","image_fulltext":""}', '{}', '{}', '', '{}', 'en-GB');
INSERT INTO `jos_content` (id, title, alias, introtext, `fulltext`, state, catid, created, modified, publish_up, publish_down, images, urls, attribs, metadesc, metadata, language) VALUES (104, 'A statement put in the trash', 'trashed-statement', '<p>Never to be seen.</p>', '', -2, 8, '2016-01-01 00:00:00', '2016-01-01 00:00:00', '0000-00-00 00:00:00', '0000-00-00 00:00:00', '{"image_intro":"","image_fulltext":""}', '{}', '{}', '', '{}', 'en-GB');
INSERT INTO `jos_content` (id, title, alias, introtext, `fulltext`, state, catid, created, modified, publish_up, publish_down, images, urls, attribs, metadesc, metadata, language) VALUES (105, 'An unfinished draft statement', 'unfinished-draft', '<p>Draft text.</p>', '', 0, 8, '2016-02-01 00:00:00', '2016-02-01 00:00:00', '0000-00-00 00:00:00', '0000-00-00 00:00:00', '{"image_intro":"","image_fulltext":""}', '{}', '{}', '', '{}', 'en-GB');
INSERT INTO `jos_content` (id, title, alias, introtext, `fulltext`, state, catid, created, modified, publish_up, publish_down, images, urls, attribs, metadesc, metadata, language) VALUES (106, 'à¦®à¦¾à¦¨à¦¬à¦¾à¦§à¦¿à¦•à¦¾à¦° à¦ªà¦°à¦¿à¦¸à§à¦¥à¦¿à¦¤à¦¿ à§¨à§¦à§§à§¬', 'human-rights-situation-2016', '<p>à¦¦à§‡à¦¶à§‡ à¦®à¦¾à¦¨à¦¬à¦¾à¦§à¦¿à¦•à¦¾à¦° à¦ªà¦°à¦¿à¦¸à§à¦¥à¦¿à¦¤à¦¿à¦° à¦‰à¦ªà¦° à¦¤à§à¦°à§ˆà¦®à¦¾à¦¸à¦¿à¦• à¦ªà§à¦°à¦¤à¦¿à¦¬à§‡à¦¦à¦¨à¥¤</p>', '', 1, 8, '2016-04-01 00:00:00', '2016-04-01 00:00:00', '2016-04-01 00:00:00', '0000-00-00 00:00:00', '{"image_intro":"","image_fulltext":""}', '{}', '{}', '', '{}', 'bn-BD');
INSERT INTO `jos_content` (id, title, alias, introtext, `fulltext`, state, catid, created, modified, publish_up, publish_down, images, urls, attribs, metadesc, metadata, language) VALUES (107, 'Staff picnic', 'staff-picnic', '<p>Internal.</p>', '', 1, 11, '2016-05-01 00:00:00', '2016-05-01 00:00:00', '2016-05-01 00:00:00', '0000-00-00 00:00:00', '{"image_intro":"","image_fulltext":""}', '{}', '{}', '', '{}', 'en-GB');
INSERT INTO `jos_content` (id, title, alias, introtext, `fulltext`, state, catid, created, modified, publish_up, publish_down, images, urls, attribs, metadesc, metadata, language) VALUES (108, 'Déclaration en français', 'declaration', '<p>Texte.</p>', '', 1, 8, '2016-05-02 00:00:00', '2016-05-02 00:00:00', '2016-05-02 00:00:00', '0000-00-00 00:00:00', '{"image_intro":"","image_fulltext":""}', '{}', '{}', '', '{}', 'fr-FR');
INSERT INTO `jos_content` (id, title, alias, introtext, `fulltext`, state, catid, created, modified, publish_up, publish_down, images, urls, attribs, metadesc, metadata, language) VALUES (110, 'About the organisation', 'about-us', '<p>Founded in 1994 to document violations.</p>', '', 1, 2, '2014-01-01 00:00:00', '2014-01-01 00:00:00', '2014-01-01 00:00:00', '0000-00-00 00:00:00', '{"image_intro":"","image_fulltext":""}', '{}', '{}', '', '{}', '*');
INSERT INTO `jos_associations` (id, context, `key`) VALUES (101, 'com_content.item', '9b3c0e5b1a2d4f6e8a0b1c2d3e4f5a6b'), (102, 'com_content.item', '9b3c0e5b1a2d4f6e8a0b1c2d3e4f5a6b');
INSERT INTO `jos_tags` (id, parent_id, lft, rgt, level, path, title, alias, published, language) VALUES (1, 0, 0, 3, 0, '', 'ROOT', 'root', 1, '*'), (2, 1, 1, 2, 1, 'enforced-disappearance', 'Enforced disappearance', 'enforced-disappearance', 1, '*');
INSERT INTO `jos_contentitem_tag_map` (type_alias, core_content_id, content_item_id, tag_id, type_id) VALUES ('com_content.article', 1, 101, 2, 1);
INSERT INTO `jos_menu` (id, menutype, title, alias, path, link, type, published, parent_id, level, home, language, client_id) VALUES (101, 'mainmenu', 'Home', 'home', 'home', 'index.php?option=com_content&view=featured', 'component', 1, 1, 1, 1, '*', 0), (102, 'mainmenu', 'News', 'news', 'news', 'index.php?option=com_content&view=category&layout=blog&id=8', 'component', 1, 1, 1, 0, '*', 0), (103, 'mainmenu', 'About us', 'about', 'about', 'index.php?option=com_content&view=article&id=110', 'component', 1, 1, 1, 0, '*', 0), (104, 'mainmenu', 'What we do', 'what-we-do', 'what-we-do', 'index.php?option=com_content&view=category&layout=blog&id=10', 'component', 1, 1, 1, 0, '*', 0), (105, 'menu', 'Articles', 'articles', 'articles', 'index.php?option=com_content&view=articles', 'component', 1, 1, 1, 0, '*', 1);
INSERT INTO `jos_redirect_links` (old_url, new_url, published, created_date, modified_date, header, hits) VALUES
  ('http://www.rights-watch-j3.example.org/campaigns/disappearances.html', 'index.php?option=com_content&view=article&id=101&Itemid=102', 1, '2016-01-01 00:00:00', '2016-01-01 00:00:00', 301, 57),
  ('/about-the-unit', 'about', 1, '2016-01-01 00:00:00', '2016-01-01 00:00:00', 301, 3),
  ('/old-404-page', '', 0, '2016-01-01 00:00:00', '2016-01-01 00:00:00', 301, 12),
  ('/to-the-draft', 'index.php?option=com_content&view=article&id=105', 1, '2016-01-01 00:00:00', '2016-01-01 00:00:00', 301, 1),
  ('/elsewhere', 'https://partner.example.net/page', 1, '2016-01-01 00:00:00', '2016-01-01 00:00:00', 301, 1);
INSERT INTO `jos_users` (id, name, username, email, password, registerDate) VALUES
  (42, 'Media Unit', 'mediaunit', 'Media.Unit@rights-watch-j3.example.org', '$2y$10$notarealhash', '2014-01-01 00:00:00'),
  (43, 'Former Staff Member', 'former', 'former@rights-watch-j3.example.org', '$2y$10$notarealhash', '2014-01-01 00:00:00');
UPDATE `jos_content` SET created_by = 42 WHERE id IN (101, 102);
UPDATE `jos_content` SET created_by = 43 WHERE id = 103;
