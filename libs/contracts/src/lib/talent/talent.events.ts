import { IsIn, IsOptional, IsString, IsUUID } from 'class-validator';

import { Field } from '../common/field.decorator';
import { IsCalendarDate, IsCountyCode, IsUscc } from '../common/validators';
import type { TalentCaseKind, TalentMeasureCode } from './talent.dto';

// Events of the talent service. No personal data: people are named by nothing but the case id.

const MEASURES = ['S-53', 'S-54', 'S-55a', 'S-55b', 'S-55c', 'S-55d'] as const satisfies readonly TalentMeasureCode[];
const TIERS = ['innovative', 'specialized', 'little-giant'] as const;

/** Fields of both scope events. */
export class TalentScopeEventBase {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '所属县（市、区）' })
  @IsCountyCode()
  countyCode!: string;

  @Field({ zh: '措施', en: 'S-53 (2+3+N) | S-54 (training) | S-55a…d (title channel, housing, honours, 八闽英才)' })
  @IsIn(MEASURES)
  measure!: TalentMeasureCode;

  @Field({ zh: '生效日期', en: 'First day in scope (started) or first day out of it (ended)' })
  @IsCalendarDate()
  effectiveOn!: string;

  @Field({ zh: '称号层级', en: 'The title the scope rests on (started) or rested on (ended)' })
  @IsOptional()
  @IsIn(TIERS)
  tier?: (typeof TIERS)[number];

  @Field({ zh: '认定记录ID', en: 'The tiering certification whose event changed the scope' })
  @IsString()
  certificationId!: string;

  @Field({ zh: '依据', en: 'The rule’s reason on the effective date (libs/policy talentEntitlements)' })
  @IsString()
  reason!: string;
}

/** talent.scope.started — a talent measure applies to an enterprise from `effectiveOn` (a title recognised or renewed). */
export class TalentScopeStartedEvent extends TalentScopeEventBase {
  @Field({ zh: '计至', en: 'Last day of the scope interval as the title stands' })
  @IsOptional()
  @IsCalendarDate()
  until?: string;
}

/** talent.scope.ended — a talent measure no longer applies from `effectiveOn` (the day after expiry or revocation). */
export class TalentScopeEndedEvent extends TalentScopeEventBase {
  @Field({ zh: '原因类别', en: 'expired | revoked' })
  @IsIn(['expired', 'revoked'])
  cause!: 'expired' | 'revoked';
}

/** talent.case.decided — the reviewing department recorded the outcome of a 职称, housing or nomination case. */
export class TalentCaseDecidedEvent {
  @Field({ zh: '申请ID' })
  @IsUUID()
  caseId!: string;

  @Field({ zh: '类别', en: 'title (职称 green channel) | housing | model-worker | bamin-talent' })
  @IsIn(['title', 'housing', 'model-worker', 'bamin-talent'])
  kind!: TalentCaseKind;

  @Field({ zh: '措施' })
  @IsIn(MEASURES)
  measure!: TalentMeasureCode;

  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '所属县（市、区）' })
  @IsCountyCode()
  countyCode!: string;

  @Field({ zh: '评审部门' })
  @IsString()
  department!: string;

  @Field({ zh: '结果', en: 'approved | rejected' })
  @IsIn(['approved', 'rejected'])
  outcome!: 'approved' | 'rejected';

  @Field({ zh: '办结日期' })
  @IsCalendarDate()
  decidedOn!: string;
}
