-- OpenCode store of the demo home (token-tracker examples/README.md).
-- Build: examples/build-demo-store.sh (sqlite3 CLI) -> demo-home/.local/share/opencode/opencode.db
-- The tables follow OpenCode 1.17 (subset of the columns); token-tracker reads `message` only.
PRAGMA journal_mode = DELETE;
CREATE TABLE `session` (
  `id` text PRIMARY KEY,
  `project_id` text NOT NULL,
  `parent_id` text,
  `slug` text NOT NULL,
  `directory` text NOT NULL,
  `title` text NOT NULL,
  `version` text NOT NULL,
  `time_created` integer NOT NULL,
  `time_updated` integer NOT NULL
);
CREATE TABLE `message` (
  `id` text PRIMARY KEY,
  `session_id` text NOT NULL,
  `time_created` integer NOT NULL,
  `time_updated` integer NOT NULL,
  `data` text NOT NULL,
  CONSTRAINT `fk_message_session_id_session_id_fk` FOREIGN KEY (`session_id`) REFERENCES `session`(`id`) ON DELETE CASCADE
);
CREATE TABLE `part` (
  `id` text PRIMARY KEY,
  `message_id` text NOT NULL,
  `session_id` text NOT NULL,
  `time_created` integer NOT NULL,
  `time_updated` integer NOT NULL,
  `data` text NOT NULL,
  CONSTRAINT `fk_part_message_id_message_id_fk` FOREIGN KEY (`message_id`) REFERENCES `message`(`id`) ON DELETE CASCADE
);


-- 09-25: the first answer of this session is also in storage/message/ as an older, incomplete copy;
-- the store's copy wins.
INSERT INTO session VALUES ('ses_f26b260efffemz58RCaPw53ENj', 'global', NULL, 'swift-otter', '/home/alex/src/ledger-api', 'Audit log table', '1.17.9', 1790352138000, 1790353038000);
INSERT INTO message VALUES ('msg_0d94d9f10001WQfBfduKO99jpb', 'ses_f26b260efffemz58RCaPw53ENj', 1790352138000, 1790352138000,
  '{"role":"user","time":{"created":1790352138000},"summary":{"title":"Audit log table","diffs":[]},"agent":"build","model":{"providerID":"anthropic","modelID":"claude-sonnet-4-5"}}');
INSERT INTO message VALUES ('msg_0d94da5d8002IcAC3SXK6znZwD', 'ses_f26b260efffemz58RCaPw53ENj', 1790352139736, 1790352148616,
  '{"role":"assistant","time":{"created":1790352139736,"completed":1790352148616},"parentID":"msg_0d94d9f10001WQfBfduKO99jpb","modelID":"claude-sonnet-4-5","providerID":"anthropic","mode":"build","agent":"build","path":{"cwd":"/home/alex/src/ledger-api","root":"/home/alex/src/ledger-api"},"cost":0.04903425,"tokens":{"total":11691,"input":6,"output":462,"reasoning":0,"cache":{"write":11223,"read":0}},"finish":"tool-calls"}');
INSERT INTO part VALUES ('prt_0d94da5d8002TNozBIf53B5tLF', 'msg_0d94da5d8002IcAC3SXK6znZwD', 'ses_f26b260efffemz58RCaPw53ENj', 1790352148616, 1790352148616, '{"reason":"tool-calls","type":"step-finish","tokens":{"total":11691,"input":6,"output":462,"reasoning":0,"cache":{"write":11223,"read":0}},"cost":0.04903425}');
INSERT INTO message VALUES ('msg_0d94dcd12003vgAF9cSlDVr3bi', 'ses_f26b260efffemz58RCaPw53ENj', 1790352149778, 1790352185981,
  '{"role":"assistant","time":{"created":1790352149778,"completed":1790352185981},"parentID":"msg_0d94d9f10001WQfBfduKO99jpb","modelID":"claude-sonnet-4-5","providerID":"anthropic","mode":"build","agent":"build","path":{"cwd":"/home/alex/src/ledger-api","root":"/home/alex/src/ledger-api"},"cost":0.0264942,"tokens":{"total":15162,"input":6,"output":745,"reasoning":0,"cache":{"write":3182,"read":11229}},"finish":"tool-calls"}');
