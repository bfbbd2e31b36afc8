-- Demo content for ./mvnw -Prun, written for Barta from public facts about a Bangladeshi human-rights NGO.
-- Loaded once into an empty database by org.barta.dev.DemoContent; never part of the WAR.

-- Units
INSERT INTO content_item (kind, state, published_at, created_at, updated_at) VALUES ('UNIT_PAGE', 'PUBLISHED', NOW() - INTERVAL 400 DAY, NOW(), NOW());
SET @id = LAST_INSERT_ID();
INSERT INTO content_translation (item_id, language, title, slug, summary, body) VALUES
 (@id, 'en', 'Gender and Social Justice', 'gender-and-social-justice',
  'Since 1996 the programme has built community activism for gender justice, working through partner organisations in five districts.',
  '<p>The Gender and Social Justice programme started in 1996 to take the organisation''s work to the grassroots. Women and men take part together.</p><p>Community human-rights protection groups and women''s groups monitor local violations, accompany survivors to seek redress and observe village arbitration (salish) so that it respects the law and includes women. District lawyers'' forums give free legal aid.</p><h2>Partner organisations by district</h2><ul><li>Kushtia: Mukti Nari-O-Shishu Unnayan Sangstha</li><li>Jhenaidah: Welfare Efforts (WE)</li><li>Gaibandha: Gana Unnayan Kendra (GUK)</li><li>Kishoreganj: Peoples Oriented Program and Implementation (POPI)</li><li>Naogaon: Ancholic Polli Unnayan Sangstha (APUS)</li></ul>'),
 (@id, 'bn', 'জেন্ডার ও সামাজিক ন্যায়বিচার', 'জেন্ডার-ও-সামাজিক-ন্যায়বিচার',
  '১৯৯৬ সাল থেকে এই কর্মসূচি পাঁচটি জেলায় সহযোগী সংগঠনের মাধ্যমে জেন্ডার ন্যায়বিচারের জন্য কমিউনিটির সক্রিয়তা গড়ে তুলছে।',
  '<p>তৃণমূল পর্যায়ে কাজ ছড়িয়ে দিতে ১৯৯৬ সালে জেন্ডার ও সামাজিক ন্যায়বিচার কর্মসূচি শুরু হয়। নারী ও পুরুষ একসঙ্গে এতে অংশ নেন।</p><h2>জেলাভিত্তিক সহযোগী সংগঠন</h2><ul><li>কুষ্টিয়া: মুক্তি নারী ও শিশু উন্নয়ন সংস্থা</li><li>ঝিনাইদহ: ওয়েলফেয়ার এফোর্টস</li><li>গাইবান্ধা: গণ উন্নয়ন কেন্দ্র</li><li>কিশোরগঞ্জ: পপি</li><li>নওগাঁ: আঞ্চলিক পল্লী উন্নয়ন সংস্থা</li></ul>');

INSERT INTO content_item (kind, state, published_at, created_at, updated_at) VALUES ('UNIT_PAGE', 'PUBLISHED', NOW() - INTERVAL 399 DAY, NOW(), NOW());
SET @id = LAST_INSERT_ID();
INSERT INTO content_translation (item_id, language, title, slug, summary, body) VALUES
 (@id, 'en', 'Child Rights', 'child-rights',
  'Education, vocational training and advocacy so that working children are protected today and hazardous child labour ends.',
  '<p>The Child Rights Unit accepts that many children in poverty must work for now, and works so that they are safe, learn and have a future. Community centres offer non-formal primary schooling up to class five and vocational training.</p><p>Workshops reach parents, employers, community leaders and officials. The unit also contributes to shadow reports and the Universal Periodic Review.</p>'),
 (@id, 'bn', 'শিশু অধিকার', 'শিশু-অধিকার',
  'কর্মজীবী শিশুদের আজকের সুরক্ষা এবং ঝুঁকিপূর্ণ শিশুশ্রম বন্ধের জন্য শিক্ষা, বৃত্তিমূলক প্রশিক্ষণ ও অ্যাডভোকেসি।',
  '<p>শিশু অধিকার ইউনিট কর্মজীবী শিশুদের নিরাপত্তা, শিক্ষা ও ভবিষ্যতের জন্য কাজ করে। কমিউনিটি কেন্দ্রে পঞ্চম শ্রেণি পর্যন্ত উপানুষ্ঠানিক শিক্ষা ও বৃত্তিমূলক প্রশিক্ষণ দেওয়া হয়।</p>');

