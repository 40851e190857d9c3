import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { GuaranteesInfoRequest, RpcResponse } from '@ladder/contracts';

import { GuaranteesInfoService } from './info/info.service';

/** Thin: validated payload in, use case out. */
@Controller()
export class GuaranteesMessageController {
  constructor(private readonly info: GuaranteesInfoService) {}

  @MessagePattern('guarantees.info.get')
  infoGet(@Payload() _req: GuaranteesInfoRequest): Promise<RpcResponse<'guarantees.info.get'>> {
    return this.info.get();
  }
}