INSERT INTO part VALUES ('prt_0d94dcd120036y5487PmLvAQZ0', 'msg_0d94dcd12003vgAF9cSlDVr3bi', 'ses_f26b260efffemz58RCaPw53ENj', 1790352185981, 1790352185981, '{"reason":"tool-calls","type":"step-finish","tokens":{"total":15162,"input":6,"output":745,"reasoning":0,"cache":{"write":3182,"read":11229}},"cost":0.0264942}');
INSERT INTO message VALUES ('msg_0d94e6264004bAPkwdQdToeIMi', 'ses_f26b260efffemz58RCaPw53ENj', 1790352188004, 1790352205103,
  '{"role":"assistant","time":{"created":1790352188004,"completed":1790352205103},"parentID":"msg_0d94d9f10001WQfBfduKO99jpb","modelID":"claude-sonnet-4-5","providerID":"anthropic","mode":"build","agent":"build","path":{"cwd":"/home/alex/src/ledger-api","root":"/home/alex/src/ledger-api"},"cost":0.02068935,"tokens":{"total":16649,"input":6,"output":711,"reasoning":0,"cache":{"write":1515,"read":14417}},"finish":"tool-calls"}');
INSERT INTO part VALUES ('prt_0d94e6264004rjxHeE7h3MiesZ', 'msg_0d94e6264004bAPkwdQdToeIMi', 'ses_f26b260efffemz58RCaPw53ENj', 1790352205103, 1790352205103, '{"reason":"tool-calls","type":"step-finish","tokens":{"total":16649,"input":6,"output":711,"reasoning":0,"cache":{"write":1515,"read":14417}},"cost":0.02068935}');
INSERT INTO message VALUES ('msg_0d94eb07c0051gDJugAkkvzvTK', 'ses_f26b260efffemz58RCaPw53ENj', 1790352207996, 1790352245956,
  '{"role":"assistant","time":{"created":1790352207996,"completed":1790352245956},"parentID":"msg_0d94d9f10001WQfBfduKO99jpb","modelID":"claude-sonnet-4-5","providerID":"anthropic","mode":"build","agent":"build","path":{"cwd":"/home/alex/src/ledger-api","root":"/home/alex/src/ledger-api"},"cost":0.03855315,"tokens":{"total":22095,"input":6,"output":950,"reasoning":0,"cache":{"write":5201,"read":15938}},"finish":"stop"}');
INSERT INTO part VALUES ('prt_0d94eb07c0059R6VH8HvFYQokP', 'msg_0d94eb07c0051gDJugAkkvzvTK', 'ses_f26b260efffemz58RCaPw53ENj', 1790352245956, 1790352245956, '{"reason":"stop","type":"step-finish","tokens":{"total":22095,"input":6,"output":950,"reasoning":0,"cache":{"write":5201,"read":15938}},"cost":0.03855315}');

-- 10-03: gpt-5 with an API key (cost recorded).
INSERT INTO session VALUES ('ses_efedc0797ffeHZYUVMdxJ3FPnp', 'global', NULL, 'swift-otter', '/home/alex/src/infra', 'Backup retention', '1.17.9', 1791020497000, 1791021397000);
INSERT INTO message VALUES ('msg_10123f868001P3o8xadpgsrUs6', 'ses_efedc0797ffeHZYUVMdxJ3FPnp', 1791020497000, 1791020497000,
  '{"role":"user","time":{"created":1791020497000},"summary":{"title":"Backup retention","diffs":[]},"agent":"build","model":{"providerID":"openai","modelID":"gpt-5"}}');
