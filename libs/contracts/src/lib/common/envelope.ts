import { IsIn, IsInt, IsISO8601, IsObject, IsString, IsUUID, Min } from 'class-validator';

import { DEPLOYABLES } from '../system/services';
import { Field } from './field.decorator';

/**
 * Every JetStream event is this envelope, JSON-encoded, with `Nats-Msg-Id` = `id`. `data` is the payload
 * class of the subject (see the catalogue).
 */
export class EventEnvelope<T = unknown> {
  @Field({ zh: '事件ID', en: 'Event id (UUID); also the Nats-Msg-Id header, so duplicates are dropped' })
  @IsUUID()
  id!: string;

  @Field({ zh: '事件主题', en: 'The subject, repeated for consumers that store events' })
  @IsString()
  subject!: string;

  @Field({ zh: '版本', en: 'Payload version; a breaking change gets a new subject with .v2' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field({ zh: '发生时间', en: 'When the state change committed (ISO 8601, UTC)' })
  @IsString()
  @IsISO8601({ strict: true })
  occurredAt!: string;

  @Field({ zh: '来源服务', en: 'The service that owns the fact' })
  @IsIn([...DEPLOYABLES])
  source!: string;

  @Field({ zh: '事件内容', en: 'Payload of the subject' })
  @IsObject()
  data!: T;
}
