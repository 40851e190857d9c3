/**
 * Write the event catalogue (docs/events.md, docs/asyncapi.json), the enterprise-profile JSON Schema and the
 * JetStream declarations (deploy/nats/jetstream.json) and the NATS users with their permissions
 * (deploy/nats/accounts.conf, with deploy/nats/bureaus.json) from libs/contracts. `--check` exits 1 when stale.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { buildCatalogueFiles } from '@ladder/contracts/catalogue';
import type { BureauConsumer } from '@ladder/contracts/catalogue';

const root = path.resolve(__dirname, '../..');
const check = process.argv.includes('--check');
let stale = 0;
// Other bureaus' consumers (hand-edited): their read-only NATS users go into deploy/nats/accounts.conf.
const bureaus = (JSON.parse(fs.readFileSync(path.join(root, 'deploy/nats/bureaus.json'), 'utf8')) as { consumers?: BureauConsumer[] }).consumers ?? [];
for (const [file, content] of Object.entries(buildCatalogueFiles(bureaus))) {
  const target = path.join(root, file);
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
  if (current === content) continue;
  stale++;
  if (check) console.error(`stale: ${file}`);
  else {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
    console.log(`wrote ${file}`);
  }
}
if (check && stale > 0) process.exit(1);
if (!check && stale === 0) console.log('catalogue up to date');