INSERT INTO message VALUES ('msg_1012404ee002q6JGC5VMQ5YdG4', 'ses_efedc0797ffeHZYUVMdxJ3FPnp', 1791020500206, 1791020537076,
  '{"role":"assistant","time":{"created":1791020500206,"completed":1791020537076},"parentID":"msg_10123f868001P3o8xadpgsrUs6","modelID":"gpt-5","providerID":"openai","mode":"build","agent":"build","path":{"cwd":"/home/alex/src/infra","root":"/home/alex/src/infra"},"cost":0.02904625,"tokens":{"total":12730,"input":11229,"output":1501,"reasoning":497,"cache":{"write":0,"read":0}},"finish":"tool-calls"}');
INSERT INTO part VALUES ('prt_1012404ee002R2a6h8PEO8XUdY', 'msg_1012404ee002q6JGC5VMQ5YdG4', 'ses_efedc0797ffeHZYUVMdxJ3FPnp', 1791020537076, 1791020537076, '{"reason":"tool-calls","type":"step-finish","tokens":{"total":12730,"input":11229,"output":1501,"reasoning":497,"cache":{"write":0,"read":0}},"cost":0.02904625}');
INSERT INTO message VALUES ('msg_101249ac1003oH2avaB9WgG3Al', 'ses_efedc0797ffeHZYUVMdxJ3FPnp', 1791020538561, 1791020557562,
  '{"role":"assistant","time":{"created":1791020538561,"completed":1791020557562},"parentID":"msg_10123f868001P3o8xadpgsrUs6","modelID":"gpt-5","providerID":"openai","mode":"build","agent":"build","path":{"cwd":"/home/alex/src/infra","root":"/home/alex/src/infra"},"cost":0.03434375,"tokens":{"total":16967,"input":3187,"output":2900,"reasoning":1984,"cache":{"write":0,"read":10880}},"finish":"tool-calls"}');
INSERT INTO part VALUES ('prt_101249ac1003a7Qq52SPZ1KUts', 'msg_101249ac1003oH2avaB9WgG3Al', 'ses_efedc0797ffeHZYUVMdxJ3FPnp', 1791020557562, 1791020557562, '{"reason":"tool-calls","type":"step-finish","tokens":{"total":16967,"input":3187,"output":2900,"reasoning":1984,"cache":{"write":0,"read":10880}},"cost":0.03434375}');
INSERT INTO message VALUES ('msg_10124ef92004oNSy20UDN630eY', 'ses_efedc0797ffeHZYUVMdxJ3FPnp', 1791020560274, 1791020571993,
  '{"role":"assistant","time":{"created":1791020560274,"completed":1791020571993},"parentID":"msg_10123f868001P3o8xadpgsrUs6","modelID":"gpt-5","providerID":"openai","mode":"build","agent":"build","path":{"cwd":"/home/alex/src/infra","root":"/home/alex/src/infra"},"cost":0.0249445,"tokens":{"total":18478,"input":2810,"output":1972,"reasoning":1805,"cache":{"write":0,"read":13696}},"finish":"stop"}');
INSERT INTO part VALUES ('prt_10124ef92004O2DItnBXhQ8lNX', 'msg_10124ef92004oNSy20UDN630eY', 'ses_efedc0797ffeHZYUVMdxJ3FPnp', 1791020571993, 1791020571993, '{"reason":"stop","type":"step-finish","tokens":{"total":18478,"input":2810,"output":1972,"reasoning":1805,"cache":{"write":0,"read":13696}},"cost":0.0249445}');
INSERT INTO message VALUES ('msg_1012b4d8b005FEXPR0BcLHI9TD', 'ses_efedc0797ffeHZYUVMdxJ3FPnp', 1791020977547, 1791020977547,
  '{"role":"user","time":{"created":1791020977547},"summary":{"title":"Backup retention","diffs":[]},"agent":"build","model":{"providerID":"openai","modelID":"gpt-5"}}');
