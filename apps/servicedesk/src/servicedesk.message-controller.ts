import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ServicedeskInfoRequest, RpcResponse } from '@ladder/contracts';

import { ServicedeskInfoService } from './info/info.service';

/** Thin: validated payload in, use case out. */
@Controller()
export class ServicedeskMessageController {
  constructor(private readonly info: ServicedeskInfoService) {}

  @MessagePattern('servicedesk.info.get')
  infoGet(@Payload() _req: ServicedeskInfoRequest): Promise<RpcResponse<'servicedesk.info.get'>> {
    return this.info.get();
  }
}
