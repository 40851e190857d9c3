/**
 * The one HTTP client of the console (cf. vben `apps/web-ele/src/api/request.ts`).
 *
 * - fetch-based, JSON by default, raw bodies (file upload) and blob answers (xlsx download) on request;
 * - attaches `Authorization: Bearer <token>`;
 * - every failure becomes an {@link ApiError} `{ status, code, message, details }` (the gateway's error shape);
 * - a 401 on an authenticated call ends the session and sends the user to the login page;
 * - other errors are shown with ElMessage unless the caller passes `notify: false`.
 *
 * `createRequestClient` is pure (everything it needs is injected) so it can be unit-tested; `request` is the
 * instance the API modules use, wired to the auth store, vue-i18n and Element Plus.
 */
import { ElMessage } from 'element-plus';

import { errorText } from '@/locales';
import { useAuthStore } from '@/store/auth';

export interface ApiErrorDetail {
  readonly field?: string;
  readonly constraint?: string;
  readonly message: string;
  readonly row?: number;
}

/** Client-side codes, next to the gateway's (`VALIDATION_FAILED`, `SESSION_EXPIRED`, …). */
export const CLIENT_ERROR_CODES = {
  NETWORK_ERROR: 'NETWORK_ERROR',
  BAD_RESPONSE: 'BAD_RESPONSE',
  ABORTED: 'ABORTED',
} as const;

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly ApiErrorDetail[] = [],
  ) {
    super(message);
  }

  /** The details that name a field, keyed by the field path (first message wins). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const d of this.details) {
      if (d.field && out[d.field] === undefined) out[d.field] = d.message;
    }
    return out;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];
export type Query = Readonly<Record<string, QueryValue>>;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: HttpMethod;
  query?: Query;
  /** JSON body. */
  body?: unknown;
  /** Raw body (a File or Blob), sent as is; set `headers['Content-Type']`. */
  rawBody?: Blob;
  headers?: Readonly<Record<string, string>>;
  /** `json` (default), `blob` (downloads) or `none` (204). */
  responseType?: 'json' | 'blob' | 'none';
  /** Show the error with ElMessage (default true). The error is thrown either way. */
  notify?: boolean;
  /** Send the bearer token (default true). Login and health are anonymous. */
  auth?: boolean;
  /** Non-2xx statuses whose body is still the answer (e.g. 503 from /health). */
  okStatuses?: readonly number[];
  signal?: AbortSignal;
}

export interface BlobResponse {
  readonly blob: Blob;
  /** From Content-Disposition, when the server names the file. */
  readonly fileName: string | null;
}

export interface RequestClientOptions {
  /** Prefix of every path, e.g. `/api`. */
  readonly baseUrl: string;
  readonly fetch?: typeof fetch;
  readonly getToken: () => string | null;
  /** Called once per 401 on an authenticated call, before the error is thrown. */
  readonly onUnauthorized: (error: ApiError) => void;
  /** Shows an error to the user (ElMessage in the app). */
  readonly notify: (error: ApiError) => void;
}

export interface RequestClient {
  request<T>(path: string, options?: RequestOptions): Promise<T>;
  get<T>(path: string, query?: Query, options?: RequestOptions): Promise<T>;
  post<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  put<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  patch<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  blob(path: string, query?: Query, options?: RequestOptions): Promise<BlobResponse>;
}

/** Serialises a query object, dropping empty values; arrays repeat the key. */
export function buildQuery(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      for (const item of value as readonly (string | number)[]) params.append(key, String(item));
    } else {
      params.append(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Code for an answer that does not carry the gateway's error body (proxy errors, HTML pages…). */
export function codeForStatus(status: number): string {
  switch (status) {
    case 400:
      return 'MALFORMED_REQUEST';
    case 401:
      return 'UNAUTHORIZED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 423:
      return 'ACCOUNT_LOCKED';
    case 502:
    case 503:
      return 'SERVICE_UNAVAILABLE';
    case 504:
      return 'TIMEOUT';
    default:
      return 'INTERNAL';
  }
}

function isErrorBody(value: unknown): value is { code: string; message: string; details?: unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

function toDetails(value: unknown): ApiErrorDetail[] {
  if (!Array.isArray(value)) return [];
  const out: ApiErrorDetail[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const d = item as Record<string, unknown>;
    if (typeof d['message'] !== 'string') continue;
    out.push({
      message: d['message'],
      ...(typeof d['field'] === 'string' ? { field: d['field'] } : {}),
      ...(typeof d['constraint'] === 'string' ? { constraint: d['constraint'] } : {}),
      ...(typeof d['row'] === 'number' ? { row: d['row'] } : {}),
    });
  }
  return out;
}

/** Turns a failed response into an ApiError, whatever its body. */
export async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    const text = await response.text();
    body = text ? (JSON.parse(text) as unknown) : null;
  } catch {
    body = null;
  }
  if (isErrorBody(body)) {
    return new ApiError(response.status, body.code, body.message, toDetails(body.details));
  }
  return new ApiError(response.status, codeForStatus(response.status), '');
}

/** `filename*=UTF-8''…` first, then `filename="…"`. */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      return star[1];
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain?.[1]?.trim() ?? null;
}

