import { Controller } from '@nestjs/common';
import type { Type } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { HealthPingRequest, healthSubject } from '@ladder/contracts';
import type { HealthPingResponse, ServiceName } from '@ladder/contracts';
import { SERVICE_VERSION } from '@ladder/platform-config';

import { OutboxRelay } from './outbox-relay';

/**
 * The `<service>.health.ping` responder every service mounts: up, and whether its database answers (the outbox
 * backlog is read from it; -1 when it does not).
 */
export function createHealthController(service: ServiceName): Type<unknown> {
  const startedAt = new Date().toISOString();

  @Controller()
  class HealthMessageController {
    constructor(private readonly relay: OutboxRelay) {}

    @MessagePattern(healthSubject(service))
    async ping(@Payload() _req: HealthPingRequest): Promise<HealthPingResponse> {
      let database: 'ok' | 'down' = 'ok';
      let backlog = -1;
      try {
        backlog = await this.relay.backlog();
      } catch {
        database = 'down';
      }
      return { service, status: database === 'ok' ? 'ok' : 'degraded', database, outboxBacklog: backlog, version: SERVICE_VERSION, startedAt };
    }
  }
  return HealthMessageController;
}
