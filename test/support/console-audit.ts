import type { Page, Request } from 'playwright-core';

/**
 * What a zh-CN console page must not show (issue 15): English words, raw rule and field ids, `undefined`/`null`/
 * `NaN`, horizontal overflow, table cells or tags whose content is cut, error messages. Runs inside the page.
 */
export interface AuditOptions {
  /** Latin words allowed as they are (units, brands, file types, account names). Case-sensitive. */
  readonly allowedWords: readonly string[];
}

/** One problem on a page, e.g. `English word "growth" in «growth»` or `cut table cell «S-17 新认定…» (271 > 218 px)`. */
export type AuditFinding = string;

/**
 * Checks the visible page. Text inside `translate="no"` (the HTML attribute for content that is not language:
 * request lines, catalogue numbers shown as such) is left out of the language checks, not of the layout checks.
 */
export async function auditPage(page: Page, options: AuditOptions): Promise<AuditFinding[]> {
  return page.evaluate(
    ({ allowed }) => {
      const out: string[] = [];
      const allow = new Set(allowed);
      const shown = (el: Element): boolean => {
        const style = getComputedStyle(el);
        return style.visibility !== 'hidden' && style.display !== 'none' && el.getClientRects().length > 0;
      };
      const excerpt = (text: string): string => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

      // ---- language: visible text nodes and placeholders
      const texts: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
        const parent = node.parentElement;
        if (!text || !parent || parent.closest('script, style, [translate="no"]') || !shown(parent)) continue;
        texts.push(text);
      }
      for (const input of Array.from(
        document.querySelectorAll('input[placeholder], textarea[placeholder]'),
      )) {
        const text = input.getAttribute('placeholder') ?? '';
        if (text && shown(input) && !input.closest('[translate="no"]')) texts.push(text);
      }
      const USCC = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
      for (const text of new Set(texts)) {
        for (const match of text.matchAll(/[A-Za-z0-9_.[\]-]+/g)) {
          const run = match[0].replace(/^[.\-_]+|[.\-_]+$/g, '');
          if (!/[A-Za-z]/.test(run) || USCC.test(run) || allow.has(run)) continue;
          if (/\bannualData\[|^[a-z]+(?:\.[a-z][A-Za-z0-9]*)+$|\[\d+\]\./.test(run)) {
            out.push(`raw field path "${run}" in «${excerpt(text)}»`);
          } else if (/^[A-Z]{1,3}(?:-[A-Z]{1,3})*-\d+[a-z]?$/.test(run) || /^[a-z]+-\d{4}$/.test(run)) {
            out.push(`raw rule id "${run}" in «${excerpt(text)}»`);
          } else if (/^(?:undefined|null|NaN)$/.test(run)) {
            out.push(`"${run}" in «${excerpt(text)}»`);
          } else if (/[a-z][A-Z]/.test(run)) {
            out.push(`identifier "${run}" in «${excerpt(text)}»`);
          } else if (/\d/.test(run)) {
            // letters among digits: an id, a document or voucher number (UUIDs, 〔2025〕68号-style references)
          } else {
            for (const word of run.match(/[A-Za-z]{2,}/g) ?? []) {
              if (!allow.has(word)) out.push(`English word "${word}" in «${excerpt(text)}»`);
            }
          }
        }
      }

      // ---- error messages shown by the request client
      for (const el of Array.from(document.querySelectorAll('.el-message--error'))) {
        if (shown(el)) out.push(`error message «${excerpt((el.textContent ?? '').trim())}»`);
      }

      // ---- horizontal overflow
      const root = document.documentElement;
      if (root.scrollWidth > root.clientWidth)
        out.push(`page wider than the window (${root.scrollWidth} > ${root.clientWidth} px)`);
      for (const el of Array.from(document.querySelectorAll('.layout-main, .page-card'))) {
        if (shown(el) && el.scrollWidth > el.clientWidth + 1) {
          out.push(
            `content wider than its ${el.classList.contains('page-card') ? 'card' : 'main area'} (${el.scrollWidth} > ${el.clientWidth} px)`,
          );
        }
      }
      for (const el of Array.from(document.querySelectorAll('.el-table__body-wrapper .el-scrollbar__wrap'))) {
        if (!shown(el) || el.scrollWidth <= el.clientWidth + 1) continue;
        const head = Array.from(el.closest('.el-table')?.querySelectorAll('.el-table__header th') ?? [])
          .map((th) => (th.textContent ?? '').trim())
          .filter(Boolean)
          .slice(0, 3)
          .join('/');
        out.push(`table ${head} scrolls sideways (${el.scrollWidth} > ${el.clientWidth} px)`);
      }
      for (const el of Array.from(
        document.querySelectorAll('.el-table .cell, .el-tag, .el-descriptions__content'),
      )) {
        if (!shown(el) || el.scrollWidth <= el.clientWidth + 1) continue;
        const kind = el.classList.contains('el-tag')
          ? 'tag'
          : el.classList.contains('cell')
            ? 'table cell'
            : 'field';
        out.push(
          `cut ${kind} «${excerpt((el.textContent ?? '').trim())}» (${el.scrollWidth} > ${el.clientWidth} px)`,
        );
      }
      return [...new Set(out)];
    },
    { allowed: [...options.allowedWords] },
  );
}

/**
 * Waits until the page has settled: no request in flight for a moment (route chunks and API calls), no loading
 * mask, two frames painted.
 */
export async function settle(page: Page, inFlight: ReadonlySet<Request>, quietMs = 150): Promise<void> {
  const deadline = Date.now() + 30_000;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (inFlight.size > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) break;
    await page.waitForTimeout(25);
  }
  await page.waitForFunction(
    () =>
      !Array.from(document.querySelectorAll('.el-loading-mask')).some(
        (el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0,
      ),
    undefined,
    { timeout: 30_000 },
  );
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** Requests the page has in flight (for settle()). */
export function trackRequests(page: Page): Set<Request> {
  const inFlight = new Set<Request>();
  page.on('request', (r) => inFlight.add(r));
  page.on('requestfinished', (r) => inFlight.delete(r));
  page.on('requestfailed', (r) => inFlight.delete(r));
  return inFlight;
}
