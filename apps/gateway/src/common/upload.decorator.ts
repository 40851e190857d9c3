import { ExecutionContext, createParamDecorator } from '@nestjs/common';

import { ApiError } from './http-error';
import type { LadderRequest } from './request-context';

/**
 * The raw bytes of an upload: the content-type parsers of `http-app.ts` hand an .xlsx body over as a Buffer. An
 * empty body, or one sent as another content type, is refused with MALFORMED_REQUEST naming the expected type.
 */
export const UploadedBytes = createParamDecorator((mime: string, ctx: ExecutionContext): Buffer => {
  const bytes: unknown = ctx.switchToHttp().getRequest<LadderRequest>().body;
  if (!Buffer.isBuffer(bytes) || bytes.length === 0) throw new ApiError('MALFORMED_REQUEST', `请以 ${mime} 上传 .xlsx 文件`);
  return bytes;
});
