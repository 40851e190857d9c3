import { Type } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { CreatePublicityBody, Field, Trim } from '@ladder/contracts';

/** The second person who approves a backdated 公示 on the spot, with their own password (checked by the gateway). */
export class PublicityApprover {
  @Field({ zh: '批准人用户名' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请填写批准人的用户名' })
  @MaxLength(64)
  username!: string;

  @Field({ zh: '批准人密码' })
  @IsString()
  @IsNotEmpty({ message: '请填写批准人的密码' })
  @MaxLength(128)
  password!: string;
}

/**
 * HTTP body of POST /subsidies/publicity: the contract's body plus, for a 公示 entered late (补录), the approver's
 * credentials. They stay in the gateway: the service gets `approvedBy` (the verified account), never a password.
 */
export class CreatePublicityHttpBody extends CreatePublicityBody {
  @Field({ zh: '批准人（补录时）', en: 'Required when startsOn is before today: another person with subsidies:review' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PublicityApprover)
  approver?: PublicityApprover;
}
