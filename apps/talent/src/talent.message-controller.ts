import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { TalentInfoRequest, RpcResponse } from '@ladder/contracts';

import { TalentInfoService } from './info/info.service';

/** Thin: validated payload in, use case out. */
@Controller()
export class TalentMessageController {
  constructor(private readonly info: TalentInfoService) {}

  @MessagePattern('talent.info.get')
  infoGet(@Payload() _req: TalentInfoRequest): Promise<RpcResponse<'talent.info.get'>> {
    return this.info.get();
  }
}