INSERT INTO message VALUES ('msg_1012b51c6006sw8XWbZvhhAJO6', 'ses_efedc0797ffeHZYUVMdxJ3FPnp', 1791020978630, 1791020984772,
  '{"role":"assistant","time":{"created":1791020978630,"completed":1791020984772},"parentID":"msg_1012b4d8b005FEXPR0BcLHI9TD","modelID":"gpt-5","providerID":"openai","mode":"build","agent":"build","path":{"cwd":"/home/alex/src/infra","root":"/home/alex/src/infra"},"cost":0.0321435,"tokens":{"total":23458,"input":4934,"output":2396,"reasoning":2076,"cache":{"write":0,"read":16128}},"finish":"tool-calls"}');
INSERT INTO part VALUES ('prt_1012b51c6006meTYpGorGFi0uf', 'msg_1012b51c6006sw8XWbZvhhAJO6', 'ses_efedc0797ffeHZYUVMdxJ3FPnp', 1791020984772, 1791020984772, '{"reason":"tool-calls","type":"step-finish","tokens":{"total":23458,"input":4934,"output":2396,"reasoning":2076,"cache":{"write":0,"read":16128}},"cost":0.0321435}');
INSERT INTO message VALUES ('msg_1012b6e4b007aSir3o41JL6MMs', 'ses_efedc0797ffeHZYUVMdxJ3FPnp', 1791020985931, 1791021016169,
  '{"role":"assistant","time":{"created":1791020985931,"completed":1791021016169},"parentID":"msg_1012b4d8b005FEXPR0BcLHI9TD","modelID":"gpt-5","providerID":"openai","mode":"build","agent":"build","path":{"cwd":"/home/alex/src/infra","root":"/home/alex/src/infra"},"cost":0.027022,"tokens":{"total":25293,"input":2416,"output":2141,"reasoning":1819,"cache":{"write":0,"read":20736}},"finish":"stop"}');
INSERT INTO part VALUES ('prt_1012b6e4b007MXobJGEJ3C2v5H', 'msg_1012b6e4b007aSir3o41JL6MMs', 'ses_efedc0797ffeHZYUVMdxJ3FPnp', 1791021016169, 1791021016169, '{"reason":"stop","type":"step-finish","tokens":{"total":25293,"input":2416,"output":2141,"reasoning":1819,"cache":{"write":0,"read":20736}},"cost":0.027022}');

-- 10-10: claude-sonnet-4-5.
INSERT INTO session VALUES ('ses_ed9d4760fffeRtHLAsq8LXySd2', 'global', NULL, 'calm-river', '/home/alex/src/ledger-web', 'Settings page', '1.17.9', 1791641750000, 1791642650000);
INSERT INTO message VALUES ('msg_1262b89f0001bcYAhF4BfG1UHq', 'ses_ed9d4760fffeRtHLAsq8LXySd2', 1791641750000, 1791641750000,
  '{"role":"user","time":{"created":1791641750000},"summary":{"title":"Settings page","diffs":[]},"agent":"build","model":{"providerID":"anthropic","modelID":"claude-sonnet-4-5"}}');
INSERT INTO message VALUES ('msg_1262b9643002A7OkxvFjPdz9Ko', 'ses_ed9d4760fffeRtHLAsq8LXySd2', 1791641753155, 1791641761616,
  '{"role":"assistant","time":{"created":1791641753155,"completed":1791641761616},"parentID":"msg_1262b89f0001bcYAhF4BfG1UHq","modelID":"claude-sonnet-4-5","providerID":"anthropic","mode":"build","agent":"build","path":{"cwd":"/home/alex/src/ledger-web","root":"/home/alex/src/ledger-web"},"cost":0.04906425,"tokens":{"total":11693,"input":6,"output":464,"reasoning":0,"cache":{"write":11223,"read":0}},"finish":"tool-calls"}');
