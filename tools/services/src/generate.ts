/**
 * Write every file derived from the service list (`tools/stack/services.json`, deploy manifests, the Nx
 * dependencies of the system tests and benches): `npm run services:generate`. `--check` exits 1 when one is stale.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { SERVICE_LIST } from '@ladder/contracts';

import { derivedFiles } from './manifests';

const root = path.resolve(__dirname, '../../..');
const check = process.argv.includes('--check');
const read = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8');
let stale = 0;
for (const [file, content] of Object.entries(derivedFiles(SERVICE_LIST, read))) {
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
if (check && stale > 0) {
  console.error('run `npm run services:generate`');
  process.exit(1);
}
if (!check && stale === 0) console.log('derived files up to date');