INSERT INTO content_item (kind, state, published_at, created_at, updated_at) VALUES ('UNIT_PAGE', 'PUBLISHED', NOW() - INTERVAL 398 DAY, NOW(), NOW());
SET @id = LAST_INSERT_ID();
INSERT INTO content_translation (item_id, language, title, slug, summary, body) VALUES
 (@id, 'en', 'Media & International Advocacy', 'media-and-international-advocacy',
  'Since December 2008 the unit speaks for the organisation to the media and to regional and UN human-rights mechanisms.',
  '<p>The unit issues press statements on human-rights violations, writes editorials when a short statement is not enough, organises press conferences and workshops for journalists, keeps the website and sends twelve e-newsletters a year.</p><p>The organisation has held UN ECOSOC consultative status since 1998. The unit submits reports to treaty bodies and the Universal Periodic Review, writes to the Special Procedures, joins urgent appeals and assesses the National Human Rights Commission every year.</p>'),
 (@id, 'bn', 'মিডিয়া ও আন্তর্জাতিক অ্যাডভোকেসি', 'মিডিয়া-ও-আন্তর্জাতিক-অ্যাডভোকেসি',
  '২০০৮ সালের ডিসেম্বর থেকে ইউনিটটি গণমাধ্যম এবং আঞ্চলিক ও জাতিসংঘের মানবাধিকার ব্যবস্থায় সংগঠনের কণ্ঠস্বর।',
  '<p>ইউনিটটি মানবাধিকার লঙ্ঘনের ঘটনায় সংবাদ বিবৃতি দেয়, সম্পাদকীয় লেখে, সংবাদ সম্মেলন ও সাংবাদিকদের জন্য কর্মশালা আয়োজন করে এবং বছরে বারোটি ই-নিউজলেটার পাঠায়।</p>');

-- International networks
INSERT INTO content_item (kind, state, network_acronym, network_region, published_at, created_at, updated_at) VALUES ('NETWORK_PAGE', 'PUBLISHED', 'APWLD', 'Asia Pacific', NOW() - INTERVAL 300 DAY, NOW(), NOW());
SET @id = LAST_INSERT_ID();
INSERT INTO content_translation (item_id, language, title, slug, summary) VALUES
 (@id, 'en', 'Asia Pacific Forum on Women, Law and Development (APWLD)', 'apwld', 'A regional network of feminist organisations and activists.'),
 (@id, 'bn', 'এশিয়া প্যাসিফিক ফোরাম অন উইমেন, ল অ্যান্ড ডেভেলপমেন্ট (এপিডব্লিউএলডি)', 'এপিডব্লিউএলডি', 'নারীবাদী সংগঠন ও কর্মীদের একটি আঞ্চলিক নেটওয়ার্ক।');

INSERT INTO content_item (kind, state, network_acronym, network_region, published_at, created_at, updated_at) VALUES ('NETWORK_PAGE', 'PUBLISHED', 'ECPAT', 'Global', NOW() - INTERVAL 299 DAY, NOW(), NOW());
SET @id = LAST_INSERT_ID();
INSERT INTO content_translation (item_id, language, title, slug, summary) VALUES
 (@id, 'en', 'ECPAT', 'ecpat', 'A global network working to end the sexual exploitation of children.'),
 (@id, 'bn', 'ইসিপিএটি', 'ইসিপিএটি', 'শিশুদের যৌন শোষণ বন্ধে কাজ করা একটি বৈশ্বিক নেটওয়ার্ক।');

