import { IsIn, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { Field, PageQuery } from '@ladder/contracts';

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

  /** A day (`2025-03-01`, from its start in Beijing time) or an instant (`2025-03-01T00:00:00.000+08:00`). */
  @Field({ zh: '开始日期' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '开始日期应为 YYYY-MM-DD 或 ISO 8601 时间' })
  from?: string;

  /** A day (to its end in Beijing time) or an instant (inclusive). */
  @Field({ zh: '结束日期' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '结束日期应为 YYYY-MM-DD 或 ISO 8601 时间' })
  to?: string;
}
