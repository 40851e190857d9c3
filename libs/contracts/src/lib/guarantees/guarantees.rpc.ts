import { IsOptional, IsString } from 'class-validator';

import { Field } from '../common/field.decorator';

/** `guarantees.info.get`: who answers, and since when. */
export class GuaranteesInfoRequest {
  @Field({ zh: '调用方' })
  @IsOptional()
  @IsString()
  from?: string;
}

export interface GuaranteesInfo {
  service: string;
  title: string;
  version: string;
  startedAt: string;
  database: 'sqlite' | 'postgresql';
}
