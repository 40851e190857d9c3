import { IsOptional, IsString } from 'class-validator';

import { Field } from '../common/field.decorator';

/** `servicedesk.info.get`: who answers, and since when. */
export class ServicedeskInfoRequest {
  @Field({ zh: '调用方' })
  @IsOptional()
  @IsString()
  from?: string;
}

export interface ServicedeskInfo {
  service: string;
  title: string;
  version: string;
  startedAt: string;
  database: 'sqlite' | 'postgresql';
}