INSERT INTO content_item (kind, state, network_acronym, network_region, published_at, created_at, updated_at) VALUES ('NETWORK_PAGE', 'PUBLISHED', 'FORUM-ASIA', 'Asia', NOW() - INTERVAL 298 DAY, NOW(), NOW());
SET @id = LAST_INSERT_ID();
INSERT INTO content_translation (item_id, language, title, slug, summary) VALUES
 (@id, 'en', 'Asian Forum for Human Rights and Development (FORUM-ASIA)', 'forum-asia', 'A membership network of human-rights organisations across Asia.'),
 (@id, 'bn', 'এশিয়ান ফোরাম ফর হিউম্যান রাইটস অ্যান্ড ডেভেলপমেন্ট (ফোরাম-এশিয়া)', 'ফোরাম-এশিয়া', 'এশিয়াজুড়ে মানবাধিকার সংগঠনগুলোর সদস্যভিত্তিক নেটওয়ার্ক।');

INSERT INTO content_item (kind, state, network_acronym, network_region, published_at, created_at, updated_at) VALUES ('NETWORK_PAGE', 'PUBLISHED', 'IWRAW', 'Global', NOW() - INTERVAL 297 DAY, NOW(), NOW());
SET @id = LAST_INSERT_ID();
INSERT INTO content_translation (item_id, language, title, slug, summary) VALUES
 (@id, 'en', 'International Women''s Rights Action Watch (IWRAW)', 'iwraw', 'Works for the implementation of CEDAW.'),
 (@id, 'bn', 'ইন্টারন্যাশনাল উইমেন্স রাইটস অ্যাকশন ওয়াচ (আইডব্লিউআরএডব্লিউ)', 'আইডব্লিউআরএডব্লিউ', 'সিডও বাস্তবায়নের জন্য কাজ করে।');

INSERT INTO content_item (kind, state, network_acronym, network_region, published_at, created_at, updated_at) VALUES ('NETWORK_PAGE', 'PUBLISHED', 'MFA', 'Asia', NOW() - INTERVAL 296 DAY, NOW(), NOW());
SET @id = LAST_INSERT_ID();
INSERT INTO content_translation (item_id, language, title, slug, summary) VALUES
 (@id, 'en', 'Migrant Forum in Asia (MFA)', 'migrant-forum-in-asia', 'A regional network defending the rights of migrant workers.'),
 (@id, 'bn', 'মাইগ্র্যান্ট ফোরাম ইন এশিয়া (এমএফএ)', 'মাইগ্র্যান্ট-ফোরাম-ইন-এশিয়া', 'অভিবাসী শ্রমিকদের অধিকার রক্ষার আঞ্চলিক নেটওয়ার্ক।');

INSERT INTO content_item (kind, state, network_acronym, network_region, published_at, created_at, updated_at) VALUES ('NETWORK_PAGE', 'PUBLISHED', 'SAHR', 'South Asia', NOW() - INTERVAL 295 DAY, NOW(), NOW());
SET @id = LAST_INSERT_ID();
INSERT INTO content_translation (item_id, language, title, slug, summary) VALUES
 (@id, 'en', 'South Asians for Human Rights (SAHR)', 'sahr', 'A South Asian network of human-rights defenders.'),
 (@id, 'bn', 'সাউথ এশিয়ানস ফর হিউম্যান রাইটস (এসএএইচআর)', 'এসএএইচআর', 'মানবাধিকার রক্ষকদের দক্ষিণ এশীয় নেটওয়ার্ক।');

INSERT INTO content_item (kind, state, network_acronym, network_region, published_at, created_at, updated_at) VALUES ('NETWORK_PAGE', 'PUBLISHED', 'SAFHR', 'South Asia', NOW() - INTERVAL 294 DAY, NOW(), NOW());
SET @id = LAST_INSERT_ID();
INSERT INTO content_translation (item_id, language, title, slug, summary) VALUES
 (@id, 'en', 'South Asia Forum for Human Rights (SAFHR)', 'safhr', 'A regional forum on peace and human rights in South Asia.'),
 (@id, 'bn', 'সাউথ এশিয়া ফোরাম ফর হিউম্যান রাইটস (এসএএফএইচআর)', 'এসএএফএইচআর', 'দক্ষিণ এশিয়ায় শান্তি ও মানবাধিকার বিষয়ক আঞ্চলিক ফোরাম।');

