import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  EnterpriseHistoryRequest,
  GetEnterpriseRequest,
  ListAnnualDataRequest,
  ReadmitEnterpriseRequest,
  RegistryStatsRequest,
  RemoveEnterpriseRequest,
  RpcResponse,
  SubmitAnnualDataRequest,
  SubmitProfileRequest,
  UpdateEnterpriseRequest,
} from '@ladder/contracts';

import { EnterpriseCommandService } from './enterprise-command.service';
import { EnterpriseQueryService } from './enterprise-query.service';

/**
 * Thin: validated payload in (global pipe), use case out. (`registry.enterprise.list` and `registry.enterprise.create`:
 * `EnterpriseListResponder`, `EnterpriseCreateResponder`.)
 */
@Controller()
export class EnterpriseMessageController {
  constructor(
    private readonly commands: EnterpriseCommandService,
    private readonly queries: EnterpriseQueryService,
  ) {}

  @MessagePattern('registry.enterprise.update')
  update(@Payload() req: UpdateEnterpriseRequest): Promise<RpcResponse<'registry.enterprise.update'>> {
    return this.commands.update(req.uscc, req.patch, req.actor, req.expectedVersion);
  }

  @MessagePattern('registry.enterprise.get')
  get(@Payload() req: GetEnterpriseRequest): Promise<RpcResponse<'registry.enterprise.get'>> {
    return this.queries.get(req.uscc, req.actor);
  }

  @MessagePattern('registry.enterprise.remove')
  remove(@Payload() req: RemoveEnterpriseRequest): Promise<RpcResponse<'registry.enterprise.remove'>> {
    return this.commands.remove(req.uscc, req.reason, req.actor);
  }

  @MessagePattern('registry.enterprise.readmit')
  readmit(@Payload() req: ReadmitEnterpriseRequest): Promise<RpcResponse<'registry.enterprise.readmit'>> {
    return this.commands.readmit(req.uscc, req.reason, req.actor);
  }

  @MessagePattern('registry.enterprise.history')
  history(@Payload() req: EnterpriseHistoryRequest): Promise<RpcResponse<'registry.enterprise.history'>> {
    return this.queries.history(req.uscc, req.actor);
  }

  @MessagePattern('registry.annual-data.submit')
  submitAnnualData(@Payload() req: SubmitAnnualDataRequest): Promise<RpcResponse<'registry.annual-data.submit'>> {
    return this.commands.submitAnnualData(req.uscc, req.year, req.facts, req.actor, req.source ?? 'manual');
  }

  @MessagePattern('registry.profile.submit')
  submitProfile(@Payload() req: SubmitProfileRequest): Promise<RpcResponse<'registry.profile.submit'>> {
    return this.commands.submitProfile(req.profile, req.actor);
  }

  @MessagePattern('registry.annual-data.list')
  listAnnualData(@Payload() req: ListAnnualDataRequest): Promise<RpcResponse<'registry.annual-data.list'>> {
    return this.queries.listAnnualData(req.uscc, req.actor);
  }

  @MessagePattern('registry.stats.summary')
  stats(@Payload() req: RegistryStatsRequest): Promise<RpcResponse<'registry.stats.summary'>> {
    return this.queries.stats(req.actor);
  }
}
