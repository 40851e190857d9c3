import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { errorCodeInfo, isErrorPayload } from '@ladder/contracts';
import type { ErrorPayload } from '@ladder/contracts';
import { DomainException, RemoteError } from '@ladder/platform-messaging';
import type { FastifyReply } from 'fastify';

import { noteAuditError } from '../audit/audit.hook';

const STATUS_CODES: Record<number, string> = {
  400: 'MALFORMED_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'MALFORMED_REQUEST',
  409: 'CONFLICT',
  413: 'MALFORMED_REQUEST',
  415: 'MALFORMED_REQUEST',
  429: 'FORBIDDEN',
};

/** Maps every error to `{ code, message, details }` and the code's HTTP status (and notes it for the audit trail). */
export function toHttpError(exception: unknown, logger?: Logger): { status: number; body: ErrorPayload } {
  if (exception instanceof RemoteError || exception instanceof DomainException) {
    const body = exception.toPayload();
    return { status: errorCodeInfo(body.code).status, body };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    if (isErrorPayload(response)) return { status, body: response };
    const code = STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL' : 'MALFORMED_REQUEST');
    const raw = typeof response === 'string' ? response : (response as { message?: unknown }).message;
    const text = typeof raw === 'string' ? raw : Array.isArray(raw) ? raw.map(String).join('; ') : '';
    const message =
      status === 404
        ? '请求的接口不存在'
        : status === 413
          ? '上传内容过大'
          : status === 415
            ? '不支持的内容类型'
            : status === 400 && /^Body cannot be empty/i.test(String(text))
              ? '请求内容为空'
              : status === 400 && /JSON/i.test(String(text))
                ? '请求内容不是有效的 JSON'
                : errorCodeInfo(code).zh;
    // Framework texts ("Body is not valid JSON but content-type is set to 'application/json'", "Validation failed
    // (numeric string is expected)") are English: the console would show them under the Chinese message. Only a
    // Chinese text is passed on as a detail.
    const shown = text && status < 500 && /[\u4e00-\u9fff]/.test(text) && text !== message;
    return { status, body: { code, message, ...(shown ? { details: [{ message: text }] } : {}) } };
  }
  // A malformed percent-escape in a path or query value (decodeURIComponent) is the client's input, not a fault.
  if (exception instanceof URIError) {
    return { status: 400, body: { code: 'MALFORMED_REQUEST', message: '请求地址或参数中的编码无效' } };
  }
  // Fastify errors (malformed JSON, body too large…) carry a statusCode.
  const fastify = exception as { statusCode?: number; code?: string; message?: string };
  if (typeof fastify?.statusCode === 'number' && fastify.statusCode < 500) {
    const status = fastify.statusCode;
    const message =
      fastify.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
        ? '请求内容为空'
        : fastify.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || /JSON/i.test(String(fastify.message))
          ? '请求内容不是有效的 JSON'
          : fastify.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
            ? '上传内容过大'
            : fastify.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
              ? '不支持的内容类型'
              : '请求格式错误';
    return { status, body: { code: 'MALFORMED_REQUEST', message } };
  }
  logger?.error(String((exception as Error)?.stack ?? exception));
  return { status: 500, body: { code: 'INTERNAL', message: '系统内部错误' } };
}

@Catch()
export class HttpExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const { status, body } = toHttpError(exception, this.logger);
    noteAuditError(http.getRequest<unknown>(), body);
    void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
  }
}