INSERT INTO part VALUES ('prt_1262b9643002Kq228fZaLCnpvA', 'msg_1262b9643002A7OkxvFjPdz9Ko', 'ses_ed9d4760fffeRtHLAsq8LXySd2', 1791641761616, 1791641761616, '{"reason":"tool-calls","type":"step-finish","tokens":{"total":11693,"input":6,"output":464,"reasoning":0,"cache":{"write":11223,"read":0}},"cost":0.04906425}');
INSERT INTO message VALUES ('msg_1262bbd8e0033ScHjtr0rpF7p6', 'ses_ed9d4760fffeRtHLAsq8LXySd2', 1791641763214, 1791641798410,
  '{"role":"assistant","time":{"created":1791641763214,"completed":1791641798410},"parentID":"msg_1262b89f0001bcYAhF4BfG1UHq","modelID":"claude-sonnet-4-5","providerID":"anthropic","mode":"build","agent":"build","path":{"cwd":"/home/alex/src/ledger-web","root":"/home/alex/src/ledger-web"},"cost":0.0232992,"tokens":{"total":16074,"input":6,"output":157,"reasoning":0,"cache":{"write":4682,"read":11229}},"finish":"tool-calls"}');
INSERT INTO part VALUES ('prt_1262bbd8e003HyuHN1StS0AGlq', 'msg_1262bbd8e0033ScHjtr0rpF7p6', 'ses_ed9d4760fffeRtHLAsq8LXySd2', 1791641798410, 1791641798410, '{"reason":"tool-calls","type":"step-finish","tokens":{"total":16074,"input":6,"output":157,"reasoning":0,"cache":{"write":4682,"read":11229}},"cost":0.0232992}');
INSERT INTO message VALUES ('msg_1262c54780049046R6JQ9xQBQL', 'ses_ed9d4760fffeRtHLAsq8LXySd2', 1791641801848, 1791641820980,
  '{"role":"assistant","time":{"created":1791641801848,"completed":1791641820980},"parentID":"msg_1262b89f0001bcYAhF4BfG1UHq","modelID":"claude-sonnet-4-5","providerID":"anthropic","mode":"build","agent":"build","path":{"cwd":"/home/alex/src/ledger-web","root":"/home/alex/src/ledger-web"},"cost":0.0214281,"tokens":{"total":18736,"input":6,"output":541,"reasoning":0,"cache":{"write":2272,"read":15917}},"finish":"tool-calls"}');
INSERT INTO part VALUES ('prt_1262c54780048T70RgqzJliJX2', 'msg_1262c54780049046R6JQ9xQBQL', 'ses_ed9d4760fffeRtHLAsq8LXySd2', 1791641820980, 1791641820980, '{"reason":"tool-calls","type":"step-finish","tokens":{"total":18736,"input":6,"output":541,"reasoning":0,"cache":{"write":2272,"read":15917}},"cost":0.0214281}');
INSERT INTO message VALUES ('msg_1262caa1b005rPStLCY4Pv17Vo', 'ses_ed9d4760fffeRtHLAsq8LXySd2', 1791641823771, 1791641863660,
  '{"role":"assistant","time":{"created":1791641823771,"completed":1791641863660},"parentID":"msg_1262b89f0001bcYAhF4BfG1UHq","modelID":"claude-sonnet-4-5","providerID":"anthropic","mode":"build","agent":"build","path":{"cwd":"/home/alex/src/ledger-web","root":"/home/alex/src/ledger-web"},"cost":0.03762525,"tokens":{"total":24215,"input":6,"output":853,"reasoning":0,"cache":{"write":5161,"read":18195}},"finish":"stop"}');
INSERT INTO part VALUES ('prt_1262caa1b005KD1gkTIGwCJZ91', 'msg_1262caa1b005rPStLCY4Pv17Vo', 'ses_ed9d4760fffeRtHLAsq8LXySd2', 1791641863660, 1791641863660, '{"reason":"stop","type":"step-finish","tokens":{"total":24215,"input":6,"output":853,"reasoning":0,"cache":{"write":5161,"read":18195}},"cost":0.03762525}');
INSERT INTO message VALUES ('msg_1262e6ad6006j17NmmwlT88Kis', 'ses_ed9d4760fffeRtHLAsq8LXySd2', 1791641938646, 1791641938646,
  '{"role":"user","time":{"created":1791641938646},"summary":{"title":"Settings page","diffs":[]},"agent":"build","model":{"providerID":"anthropic","modelID":"claude-sonnet-4-5"}}');
