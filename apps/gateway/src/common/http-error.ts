import { HttpException } from '@nestjs/common';
import { errorCodeInfo } from '@ladder/contracts';
import type { ErrorDetail, ErrorPayload } from '@ladder/contracts';

/** An HTTP error whose body is `{ code, message, details }`; status from the code unless given. */
export class ApiError extends HttpException {
  constructor(code: string, message?: string, details?: readonly ErrorDetail[], status?: number) {
    const info = errorCodeInfo(code);
    const body: ErrorPayload = { code, message: message ?? info.zh, ...(details ? { details } : {}) };
    super(body, status ?? info.status);
  }
}
