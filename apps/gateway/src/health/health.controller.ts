import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { healthSubject } from '@ladder/contracts';
import type { ServiceName } from '@ladder/contracts';
import { NATS_CONNECTION, MessagingClient } from '@ladder/platform-messaging';
import type { NatsConnection } from 'nats';
import type { FastifyReply } from 'fastify';

import { Public } from '../auth/auth.decorators';
import { GatewayEnv } from '../config/gateway.env';
import { GATEWAY_ENV } from '../gateway.tokens';

interface ServiceHealth {
  status: 'up' | 'down';
  latencyMs: number | null;
  outboxBacklog: number | null;
  error?: string;
}

/** `GET /api/health`: NATS and every configured service (200 when all are up, 503 otherwise). */
@ApiTags('health 系统状态')
@Controller('health')
export class HealthController {
  private readonly services: readonly ServiceName[];

  constructor(
    private readonly messaging: MessagingClient,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(GATEWAY_ENV) env: GatewayEnv,
  ) {
    this.services = env.GATEWAY_SERVICES;
  }

  @Public()
  @Get()
  async health(@Res() reply: FastifyReply): Promise<void> {
    let nats: { status: 'up' | 'down'; rttMs: number | null } = { status: 'down', rttMs: null };
    if (!this.nc.isClosed()) {
      try {
        nats = { status: 'up', rttMs: await this.nc.rtt() };
      } catch {
        nats = { status: 'down', rttMs: null };
      }
    }
    const services: Record<string, ServiceHealth> = {};
    await Promise.all(
      this.services.map(async (name) => {
        const started = Date.now();
        try {
          const pong = await this.messaging.request(healthSubject(name), { from: 'gateway' }, { timeoutMs: 2_000 });
          services[name] = { status: pong.status === 'ok' ? 'up' : 'down', latencyMs: Date.now() - started, outboxBacklog: pong.outboxBacklog };
        } catch (error) {
          services[name] = { status: 'down', latencyMs: null, outboxBacklog: null, error: String((error as Error).message ?? error) };
        }
      }),
    );
    const ok = nats.status === 'up' && Object.values(services).every((s) => s.status === 'up');
    await reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', nats, services, gateway: { status: 'up' } });
  }
}
