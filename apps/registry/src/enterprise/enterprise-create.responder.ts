import { Inject, Injectable } from '@nestjs/common';
import { CreateEnterpriseRequest } from '@ladder/contracts';
import type { EnterpriseDto } from '@ladder/contracts';
import { MESSAGING_OPTIONS, NATS_CONNECTION } from '@ladder/platform-messaging';
import type { MessagingOptions } from '@ladder/platform-messaging';
import type { NatsConnection } from 'nats';

import { DirectRpcResponder } from './direct-rpc.responder';
import { EnterpriseCommandService } from './enterprise-command.service';

/**
 * `registry.enterprise.create` — the event path's hot write — answered straight from the NATS subscription
 * (`DirectRpcResponder`): the payload validated by the platform's RPC pipe as the global pipe validates it, then
 * `EnterpriseCommandService.create` (group commit) as before; the same answers and errors. Nest's pipeline cost
 * more per create than the create's own statements.
 */
@Injectable()
export class EnterpriseCreateResponder extends DirectRpcResponder {
  constructor(
    @Inject(NATS_CONNECTION) nc: NatsConnection,
    @Inject(MESSAGING_OPTIONS) options: MessagingOptions,
    private readonly commands: EnterpriseCommandService,
  ) {
    super('registry.enterprise.create', nc, options, 'EnterpriseCreate');
  }

  protected async answer(data: unknown): Promise<EnterpriseDto> {
    return this.commands.create(await this.validate(data, CreateEnterpriseRequest));
  }
}
