import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Field, IsCalendarDate, PageQuery } from '@ladder/contracts';

export class AuditQuery extends PageQuery {
  @Field({ zh: '操作人' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  actor?: string;

  @Field({ zh: '操作' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  action?: string;

  @Field({ zh: '结果' })
  @IsOptional()
  @IsIn(['success', 'failure'])
  result?: 'success' | 'failure';

  @Field({ zh: '对象' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  target?: string;

  @Field({ zh: '开始日期' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @Field({ zh: '结束日期' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}
