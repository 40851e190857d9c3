import { STACK_TEMPLATES_VAR, removeStackTemplates } from './stack-templates';

/** The system suite's global teardown: the run's database templates go (PostgreSQL databases included). */
export default async function globalTeardown(): Promise<void> {
  const dir = process.env[STACK_TEMPLATES_VAR];
  if (dir) await removeStackTemplates(dir);
}