INSERT INTO content_item (kind, state, network_acronym, network_region, published_at, created_at, updated_at) VALUES ('NETWORK_PAGE', 'PUBLISHED', 'WLUML', 'Global', NOW() - INTERVAL 293 DAY, NOW(), NOW());
SET @id = LAST_INSERT_ID();
INSERT INTO content_translation (item_id, language, title, slug, summary) VALUES
 (@id, 'en', 'Women Living Under Muslim Laws (WLUML)', 'wluml', 'An international solidarity network for women''s rights.'),
 (@id, 'bn', 'উইমেন লিভিং আন্ডার মুসলিম লজ (ডব্লিউএলইউএমএল)', 'ডব্লিউএলইউএমএল', 'নারী অধিকারের জন্য একটি আন্তর্জাতিক সংহতি নেটওয়ার্ক।');

INSERT INTO content_item (kind, state, network_acronym, network_region, published_at, created_at, updated_at) VALUES ('NETWORK_PAGE', 'PUBLISHED', 'We Can', 'South Asia', NOW() - INTERVAL 292 DAY, NOW(), NOW());
SET @id = LAST_INSERT_ID();
INSERT INTO content_translation (item_id, language, title, slug, summary) VALUES
 (@id, 'en', 'We Can End Violence against Women', 'we-can', 'A campaign that asks every person to change attitudes that excuse violence against women.'),
 (@id, 'bn', 'উই ক্যান: নারীর প্রতি সহিংসতা বন্ধ করি', 'উই-ক্যান', 'নারীর প্রতি সহিংসতাকে প্রশ্রয় দেয় এমন মনোভাব বদলানোর প্রচারাভিযান।');

-- Press statements
INSERT INTO content_item (kind, state, published_at, created_at, updated_at) VALUES ('PRESS_STATEMENT', 'PUBLISHED', NOW() - INTERVAL 2 DAY, NOW(), NOW());
SET @id = LAST_INSERT_ID();
INSERT INTO content_translation (item_id, language, title, slug, summary, body) VALUES
 (@id, 'en', 'Sixteen days of activism: end violence against women and girls now', 'sixteen-days-of-activism-2026',
  'On the International Day for the Elimination of Violence against Women we call for swift justice and survivor support in every district.',
  '<p>The organisation joins the sixteen days of activism from 25 November to 10 December. Survivors still wait years for justice. We urge the government to fund legal aid, protect witnesses and train police and judges.</p><p>Press contact: media@example.org</p>'),
 (@id, 'bn', 'ষোল দিনের সক্রিয়তা: এখনই নারী ও কন্যাশিশুর প্রতি সহিংসতা বন্ধ করুন', 'ষোল-দিনের-সক্রিয়তা-২০২৬',
  'নারীর প্রতি সহিংসতা নির্মূল দিবসে আমরা প্রতিটি জেলায় দ্রুত বিচার ও ভুক্তভোগীর সহায়তা দাবি করছি।',
  '<p>২৫ নভেম্বর থেকে ১০ ডিসেম্বর পর্যন্ত ষোল দিনের সক্রিয়তায় সংগঠনটি যুক্ত হচ্ছে। ভুক্তভোগীরা এখনো বছরের পর বছর বিচারের অপেক্ষায় থাকেন।</p>');

