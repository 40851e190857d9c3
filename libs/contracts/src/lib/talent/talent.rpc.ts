import { IsOptional, IsString } from 'class-validator';

import { Field } from '../common/field.decorator';

/** `talent.info.get`: who answers, and since when. */
export class TalentInfoRequest {
  @Field({ zh: '调用方' })
  @IsOptional()
  @IsString()
  from?: string;
}

export interface TalentInfo {
  service: string;
  title: string;
  version: string;
  startedAt: string;
  database: 'sqlite' | 'postgresql';
}
