import { onMounted, shallowRef } from 'vue';

import { listCatalogue } from '@/api/subsidies';
import { policyText } from '@/utils/policy-text';

let names: Promise<ReadonlyMap<string, string>> | null = null;

/** The catalogue's award names by id, read once per session (a failed read is tried again next time). */
function loadNames(): Promise<ReadonlyMap<string, string>> {
  names ??= listCatalogue({ notify: false }).then(
    (entries) => new Map(entries.map((e) => [e.awardId, policyText(e.name)])),
    (error: unknown) => {
      names = null;
      throw error;
    },
  );
  return names;
}

/**
 * `awardName('S-17')` → 新认定专精特新中小企业市级奖励: for lists that carry only the award id (ledger, totals). The
 * id is shown until the catalogue has answered.
 */
export function useAwardNames(): (id: string) => string {
  const map = shallowRef<ReadonlyMap<string, string>>(new Map());
  onMounted(async () => {
    try {
      map.value = await loadNames();
    } catch {
      // the ids stay
    }
  });
  return (id) => map.value.get(id) ?? id;
}
