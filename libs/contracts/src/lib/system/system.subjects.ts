import { IsOptional, IsString } from 'class-validator';

import { Field } from '../common/field.decorator';
import { rpc } from '../common/subject-map';

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

/** Every service answers `<service>.health.ping`. */
export const SERVICES = ['registry', 'tiering', 'subsidies', 'guarantees', 'talent', 'procurement'] as const;
export type ServiceName = (typeof SERVICES)[number];

export const healthSubject = (service: ServiceName): `${ServiceName}.health.ping` => `${service}.health.ping`;

export const SYSTEM_RPC = {
  'registry.health.ping': rpc<HealthPingRequest, HealthPingResponse>(HealthPingRequest, 'Liveness and readiness of registry'),
  'tiering.health.ping': rpc<HealthPingRequest, HealthPingResponse>(HealthPingRequest, 'Liveness and readiness of tiering'),
  'subsidies.health.ping': rpc<HealthPingRequest, HealthPingResponse>(HealthPingRequest, 'Liveness and readiness of subsidies'),
} as const;
