/**
 * Write the event catalogue (docs/events.md, docs/asyncapi.json), the enterprise-profile JSON Schema and the
 * JetStream declarations (deploy/nats/jetstream.json) from libs/contracts. `--check` exits 1 when stale.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { buildCatalogueFiles } from '@ladder/contracts/catalogue';

const root = path.resolve(__dirname, '../..');
const check = process.argv.includes('--check');
let stale = 0;
for (const [file, content] of Object.entries(buildCatalogueFiles())) {
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
