import * as fs from 'node:fs';

import { connect, credsAuthenticator } from 'nats';
import type { NatsConnection } from 'nats';

/**
 * A connection for a bureau's tool: NATS_URL (default nats://127.0.0.1:4222), and the bureau's account by
 * NATS_CREDS (a .creds file) or NATS_USER / NATS_PASSWORD. A bureau's user may receive replies only under its own
 * inbox prefix (deploy/nats/accounts.conf): `_INBOX_<NATS_USER>` unless NATS_INBOX_PREFIX says otherwise.
 */
export async function connectFromEnv(name: string, env: NodeJS.ProcessEnv = process.env): Promise<NatsConnection> {
  const creds = env['NATS_CREDS'];
  const inboxPrefix = env['NATS_INBOX_PREFIX'] ?? (env['NATS_USER'] ? `_INBOX_${env['NATS_USER']}` : undefined);
  return connect({
    servers: (env['NATS_URL'] ?? 'nats://127.0.0.1:4222').split(','),
    name,
    ...(creds ? { authenticator: credsAuthenticator(fs.readFileSync(creds)) } : {}),
    ...(env['NATS_USER'] ? { user: env['NATS_USER'], pass: env['NATS_PASSWORD'] ?? '' } : {}),
    ...(inboxPrefix ? { inboxPrefix } : {}),
  });
}
