import { translate } from '@/locales';
import { normalizeUscc } from '@/utils/subsidies';
import type { TagType } from '@/utils/subsidies';

export type MatchRow = Api.Subsidies.Match;

/** The groups of the page, in this order: 可享受, 办理中, 已享受, 尚缺条件, 待补充信息. */
export const MATCH_GROUPS = ['qualifies', 'in-progress', 'received', 'lacks', 'may-qualify'] as const satisfies readonly Api.Subsidies.MatchStatus[];

export interface MatchGroup {
  readonly status: Api.Subsidies.MatchStatus;
  readonly label: string;
  readonly tag: TagType;
  readonly items: MatchRow[];
}

const TAGS: Readonly<Record<Api.Subsidies.MatchStatus, TagType>> = {
  qualifies: 'success',
  'in-progress': 'info',
  received: 'primary',
  lacks: 'danger',
  'may-qualify': 'warning',
};

/** Every award in its group (groups kept even when empty, so the page always reads the same). */
export function groupMatches(matches: readonly MatchRow[]): MatchGroup[] {
  return MATCH_GROUPS.map((status) => ({
    status,
    label: translate(`subsidies.matchStatus.${status}`),
    tag: TAGS[status],
    items: matches.filter((m) => m.status === status).sort((a, b) => a.awardId.localeCompare(b.awardId)),
  }));
}

/**
 * What the search box resolves to on Enter: a valid USCC typed in (GB 32100, also `名称（USCC）` as the suggestions
 * read), or null (then the suggestions by name are used).
 */
export function usccFromQuery(text: string): string | null {
  const trimmed = text.trim();
  const inParens = /[（(]([0-9A-Za-z]{18})[）)]\s*$/.exec(trimmed)?.[1];
  return normalizeUscc(inParens ?? trimmed);
}
