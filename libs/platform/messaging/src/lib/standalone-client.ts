import { ClientProxyFactory, Transport } from '@nestjs/microservices';
import { MessagingClient } from './messaging.client';

/** A typed request/reply client outside a Nest application (tools, tests, benchmarks). */
export function createStandaloneClient(natsUrl: string, name: string, rpcTimeoutMs = 30_000): MessagingClient {
  const proxy = ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: [natsUrl], name } });
  return new MessagingClient(proxy, { service: name, natsUrl, rpcTimeoutMs });
}
