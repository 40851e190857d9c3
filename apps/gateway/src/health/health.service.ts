import { Inject, Injectable } from '@nestjs/common';
import { healthSubject } from '@ladder/contracts';
import type { HealthPingResponse, ServiceName } from '@ladder/contracts';
import { MessagingClient, NATS_CONNECTION } from '@ladder/platform-messaging';
import type { NatsConnection } from 'nats';

import { GatewayEnv } from '../config/gateway.env';
import { GATEWAY_ENV } from '../gateway.tokens';

export interface ServiceHealth {
  /** `up`; `degraded` when the service answers but its database does not; `down` when it does not answer. */
  status: 'up' | 'degraded' | 'down';
  latencyMs: number | null;
  outboxBacklog: number | null;
  error?: string;
}

export interface NatsHealth {
  status: 'up' | 'down';
  rttMs: number | null;
}

export interface HealthReport {
  status: 'ok' | 'degraded';
  /** The parts that are not up: `nats` and/or service names. */
  degraded: string[];
  nats: NatsHealth;
  services: Record<string, ServiceHealth>;
  gateway: { status: 'up' };
}

/** A service or NATS that has not answered within this long counts as down (the report stays under 1 s). */
export const PROBE_TIMEOUT_MS = 800;

/** Rejects when `promise` has not settled within `ms`. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** How the probes reach NATS and the services (the real ones, or fakes in tests). */
export interface HealthProbes {
  natsRtt(): Promise<number>;
  ping(service: ServiceName, timeoutMs: number): Promise<HealthPingResponse>;
}

/** NATS and every configured service, probed in parallel, each bounded by PROBE_TIMEOUT_MS. */
export async function checkHealth(probes: HealthProbes, services: readonly ServiceName[], timeoutMs = PROBE_TIMEOUT_MS): Promise<HealthReport> {
  const natsProbe = within(probes.natsRtt(), timeoutMs, 'nats').then(
    (rttMs): NatsHealth => ({ status: 'up', rttMs }),
    (): NatsHealth => ({ status: 'down', rttMs: null }),
  );
  const serviceProbes = services.map(async (name): Promise<[string, ServiceHealth]> => {
    const started = Date.now();
    try {
      const pong = await within(probes.ping(name, timeoutMs), timeoutMs, name);
      const status = pong.status === 'ok' ? 'up' : 'degraded';
      return [name, { status, latencyMs: Date.now() - started, outboxBacklog: pong.outboxBacklog }];
    } catch (error) {
      return [name, { status: 'down', latencyMs: null, outboxBacklog: null, error: String((error as Error)?.message ?? error) }];
    }
  });
  const [nats, ...answers] = await Promise.all([natsProbe, ...serviceProbes]);
  const degraded = [...(nats.status === 'up' ? [] : ['nats']), ...answers.filter(([, h]) => h.status !== 'up').map(([name]) => name)];
  return { status: degraded.length === 0 ? 'ok' : 'degraded', degraded, nats, services: Object.fromEntries(answers), gateway: { status: 'up' } };
}

@Injectable()
export class HealthService implements HealthProbes {
  constructor(
    private readonly messaging: MessagingClient,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
  ) {}

  natsRtt(): Promise<number> {
    return this.nc.isClosed() ? Promise.reject(new Error('nats connection closed')) : this.nc.rtt();
  }

  ping(service: ServiceName, timeoutMs: number): Promise<HealthPingResponse> {
    return this.messaging.request(healthSubject(service), { from: 'gateway' }, { timeoutMs });
  }

  report(): Promise<HealthReport> {
    return checkHealth(this, this.env.GATEWAY_SERVICES);
  }
}
