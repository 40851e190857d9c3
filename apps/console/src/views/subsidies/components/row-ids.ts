import type { Directive } from 'vue';

export interface RowIdsValue {
  /** `data-testid` of every body row. */
  readonly testId: string;
  /** The ids of the rows, in the order of the table's data; each row gets its `data-id`. */
  readonly ids: readonly (string | number)[];
}

const observers = new WeakMap<HTMLElement, MutationObserver>();
const values = new WeakMap<HTMLElement, RowIdsValue>();

/** Marks the body rows of an el-table; exported for tests. */
export function markRows(el: HTMLElement, value: RowIdsValue): void {
  const rows = el.querySelectorAll<HTMLElement>('.el-table__body tr.el-table__row');
  rows.forEach((row, index) => {
    if (row.dataset['testid'] !== value.testId) row.dataset['testid'] = value.testId;
    const id = value.ids[index];
    const text = id === undefined ? '' : String(id);
    if (row.dataset['id'] !== text) row.dataset['id'] = text;
  });
}

/**
 * `<el-table v-row-ids="{ testId: 'entitlement-row', ids: rows.map((r) => r.id) }">` puts `data-testid` and
 * `data-id` on every body row (like the app's `v-row-testid`, plus the record's id), so a browser test can pick the
 * row of one record. Tables using it must not sort or tree their rows on the client.
 */
export const vRowIds: Directive<HTMLElement, RowIdsValue> = {
  mounted(el, binding) {
    values.set(el, binding.value);
    markRows(el, binding.value);
    const observer = new MutationObserver(() => {
      const value = values.get(el);
      if (value) markRows(el, value);
    });
    observer.observe(el, { childList: true, subtree: true });
    observers.set(el, observer);
  },
  updated(el, binding) {
    values.set(el, binding.value);
    markRows(el, binding.value);
  },
  beforeUnmount(el) {
    observers.get(el)?.disconnect();
    observers.delete(el);
    values.delete(el);
  },
};
