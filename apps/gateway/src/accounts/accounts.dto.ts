import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { Field, IsCountyCode, Trim } from '@ladder/contracts';
import { ROLES } from '@ladder/shared-permissions';
import type { Role } from '@ladder/shared-permissions';

export class CreateAccountBody {
  @Field({ zh: '用户名' })
  @Trim()
  @Matches(/^[a-z][a-z0-9_.-]{2,31}$/, { message: '用户名应为3–32位小写字母、数字或 _ . -，以字母开头' })
  username!: string;

  @Field({ zh: '姓名' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请输入姓名' })
  @MaxLength(64)
  displayName!: string;

  @Field({ zh: '单位' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  department?: string;
}

/** Absent = unchanged. `null` clears only the unit; a name or the disabled flag cannot be null (400, not 500). */
const presentOrNull = ValidateIf((_o: object, value: unknown) => value !== undefined);

export class UpdateAccountBody {
  @Field({ zh: '姓名' })
  @presentOrNull
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  displayName?: string;

  @Field({ zh: '单位' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  department?: string;

  @Field({ zh: '停用' })
  @presentOrNull
  @IsBoolean()
  disabled?: boolean;
}

export class AssignRolesBody {
  @Field({ zh: '角色' })
  @IsArray()
  @ArrayMaxSize(5)
  @IsIn(ROLES, { each: true, message: '角色的取值不在允许范围内' })
  roles!: Role[];

  @Field({ zh: '所辖县（市、区）' })
  @IsOptional()
  @IsCountyCode()
  countyCode?: string;
}

export interface AccountDto {
  id: string;
  username: string;
  displayName: string;
  department: string | null;
  roles: Role[];
  countyCode: string | null;
  permissions: string[];
  disabled: boolean;
  lockedUntil: string | null;
  failedLogins: number;
  lastLoginAt: string | null;
  createdAt: string;
}