export function createRequestClient(options: RequestClientOptions): RequestClient {
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function send(path: string, opts: RequestOptions): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers };
    const useAuth = opts.auth !== false;
    const token = useAuth ? options.getToken() : null;
    if (token) headers['Authorization'] = `Bearer ${token}`;

    let body: BodyInit | undefined;
    if (opts.rawBody !== undefined) {
      body = opts.rawBody;
    } else if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['Content-Type'] = 'application/json';
    }

    const notify = opts.notify !== false;
    let response: Response;
    try {
      response = await doFetch(`${options.baseUrl}${path}${buildQuery(opts.query)}`, {
        method: opts.method ?? 'GET',
        headers,
        ...(body !== undefined ? { body } : {}),
        ...(opts.signal ? { signal: opts.signal } : {}),
      });
    } catch (cause) {
      const aborted = cause instanceof DOMException && cause.name === 'AbortError';
      const error = new ApiError(0, aborted ? CLIENT_ERROR_CODES.ABORTED : CLIENT_ERROR_CODES.NETWORK_ERROR, '');
      if (notify && !aborted) options.notify(error);
      throw error;
    }

    if (response.ok || opts.okStatuses?.includes(response.status)) return response;

    const error = await toApiError(response);
    if (error.status === 401 && token) {
      options.onUnauthorized(error);
    } else if (notify) {
      options.notify(error);
    }
    throw error;
  }

  async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
    const response = await send(path, opts);
    const type = opts.responseType ?? 'json';
    if (type === 'none' || response.status === 204) return undefined as T;
    if (type === 'blob') return (await response.blob()) as T;
    const text = await response.text();
    if (!text) return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      const error = new ApiError(response.status, CLIENT_ERROR_CODES.BAD_RESPONSE, '');
      if (opts.notify !== false) options.notify(error);
      throw error;
    }
  }

  return {
    request,
    get: <T>(path: string, query?: Query, opts?: RequestOptions) =>
      request<T>(path, { ...opts, method: 'GET', ...(query ? { query } : {}) }),
    post: <T>(path: string, body?: unknown, opts?: RequestOptions) =>
      request<T>(path, { ...opts, method: 'POST', ...(body !== undefined ? { body } : {}) }),
    put: <T>(path: string, body?: unknown, opts?: RequestOptions) =>
      request<T>(path, { ...opts, method: 'PUT', ...(body !== undefined ? { body } : {}) }),
    patch: <T>(path: string, body?: unknown, opts?: RequestOptions) =>
      request<T>(path, { ...opts, method: 'PATCH', ...(body !== undefined ? { body } : {}) }),
    blob: async (path: string, query?: Query, opts?: RequestOptions) => {
      const response = await send(path, {
        ...opts,
        method: opts?.method ?? 'GET',
        headers: { Accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, */*', ...opts?.headers },
        ...(query ? { query } : {}),
      });
      return {
        blob: await response.blob(),
        fileName: fileNameFromDisposition(response.headers.get('Content-Disposition')),
      };
    },
  };
}

// ---------------------------------------------------------------- the app's instance

/** Where a 401 sends the user; main.ts points it at the router (avoids an import cycle router ↔ request). */
let redirectToLogin: (reason: string) => void = (reason) => {
  window.location.assign(`/login?reason=${encodeURIComponent(reason)}`);
};

export function setLoginRedirect(handler: (reason: string) => void): void {
  redirectToLogin = handler;
}

let sessionEnding = false;

/** Text shown to the user for an error: the i18n `error.<CODE>` text, or the backend's message. */
export function describeError(error: ApiError): string {
  const text = errorText(error.code, error.message);
  const extra = error.details
    .map((d) => d.message)
    .filter((m) => m && !alreadySaid(text, m))
    .slice(0, 3);
  return extra.length > 0 ? `${text}：${extra.join('；')}` : text;
}

/**
 * Whether the main text already says a detail: word for word, or as a summary that names its subject after the
 * same heading ("缺少必填项：企业名称、所属县（市、区）" says "缺少必填项：所属县（市、区）").
 */
function alreadySaid(text: string, detail: string): boolean {
  if (text.includes(detail)) return true;
  const colon = detail.indexOf('：');
  if (colon <= 0 || colon === detail.length - 1) return false;
  const heading = detail.slice(0, colon + 1);
  const at = text.indexOf(heading);
  return at >= 0 && text.includes(detail.slice(colon + 1), at + heading.length);
}

export const request: RequestClient = createRequestClient({
  baseUrl: '/api',
  getToken: () => useAuthStore().token,
  onUnauthorized: (error) => {
    useAuthStore().clearSession();
    if (sessionEnding) return;
    sessionEnding = true;
    ElMessage({ type: 'warning', message: errorText(error.code, error.message), grouping: true });
    redirectToLogin(error.code);
    window.setTimeout(() => {
      sessionEnding = false;
    }, 1000);
  },
  notify: (error) => {
    ElMessage({ type: 'error', message: describeError(error), grouping: true, showClose: true });
  },
});
