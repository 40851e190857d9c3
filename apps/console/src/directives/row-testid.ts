import type { Directive } from 'vue';

const observers = new WeakMap<HTMLElement, MutationObserver>();

function mark(el: HTMLElement, testId: string): void {
  for (const row of el.querySelectorAll<HTMLElement>('.el-table__body tr.el-table__row')) {
    if (row.dataset['testid'] !== testId) row.dataset['testid'] = testId;
  }
}

/**
 * `<el-table v-row-testid="'enterprise-row'">` puts `data-testid` on every body row (Element Plus has
 * `row-class-name` but no row attributes), so browser tests can address whole rows.
 */
export const vRowTestid: Directive<HTMLElement, string> = {
  mounted(el, binding) {
    mark(el, binding.value);
    const observer = new MutationObserver(() => mark(el, binding.value));
    observer.observe(el, { childList: true, subtree: true });
    observers.set(el, observer);
  },
  updated(el, binding) {
    mark(el, binding.value);
  },
  beforeUnmount(el) {
    observers.get(el)?.disconnect();
    observers.delete(el);
  },
};

declare module 'vue' {
  interface GlobalDirectives {
    vRowTestid: typeof vRowTestid;
  }
}
