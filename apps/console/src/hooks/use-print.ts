import { onBeforeUnmount, onMounted, ref } from 'vue';
import type { Ref } from 'vue';

import { formatDateTime } from '@/utils/format';

/**
 * A printable record: `printedAt` is stamped when printing starts (the 打印 button or Ctrl+P), and `print()` lets
 * the stamp render before opening the browser's print dialog. Print CSS (styles/index.css) hides the menu, the
 * header and everything marked `no-print`, and shows what is marked `print-only`.
 */
export function usePrint(): { printedAt: Ref<string>; print: () => void } {
  const printedAt = ref('');
  const stamp = (): void => {
    printedAt.value = formatDateTime(new Date());
  };
  onMounted(() => window.addEventListener('beforeprint', stamp));
  onBeforeUnmount(() => window.removeEventListener('beforeprint', stamp));
  return {
    printedAt,
    print: () => {
      stamp();
      window.setTimeout(() => window.print(), 50);
    },
  };
}
