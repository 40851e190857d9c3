import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { STACK_TEMPLATES_VAR } from './stack-templates';

/** The system suite's global setup: a directory where the stacks keep their database templates for this run. */
export default function globalSetup(): void {
  process.env[STACK_TEMPLATES_VAR] = fs.mkdtempSync(path.join(os.tmpdir(), 'ladder-stack-templates-'));
}
