import { IsOptional, IsString } from 'class-validator';

import { Field } from '../common/field.decorator';

/** `procurement.info.get`: who answers, and since when. */
export class ProcurementInfoRequest {
  @Field({ zh: '调用方' })
  @IsOptional()
  @IsString()
  from?: string;
}

export interface ProcurementInfo {
  service: string;
  title: string;
  version: string;
  startedAt: string;
  database: 'sqlite' | 'postgresql';
}