INSERT INTO content_item (kind, state, published_at, created_at, updated_at) VALUES ('PRESS_STATEMENT', 'PUBLISHED', NOW() - INTERVAL 12 DAY, NOW(), NOW());
SET @id = LAST_INSERT_ID();
INSERT INTO content_translation (item_id, language, title, slug, summary, body) VALUES
 (@id, 'en', 'Independent inquiry needed into death in custody', 'inquiry-into-death-in-custody',
  'We demand an independent, time-bound investigation and protection for the family who have come forward.',
  '<p>A man died in police custody last week. The organisation calls for an inquiry independent of the police, a public report and protection for the family and witnesses.</p>'),
 (@id, 'bn', 'হেফাজতে মৃত্যুর স্বাধীন তদন্ত চাই', 'হেফাজতে-মৃত্যুর-স্বাধীন-তদন্ত',
  'আমরা স্বাধীন ও সময়াবদ্ধ তদন্ত এবং এগিয়ে আসা পরিবারটির সুরক্ষা দাবি করছি।',
  '<p>গত সপ্তাহে পুলিশ হেফাজতে একজন মানুষের মৃত্যু হয়েছে। পুলিশের বাইরে স্বাধীন তদন্ত এবং পরিবার ও সাক্ষীদের সুরক্ষা দাবি করছে সংগঠনটি।</p>');

INSERT INTO content_item (kind, state, published_at, created_at, updated_at) VALUES ('PRESS_STATEMENT', 'PUBLISHED', NOW() - INTERVAL 30 DAY, NOW(), NOW());
SET @id = LAST_INSERT_ID();
INSERT INTO content_translation (item_id, language, title, slug, summary, body) VALUES
 (@id, 'en', 'Protect journalists who report on human-rights abuses', 'protect-journalists',
  'Attacks on reporters in two districts must be investigated and those responsible brought to justice.',
  '<p>Reporters covering land disputes were assaulted this month. A free press is part of the human-rights movement; we ask the authorities to act.</p>');

INSERT INTO content_item (kind, state, created_at, updated_at) VALUES ('PRESS_STATEMENT', 'DRAFT', NOW(), NOW());
SET @id = LAST_INSERT_ID();
INSERT INTO content_translation (item_id, language, title, slug, summary, body) VALUES
 (@id, 'en', 'Draft: statement on the new cyber security rules', 'draft-cyber-security-rules',
  'Not yet reviewed: this draft must never appear on the public site.', '<p>Draft text.</p>');

-- Editorial
INSERT INTO content_item (kind, state, published_at, created_at, updated_at) VALUES ('EDITORIAL', 'PUBLISHED', NOW() - INTERVAL 20 DAY, NOW(), NOW());
SET @id = LAST_INSERT_ID();
INSERT INTO content_translation (item_id, language, title, slug, summary, body) VALUES
 (@id, 'en', 'Why village arbitration must respect the law', 'village-arbitration-and-the-law',
  'Salish can settle disputes close to home, but only when it follows legal standards and women have a voice.',
  '<p>Community groups who observe salish sessions report fines and punishments no court would allow. Training for arbitrators and monitoring by local rights groups make the difference.</p>'),
 (@id, 'bn', 'গ্রাম্য সালিশকে কেন আইন মানতে হবে', 'গ্রাম্য-সালিশ-ও-আইন',
  'সালিশ ঘরের কাছেই বিরোধ মেটাতে পারে, তবে কেবল তখনই, যখন তা আইনি মানদণ্ড মানে এবং নারীরা কথা বলার সুযোগ পান।',
  '<p>সালিশ পর্যবেক্ষণকারী সংগঠনগুলো এমন জরিমানা ও শাস্তির কথা জানায়, যা কোনো আদালত অনুমোদন করত না। সালিশকারীদের প্রশিক্ষণ ও স্থানীয় মানবাধিকার সংগঠনের নজরদারি পরিস্থিতি বদলাতে পারে।</p>');

