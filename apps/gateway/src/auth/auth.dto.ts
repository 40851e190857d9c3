import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Field, Trim } from '@ladder/contracts';

export class LoginBody {
  @Field({ zh: '用户名' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: '请输入用户名' })
  @MaxLength(64)
  username!: string;

  @Field({ zh: '密码' })
  @IsString()
  @IsNotEmpty({ message: '请输入密码' })
  @MaxLength(128)
  password!: string;
}

export class ChangePasswordBody {
  @Field({ zh: '原密码' })
  @IsString()
  @IsNotEmpty({ message: '请输入原密码' })
  @MaxLength(128)
  oldPassword!: string;

  @Field({ zh: '新密码' })
  @IsString()
  @IsNotEmpty({ message: '请输入新密码' })
  @MaxLength(128)
  newPassword!: string;
}
