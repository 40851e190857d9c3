import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import { Public } from '../auth/auth.decorators';
import { HealthService } from './health.service';

/**
 * `GET /api/health`: NATS and every configured service, probed in parallel with a short timeout, so the answer
 * comes within a second: 200 when all are up, 503 otherwise, with the parts that are not up in `degraded`.
 */
@ApiTags('health 系统状态')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Public()
  @Get()
  async get(@Res() reply: FastifyReply): Promise<void> {
    const report = await this.health.report();
    await reply.status(report.status === 'ok' ? 200 : 503).send(report);
  }
}