-- An editorial written in Bangla only
INSERT INTO content_item (kind, state, published_at, created_at, updated_at) VALUES ('EDITORIAL', 'PUBLISHED', NOW() - INTERVAL 5 DAY, NOW(), NOW());
SET @id = LAST_INSERT_ID();
INSERT INTO content_translation (item_id, language, title, slug, summary, body) VALUES
 (@id, 'bn', 'মতপ্রকাশের স্বাধীনতা ও নতুন সাইবার আইন', 'মতপ্রকাশের-স্বাধীনতা-ও-সাইবার-আইন',
  'নতুন আইনের অস্পষ্ট ধারাগুলো সাংবাদিক ও মানবাধিকারকর্মীদের বিরুদ্ধে ব্যবহারের ঝুঁকি তৈরি করে।',
  '<p>আইনের ভাষা স্পষ্ট না হলে যেকোনো সমালোচনাকে অপরাধ বলে গণ্য করা সম্ভব। আমরা ধারাগুলো আন্তর্জাতিক মানবাধিকার মানদণ্ড অনুযায়ী সংশোধনের আহ্বান জানাই।</p>');

-- A report with its PDF (DemoContent stores the file in the media library and sets @report_pdf_*)
INSERT INTO media_file (storage_key, original_name, content_type, size_bytes, sha256, uploaded_at) VALUES
 (@report_pdf_key, 'annual-report-2025.pdf', 'application/pdf', @report_pdf_size, @report_pdf_sha256, NOW());
SET @pdf = LAST_INSERT_ID();
INSERT INTO content_item (kind, state, publication_date, report_file_id, published_at, created_at, updated_at) VALUES ('REPORT', 'PUBLISHED', CURDATE() - INTERVAL 60 DAY, @pdf, NOW() - INTERVAL 60 DAY, NOW(), NOW());
SET @id = LAST_INSERT_ID();
INSERT INTO content_translation (item_id, language, title, slug, summary, body) VALUES
 (@id, 'en', 'Human rights in Bangladesh 2025: annual report', 'human-rights-in-bangladesh-2025',
  'Our yearly account of violations documented by the unit, from extrajudicial killings to violence against women.',
  '<p>The report draws on cases documented by our monitors and on verified media reports. Download the full report below.</p>'),
 (@id, 'bn', 'বাংলাদেশের মানবাধিকার ২০২৫: বার্ষিক প্রতিবেদন', 'বাংলাদেশের-মানবাধিকার-২০২৫',
  'বিচারবহির্ভূত হত্যা থেকে নারীর প্রতি সহিংসতা পর্যন্ত আমাদের নথিভুক্ত লঙ্ঘনের বার্ষিক বিবরণ।',
  '<p>প্রতিবেদনটি আমাদের পর্যবেক্ষকদের নথিভুক্ত ঘটনা ও যাচাই করা সংবাদের ভিত্তিতে তৈরি। পূর্ণ প্রতিবেদন নিচে থেকে নামিয়ে নিন।</p>');

-- Event reports
INSERT INTO content_item (kind, state, event_type, event_date, venue, district, published_at, created_at, updated_at) VALUES ('EVENT_REPORT', 'PUBLISHED', 'JOURNALIST_WORKSHOP', CURDATE() - INTERVAL 8 DAY, 'District press club', 'Kushtia', NOW() - INTERVAL 7 DAY, NOW(), NOW());
SET @id = LAST_INSERT_ID();
INSERT INTO content_translation (item_id, language, title, slug, summary, body) VALUES
 (@id, 'en', 'Workshop for journalists on reporting child domestic work', 'workshop-reporting-child-domestic-work',
  'Twenty-five local reporters discussed how to report on child domestic workers without exposing them to harm.',
  '<p>The workshop covered the law on child labour, consent and identity protection, and how to follow a case after the first report.</p>'),
 (@id, 'bn', 'শিশু গৃহকর্মী বিষয়ে প্রতিবেদন নিয়ে সাংবাদিকদের কর্মশালা', 'শিশু-গৃহকর্মী-প্রতিবেদন-কর্মশালা',
  'পঁচিশজন স্থানীয় সাংবাদিক শিশু গৃহকর্মীদের ক্ষতি না করে প্রতিবেদন করার উপায় নিয়ে আলোচনা করেন।',
  '<p>কর্মশালায় শিশুশ্রম আইন, সম্মতি ও পরিচয় সুরক্ষা নিয়ে আলোচনা হয়।</p>');

