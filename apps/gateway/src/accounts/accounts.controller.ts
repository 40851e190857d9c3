import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PERM, ROLE_DEFINITIONS, ROLES } from '@ladder/shared-permissions';
import type { RoleDefinition } from '@ladder/shared-permissions';

import { AuditAction, RequirePermission, User } from '../auth/auth.decorators';
import type { CurrentUser, LadderRequest } from '../common/request-context';
import { AssignRolesBody, CreateAccountBody, UpdateAccountBody } from './accounts.dto';
import type { AccountDto } from './accounts.dto';
import { AccountsService } from './accounts.service';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('accounts 账号与角色')
@ApiBearerAuth()
@Controller()
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Get('accounts')
  @RequirePermission(PERM.account.manage, PERM.role.assign)
  list(): Promise<AccountDto[]> {
    return this.accounts.list();
  }

  @Post('accounts')
  @RequirePermission(PERM.account.manage)
  @AuditAction('account.create')
  @ApiOperation({ summary: '新建账号（系统管理员）；返回一次性初始密码' })
  @ApiBody({ schema: { $ref: '#/components/schemas/CreateAccountBody' } })
  async create(@Body() body: CreateAccountBody, @Req() req: LadderRequest): Promise<{ account: AccountDto; initialPassword: string }> {
    const result = await this.accounts.create(body);
    req.audit = { target: result.account.username, after: result.account };
    return result;
  }

  @Patch('accounts/:id')
  @RequirePermission(PERM.account.manage)
  @AuditAction('account.update')
  @ApiBody({ schema: { $ref: '#/components/schemas/UpdateAccountBody' } })
  async update(
    @User() user: CurrentUser,
    @Param('id', uuid) id: string,
    @Body() body: UpdateAccountBody,
    @Req() req: LadderRequest,
  ): Promise<AccountDto> {
    const { before, after } = await this.accounts.update(user, id, body);
    req.audit = { target: after.username, before, after };
    return after;
  }

  @Post('accounts/:id/reset-password')
  @HttpCode(200)
  @RequirePermission(PERM.account.manage)
  @AuditAction('account.reset-password')
  async resetPassword(@User() user: CurrentUser, @Param('id', uuid) id: string, @Req() req: LadderRequest): Promise<{ password: string }> {
    const { password, account } = await this.accounts.resetPassword(user, id);
    req.audit = { target: account.username };
    return { password };
  }

  @Post('accounts/:id/unlock')
  @HttpCode(200)
  @RequirePermission(PERM.account.manage)
  @AuditAction('account.unlock')
  async unlock(@Param('id', uuid) id: string, @Req() req: LadderRequest): Promise<AccountDto> {
    const { before, after } = await this.accounts.unlock(id);
    req.audit = { target: after.username, before, after };
    return after;
  }

  @Get('roles')
  @RequirePermission(PERM.role.assign)
  roles(): RoleDefinition[] {
    return ROLES.map((r) => ROLE_DEFINITIONS[r]);
  }

  @Put('accounts/:id/roles')
  @RequirePermission(PERM.role.assign)
  @AuditAction('account.assign-roles')
  @ApiBody({ schema: { $ref: '#/components/schemas/AssignRolesBody' } })
  async assignRoles(
    @User() user: CurrentUser,
    @Param('id', uuid) id: string,
    @Body() body: AssignRolesBody,
    @Req() req: LadderRequest,
  ): Promise<AccountDto> {
    const { before, after } = await this.accounts.assignRoles(user, id, body);
    req.audit = { target: after.username, before, after };
    return after;
  }
}
