import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AppendImportRowsRequest,
  CreateImportRequest,
  ImportRefRequest,
  ListImportsRequest,
  RpcResponse,
} from '@ladder/contracts';

import { ImportService } from './import.service';

@Controller()
export class ImportMessageController {
  constructor(private readonly imports: ImportService) {}

  @MessagePattern('registry.import.create')
  create(@Payload() req: CreateImportRequest): Promise<RpcResponse<'registry.import.create'>> {
    return this.imports.create(req);
  }

  @MessagePattern('registry.import.append')
  append(@Payload() req: AppendImportRowsRequest): Promise<RpcResponse<'registry.import.append'>> {
    return this.imports.append(req);
  }

  @MessagePattern('registry.import.start')
  start(@Payload() req: ImportRefRequest): Promise<RpcResponse<'registry.import.start'>> {
    return this.imports.start(req.importId, req.actor);
  }

  @MessagePattern('registry.import.get')
  get(@Payload() req: ImportRefRequest): Promise<RpcResponse<'registry.import.get'>> {
    return this.imports.get(req.importId, req.actor);
  }

  @MessagePattern('registry.import.errors')
  errors(@Payload() req: ImportRefRequest): Promise<RpcResponse<'registry.import.errors'>> {
    return this.imports.errors(req.importId, req.actor);
  }

  @MessagePattern('registry.import.list')
  list(@Payload() req: ListImportsRequest): Promise<RpcResponse<'registry.import.list'>> {
    return this.imports.list(req.actor, req.page, req.pageSize);
  }
}