INSERT INTO content_item (kind, state, event_type, event_date, venue, district, published_at, created_at, updated_at) VALUES ('EVENT_REPORT', 'PUBLISHED', 'STUDY_CIRCLE', CURDATE() - INTERVAL 15 DAY, 'Upazila community centre', 'Gaibandha', NOW() - INTERVAL 14 DAY, NOW(), NOW());
SET @id = LAST_INSERT_ID();
INSERT INTO content_translation (item_id, language, title, slug, summary, body) VALUES
 (@id, 'en', 'Study circle on the government legal aid fund', 'study-circle-legal-aid-fund',
  'Members of the lawyers'' forum and women''s groups learned how survivors can apply for state-funded legal aid.',
  '<p>Panel lawyers explained the application process and the committee''s duties. Participants agreed to refer cases together.</p>');

INSERT INTO content_item (kind, state, event_type, event_date, venue, district, published_at, created_at, updated_at) VALUES ('EVENT_REPORT', 'PUBLISHED', 'REPORT_LAUNCH', CURDATE() - INTERVAL 40 DAY, 'National press club', 'Dhaka', NOW() - INTERVAL 39 DAY, NOW(), NOW());
SET @id = LAST_INSERT_ID();
INSERT INTO content_translation (item_id, language, title, slug, summary, body) VALUES
 (@id, 'en', 'Press conference: our annual assessment of the National Human Rights Commission', 'nhrc-assessment-launch',
  'The unit presented its yearly review of how the Commission protected and promoted human rights.',
  '<p>The assessment looks at complaints handled, inquiries opened and recommendations followed up, and proposes reforms.</p>'),
 (@id, 'bn', 'সংবাদ সম্মেলন: জাতীয় মানবাধিকার কমিশনের বার্ষিক মূল্যায়ন', 'মানবাধিকার-কমিশন-মূল্যায়ন-প্রকাশ',
  'কমিশন কীভাবে মানবাধিকার সুরক্ষা ও উন্নয়নে কাজ করেছে, তার বার্ষিক পর্যালোচনা উপস্থাপন করা হয়।',
  '<p>মূল্যায়নে অভিযোগ নিষ্পত্তি, তদন্ত ও সুপারিশ বাস্তবায়নের চিত্র তুলে ধরা হয়।</p>');

-- Plain page
INSERT INTO content_item (kind, state, published_at, created_at, updated_at) VALUES ('PAGE', 'PUBLISHED', NOW() - INTERVAL 500 DAY, NOW(), NOW());
SET @id = LAST_INSERT_ID();
INSERT INTO content_translation (item_id, language, title, slug, summary, body) VALUES
 (@id, 'en', 'About us', 'about', 'A legal aid and human-rights organisation working in Bangladesh.',
  '<p>We give legal aid, monitor human-rights violations, advocate for law reform and work with communities in many districts. We hold UN ECOSOC consultative status.</p><p>Contact: info@example.org</p>'),
 (@id, 'bn', 'আমাদের সম্পর্কে', 'আমাদের-সম্পর্কে', 'বাংলাদেশে কর্মরত একটি আইনি সহায়তা ও মানবাধিকার সংগঠন।',
  '<p>আমরা আইনি সহায়তা দিই, মানবাধিকার লঙ্ঘন পর্যবেক্ষণ করি এবং আইন সংস্কারের পক্ষে কাজ করি।</p>');

-- An address of the site Barta replaced, still answered (see /admin/redirects; bench/site.sh measures it)
INSERT INTO redirect (source, target_item_id, target_language, origin, created_at)
SELECT '/index.php/en/news/112-sixteen-days-of-activism', item_id, 'en', 'EDITOR', NOW()
FROM content_translation WHERE language = 'en' AND slug = 'sixteen-days-of-activism-2026';