INSERT INTO message VALUES ('msg_1262e714c007h4NWZXCfTzbnXJ', 'ses_ed9d4760fffeRtHLAsq8LXySd2', 1791641940300, 1791641951131,
  '{"role":"assistant","time":{"created":1791641940300,"completed":1791641951131},"parentID":"msg_1262e6ad6006j17NmmwlT88Kis","modelID":"claude-sonnet-4-5","providerID":"anthropic","mode":"build","agent":"build","path":{"cwd":"/home/alex/src/ledger-web","root":"/home/alex/src/ledger-web"},"cost":0.0273816,"tokens":{"total":27968,"input":6,"output":276,"reasoning":0,"cache":{"write":4324,"read":23362}},"finish":"tool-calls"}');
INSERT INTO part VALUES ('prt_1262e714c007RqJ2Ms6AjamIcF', 'msg_1262e714c007h4NWZXCfTzbnXJ', 'ses_ed9d4760fffeRtHLAsq8LXySd2', 1791641951131, 1791641951131, '{"reason":"tool-calls","type":"step-finish","tokens":{"total":27968,"input":6,"output":276,"reasoning":0,"cache":{"write":4324,"read":23362}},"cost":0.0273816}');
INSERT INTO message VALUES ('msg_1262ea86000835crg6UrWVp6S2', 'ses_ed9d4760fffeRtHLAsq8LXySd2', 1791641954400, 1791641992554,
  '{"role":"assistant","time":{"created":1791641954400,"completed":1791641992554},"parentID":"msg_1262e6ad6006j17NmmwlT88Kis","modelID":"claude-sonnet-4-5","providerID":"anthropic","mode":"build","agent":"build","path":{"cwd":"/home/alex/src/ledger-web","root":"/home/alex/src/ledger-web"},"cost":0.02040435,"tokens":{"total":30532,"input":6,"output":129,"reasoning":0,"cache":{"write":2705,"read":27692}},"finish":"tool-calls"}');
INSERT INTO part VALUES ('prt_1262ea8600083sy4cLiOxCPUru', 'msg_1262ea86000835crg6UrWVp6S2', 'ses_ed9d4760fffeRtHLAsq8LXySd2', 1791641992554, 1791641992554, '{"reason":"tool-calls","type":"step-finish","tokens":{"total":30532,"input":6,"output":129,"reasoning":0,"cache":{"write":2705,"read":27692}},"cost":0.02040435}');
INSERT INTO message VALUES ('msg_1262f4633009J5i4jPkcduOaTL', 'ses_ed9d4760fffeRtHLAsq8LXySd2', 1791641994803, 1791642021845,
  '{"role":"assistant","time":{"created":1791641994803,"completed":1791642021845},"parentID":"msg_1262e6ad6006j17NmmwlT88Kis","modelID":"claude-sonnet-4-5","providerID":"anthropic","mode":"build","agent":"build","path":{"cwd":"/home/alex/src/ledger-web","root":"/home/alex/src/ledger-web"},"cost":0.02526015,"tokens":{"total":31975,"input":6,"output":911,"reasoning":0,"cache":{"write":655,"read":30403}},"finish":"stop"}');
INSERT INTO part VALUES ('prt_1262f4633009PhJBJ9282nvL62', 'msg_1262f4633009J5i4jPkcduOaTL', 'ses_ed9d4760fffeRtHLAsq8LXySd2', 1791642021845, 1791642021845, '{"reason":"stop","type":"step-finish","tokens":{"total":31975,"input":6,"output":911,"reasoning":0,"cache":{"write":655,"read":30403}},"cost":0.02526015}');
