import { ArgumentsHost, Catch, Logger, RpcExceptionFilter } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import { isErrorPayload } from '@ladder/contracts';
import type { ErrorPayload } from '@ladder/contracts';
import { Observable, throwError } from 'rxjs';

import { DomainException, RemoteError } from './domain.exception';

/** Every failure of a message handler leaves as `{ code, message, details }` — never as a bare string. */
@Catch()
export class AllRpcExceptionsFilter implements RpcExceptionFilter<unknown> {
  private readonly logger = new Logger('Rpc');

  catch(exception: unknown, host: ArgumentsHost): Observable<ErrorPayload> {
    return throwError(() => toErrorPayload(exception, this.logger, host));
  }
}

export function toErrorPayload(exception: unknown, logger?: Logger, host?: ArgumentsHost): ErrorPayload {
  if (exception instanceof DomainException || exception instanceof RemoteError) return exception.toPayload();
  if (exception instanceof RpcException) {
    const error = exception.getError();
    if (isErrorPayload(error)) return error;
    return { code: 'INTERNAL', message: typeof error === 'string' ? error : '系统内部错误' };
  }
  const pattern = host?.switchToRpc().getContext<{ getSubject?: () => string }>()?.getSubject?.();
  logger?.error(`unhandled error${pattern ? ` on ${pattern}` : ''}: ${String(exception)}`, (exception as Error)?.stack);
  return { code: 'INTERNAL', message: '系统内部错误' };
}
