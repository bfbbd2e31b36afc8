-- The generated site of the import benchmark (bench/import.sh): five categories, a
-- category menu item each; ImportBenchmark adds the articles. Load tables.sql and content4.sql first.
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
