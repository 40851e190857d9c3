import { errorCodeInfo } from '@ladder/contracts';
import type { ErrorDetail, ErrorPayload } from '@ladder/contracts';

/**
 * A business error with a code from the contracts' ERROR_CODES. Services throw it; the RPC filter sends
 * `{ code, message, details }`; the gateway maps the code to an HTTP status.
 */
export class DomainException extends Error {
  readonly code: string;
  readonly details?: readonly ErrorDetail[];

  constructor(code: string, message?: string, details?: readonly ErrorDetail[]) {
    super(message ?? errorCodeInfo(code).zh);
    this.name = 'DomainException';
    this.code = code;
    this.details = details;
  }

  toPayload(): ErrorPayload {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}

/** Thrown by the messaging client when the other side answered with an error or did not answer. */
export class RemoteError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: readonly ErrorDetail[],
    readonly subject?: string,
  ) {
    super(message);
    this.name = 'RemoteError';
  }

  toPayload(): ErrorPayload {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}
