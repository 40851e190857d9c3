import { Inject, Injectable } from '@nestjs/common';
import { ListEnterprisesRequest } from '@ladder/contracts';
import type { EnterpriseDto, Page } from '@ladder/contracts';
import { MESSAGING_OPTIONS, NATS_CONNECTION } from '@ladder/platform-messaging';
import type { MessagingOptions } from '@ladder/platform-messaging';
import type { NatsConnection } from 'nats';

import { DirectRpcResponder } from './direct-rpc.responder';
import { EnterpriseQueryService } from './enterprise-query.service';

const encoder = new TextEncoder();
/** Payload texts whose validated request is kept (all forgotten when full). */
const MEMO_SIZE = 1_000;

/**
 * `registry.enterprise.list` answered straight from the NATS subscription (`DirectRpcResponder`), without Nest's
 * microservice pipeline and a JSON encoding of the whole page per message — together most of the registry's CPU for
 * a cached page. What it keeps: the validated request per payload text (validation is a pure function of the
 * payload, and the handler never changes it), and the encoded bytes of each page object the page cache hands out
 * (the cache's objects are shared and never changed; a commit replaces them).
 */
@Injectable()
export class EnterpriseListResponder extends DirectRpcResponder {
  private readonly validated = new Map<string, ListEnterprisesRequest>();
  private readonly encodedPages = new WeakMap<Page<EnterpriseDto>, Uint8Array>();

  constructor(
    @Inject(NATS_CONNECTION) nc: NatsConnection,
    @Inject(MESSAGING_OPTIONS) options: MessagingOptions,
    private readonly queries: EnterpriseQueryService,
  ) {
    super('registry.enterprise.list', nc, options, 'EnterpriseList');
  }

  protected async answer(data: unknown): Promise<Uint8Array> {
    const request = await this.validateMemo(data);
    return this.encode(await this.queries.list(request));
  }

  /** `validate`, kept per payload text. */
  private async validateMemo(data: unknown): Promise<ListEnterprisesRequest> {
    const key = JSON.stringify(data ?? null);
    const known = this.validated.get(key);
    if (known) return known;
    const request = await this.validate(data, ListEnterprisesRequest);
    if (this.validated.size >= MEMO_SIZE) this.validated.clear();
    this.validated.set(key, request);
    return request;
  }

  private encode(page: Page<EnterpriseDto>): Uint8Array {
    let bytes = this.encodedPages.get(page);
    if (!bytes) this.encodedPages.set(page, (bytes = encoder.encode(JSON.stringify(page))));
    return bytes;
  }
}
