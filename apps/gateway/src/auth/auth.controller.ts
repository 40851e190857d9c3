import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { CurrentUser, LadderRequest } from '../common/request-context';
import { AuditAction, Public, User } from './auth.decorators';
import { ChangePasswordBody, LoginBody } from './auth.dto';
import { AuthService, toUserDto } from './auth.service';
import type { LoginResult } from './auth.service';

@ApiTags('auth 登录')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @AuditAction('auth.login')
  @ApiOperation({ summary: '登录：用户名和密码换取访问令牌' })
  @ApiBody({ schema: { $ref: '#/components/schemas/LoginBody' } })
  async login(@Body() body: LoginBody, @Req() req: LadderRequest): Promise<LoginResult> {
    req.audit = { actor: { id: null, username: body.username, roles: [], countyCode: null }, target: body.username };
    const result = await this.auth.login(body.username, body.password, req.ip ?? null);
    req.audit.actor = {
      id: result.user.id,
      username: result.user.username,
      roles: result.user.roles,
      countyCode: result.user.countyCode,
    };
    return result;
  }

  @Post('logout')
  @HttpCode(204)
  @AuditAction('auth.logout')
  @ApiBearerAuth()
  async logout(@User() user: CurrentUser): Promise<void> {
    await this.auth.logout(user.sessionId);
  }

  @Get('me')
  @ApiBearerAuth()
  me(@User() user: CurrentUser): ReturnType<typeof toUserDto> {
    return toUserDto(user);
  }

  @Post('password')
  @HttpCode(204)
  @AuditAction('auth.change-password')
  @ApiBearerAuth()
  @ApiBody({ schema: { $ref: '#/components/schemas/ChangePasswordBody' } })
  async changePassword(@User() user: CurrentUser, @Body() body: ChangePasswordBody): Promise<void> {
    await this.auth.changePassword(user.id, body.oldPassword, body.newPassword);
  }
}
