import { Type } from 'class-transformer';
import { IsDefined, ValidateNested } from 'class-validator';

import { ActorRequest } from '../common/actor';
import { Field } from '../common/field.decorator';
import { EnterpriseProfile } from './enterprise-profile';

/** registry.profile.submit — an enterprise profile (fields + annual data by year), e.g. sent by another bureau. */
export class SubmitProfileRequest extends ActorRequest {
  @Field({
    zh: '企业画像',
    en: 'The profile (docs/enterprise-profile.schema.json); titles are ignored here (tiering owns them)',
  })
  @IsDefined()
  @ValidateNested()
  @Type(() => EnterpriseProfile)
  profile!: EnterpriseProfile;
}

export interface ProfileResultDto {
  uscc: string;
  created: boolean;
  changedFields: string[];
  years: { year: number; outcome: 'created' | 'updated' | 'unchanged' }[];
}
