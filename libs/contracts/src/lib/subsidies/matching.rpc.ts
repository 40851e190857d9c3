import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Min, ValidateNested } from 'class-validator';

import { Actor, ActorRequest, OptionalActorRequest } from '../common/actor';
import { Field } from '../common/field.decorator';
import { PageQuery } from '../common/pagination';
import { IsUscc, QueryBoolean } from '../common/validators';

// Request/reply payloads of policy matching and its notices: subsidies.matching.*, subsidies.notice.*

export class MatchingQuery extends OptionalActorRequest {
  @Field({ zh: '统一社会信用代码' })
  @IsUscc()
  uscc!: string;
}

export class NoticeQuery extends PageQuery {
  @Field({ zh: '仅未读' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  unread?: boolean;

  @Field({ zh: '操作人' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Actor)
  actor?: Actor;
}

export class NoticeReadRequest extends ActorRequest {
  @Field({ zh: '通知ID' })
  @IsInt()
  @Min(1)
  noticeId!: number;
}
