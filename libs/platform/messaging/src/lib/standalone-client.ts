import { connect } from 'nats';

import { MessagingClient } from './messaging.client';
import { CONNECTION_OPTIONS } from './messaging.module';
import { natsServerOptions } from './nats-connection';

/** A typed request/reply client outside a Nest application (tools, tests, benchmarks); `close()` ends its connection. */
export function createStandaloneClient(natsUrl: string, name: string, rpcTimeoutMs = 30_000): MessagingClient {
  const connection = connect({ ...natsServerOptions(natsUrl), name, ...CONNECTION_OPTIONS });
  return new MessagingClient(connection, { service: name, natsUrl, rpcTimeoutMs }, true);
}
