import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { HealthPingRequest } from '@ladder/contracts';
import type { HealthPingResponse } from '@ladder/contracts';
import { SERVICE_VERSION } from '@ladder/platform-config';
import { OutboxRelay } from '@ladder/platform-messaging';

const STARTED_AT = new Date().toISOString();

@Controller()
export class HealthMessageController {
  constructor(private readonly relay: OutboxRelay) {}

  @MessagePattern('subsidies.health.ping')
  async ping(@Payload() _req: HealthPingRequest): Promise<HealthPingResponse> {
    let database: 'ok' | 'down' = 'ok';
    let backlog = -1;
    try {
      backlog = await this.relay.backlog();
    } catch {
      database = 'down';
    }
    return { service: 'subsidies', status: database === 'ok' ? 'ok' : 'degraded', database, outboxBacklog: backlog, version: SERVICE_VERSION, startedAt: STARTED_AT };
  }
}
