import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { Actor } from '../common/actor';
import { Field } from '../common/field.decorator';
import { PageQuery } from '../common/pagination';
import { IsCalendarDate, IsUscc, Trim } from '../common/validators';
import { AWARD_ID_PATTERN } from './award.rpc';

// Request/reply payloads of applications (申报): subsidies.application.*

export class ApplicationDocument {
  @Field({ zh: '材料名称' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @Field({ zh: '材料编号或存放位置' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(300)
  reference?: string;
}

/** HTTP body of subsidies.application.submit. */
export class SubmitApplicationBody {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;

  @Field({ zh: '奖补项目' })
  @Matches(AWARD_ID_PATTERN, { message: '奖补项目编号格式不正确（如 S-36）' })
  awardId!: string;

  @Field({ zh: '事项日期', en: 'The date of the triggering fact (recognition, completion, payment…)' })
  @IsCalendarDate()
  date!: string;

  @Field({
    zh: '事项文号或编号',
    en: 'What triggers the award (认定文号, project number…): one award per enterprise, award and reference',
  })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写认定文号或项目编号' })
  @MaxLength(100)
  reference!: string;

  @Field({ zh: '园区ID', en: 'S-22: the park whose operator brought the enterprise in' })
  @IsOptional()
  @IsUUID()
  parkId?: string;

  @Field({ zh: '计算依据', en: 'Facts of the award (amounts in fen), as docs/awards.md lists them' })
  @IsObject()
  facts!: Record<string, unknown>;

  @Field({ zh: '申报材料' })
  @IsArray()
  @ArrayMinSize(1, { message: '请至少提交一份申报材料' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ApplicationDocument)
  documents!: ApplicationDocument[];
}

/** subsidies.application.submit — an award applied for with its documents. */
export class SubmitApplicationRequest extends SubmitApplicationBody {
  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

/** HTTP body of subsidies.application.review (the application is in the path). */
export class ReviewApplicationBody {
  @Field({ zh: '结论' })
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  @Field({ zh: '意见' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  comment?: string;
}

/** subsidies.application.review */
export class ReviewApplicationRequest extends ReviewApplicationBody {
  @Field({ zh: '申请ID' })
  @IsUUID()
  applicationId!: string;

  @Field({ zh: '操作人', en: 'Acting user' })
  @IsDefined()
  @ValidateNested()
  @Type(() => Actor)
  actor!: Actor;
}

export class ApplicationQuery extends PageQuery {
  @Field({ zh: '状态' })
  @IsOptional()
  @IsIn(['submitted', 'approved', 'rejected'])
  status?: 'submitted' | 'approved' | 'rejected';

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}
