import { IsOptional, IsString } from 'class-validator';

import { Field } from '../common/field.decorator';
import { rpc } from '../common/subject-map';
import type { RpcDefinition } from '../common/subject-map';
import { SERVICES, healthSubject } from './services';
import type { ServiceName } from './services';

export class HealthPingRequest {
  @Field({ zh: '调用方' })
  @IsOptional()
  @IsString()
  from?: string;
}

export interface HealthPingResponse {
  service: string;
  status: 'ok' | 'degraded';
  database: 'ok' | 'down';
  outboxBacklog: number;
  version: string;
  startedAt: string;
}

export type HealthSubject = `${ServiceName}.health.ping`;

/** `<service>.health.ping` of every service in the service list. */
export const SYSTEM_RPC = Object.fromEntries(
  SERVICES.map((service) => [healthSubject(service), rpc<HealthPingRequest, HealthPingResponse>(HealthPingRequest, `Liveness and readiness of ${service}`)]),
) as { readonly [S in HealthSubject]: RpcDefinition<HealthPingRequest, HealthPingResponse> };
