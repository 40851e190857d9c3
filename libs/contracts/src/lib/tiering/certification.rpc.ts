import { TIERS } from '@ladder/shared-domain';
import type { Tier } from '@ladder/shared-domain';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { Actor } from '../common/actor';
import { Field } from '../common/field.decorator';
import { PageQuery } from '../common/pagination';
import { IsCalendarDate, IsCountyCode, IsUscc, Trim } from '../common/validators';

// Request/reply payloads of titles (认定记录): tiering.certification.*

/** HTTP body of tiering.certification.record. */
export class RecordCertificationBody {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '层级' })
  @IsIn(TIERS)
  tier!: Tier;

  @Field({ zh: '认定机关' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写认定机关' })
  @MaxLength(100)
  issuer!: string;

  @Field({ zh: '认定文号' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写认定文号' })
  @MaxLength(100)
  docNo!: string;

  @Field({ zh: '认定日期' })
  @IsCalendarDate()
  certifiedOn!: string;

  @Field({ zh: '有效期至' })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string;
}

/** tiering.certification.record — enter a recognition that happened outside the workflow (e.g. before the system). */
export class RecordCertificationRequest extends RecordCertificationBody {
  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** HTTP body of tiering.certification.renew (the title is in the path). */
export class RenewCertificationBody {
  @Field({ zh: '复核文号' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写复核文号' })
  @MaxLength(100)
  docNo!: string;

  @Field({ zh: '复核日期' })
  @IsCalendarDate()
  renewedOn!: string;

  @Field({ zh: '有效期至' })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string;
}

/** tiering.certification.renew — 复核通过: extend validity. */
export class RenewCertificationRequest extends RenewCertificationBody {
  @Field({ zh: '认定记录ID' })
  @IsUUID()
  certificationId!: string;

  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** HTTP body of tiering.certification.revoke (the title is in the path). */
export class RevokeCertificationBody {
  @Field({ zh: '撤销原因' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写撤销原因' })
  @MaxLength(500)
  reason!: string;

  @Field({ zh: '因数据造假撤销', en: 'Bars re-application for 3 years' })
  @IsBoolean()
  fraud!: boolean;

  @Field({ zh: '撤销日期' })
  @IsCalendarDate()
  revokedOn!: string;
}

/** tiering.certification.revoke */
export class RevokeCertificationRequest extends RevokeCertificationBody {
  @Field({ zh: '认定记录ID' })
  @IsUUID()
  certificationId!: string;

  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** tiering.certification.list */
export class CertificationQuery extends PageQuery {
  @Field({ zh: '统一社会信用代码' })
  @IsOptional()
  @IsUscc()
  uscc?: string;

  @Field({ zh: '层级' })
  @IsOptional()
  @IsIn(TIERS)
  tier?: Tier;

  @Field({ zh: '状态' })
  @IsOptional()
  @IsIn(['valid', 'expired', 'revoked', 'superseded'])
  status?: CertificationStatus;

  @Field({ zh: '所属县（市、区）' })
  @IsOptional()
  @IsCountyCode()
  county?: string;

  @Field({ zh: '有效期截止早于', en: 'Valid titles expiring on or before this date' })
  @IsOptional()
  @IsCalendarDate()
  expiringBy?: string;

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

export type CertificationStatus = 'valid' | 'expired' | 'revoked' | 'superseded';
