import type { ComputedRef } from 'vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

import type { ColumnSchema } from '@/components/schema';
import { translate } from '@/locales';
import { countyLabel } from '@/utils/labels';
import { isCadreRank, rankLabel, tierText } from '@/utils/tiering';

export type LiaisonRow = Api.Tiering.LiaisonRow;

/** Same rule as the enterprise contacts (contracts `Contact.phone`). */
export const PHONE_PATTERN = /^[0-9+\-() ]{5,20}$/;

export type LiaisonState = 'missing' | 'mismatch' | 'ok';

/** 未配备 / 职级不符 (e.g. after an upgrade) / 已配备. */
export function liaisonState(row: LiaisonRow): LiaisonState {
  if (!row.liaison) return 'missing';
  return row.liaison.cadreRank === row.requiredRank ? 'ok' : 'mismatch';
}

export function liaisonStateTagType(state: LiaisonState): 'success' | 'warning' | 'danger' {
  if (state === 'ok') return 'success';
  return state === 'mismatch' ? 'warning' : 'danger';
}

export function liaisonStateLabel(state: LiaisonState): string {
  if (state === 'ok') return translate('tiering.liaisons.ok');
  return translate(state === 'mismatch' ? 'tiering.liaisons.rankMismatch' : 'tiering.liaisons.none');
}

export function toLiaisonQuery(
  county: string | undefined,
  missingOnly: boolean,
  scopedCounty: string | null,
): Omit<Api.Tiering.LiaisonListQuery, 'page' | 'pageSize'> {
  return { ...(county && !scopedCounty ? { county } : {}), ...(missingOnly ? { missingOnly: true } : {}) };
}

export function useColumns(): ComputedRef<ColumnSchema<LiaisonRow>[]> {
  const { t } = useI18n();
  return computed(() => [
    { key: 'name', label: t('tiering.field.name'), minWidth: 220, slot: 'name', formatter: (r) => r.name },
    { key: 'countyCode', label: t('tiering.field.county'), width: 100, formatter: (r) => countyLabel(r.countyCode) },
    {
      key: 'currentTier',
      label: t('tiering.field.currentTier'),
      minWidth: 170,
      slot: 'tier',
      formatter: (r) => tierText(r.currentTier),
    },
    { key: 'requiredRank', label: t('tiering.liaisons.requiredRank'), width: 110, formatter: (r) => rankLabel(r.requiredRank) },
    {
      key: 'liaison',
      label: t('tiering.liaisons.liaison'),
      minWidth: 260,
      slot: 'liaison',
      formatter: (r) => r.liaison?.cadreName ?? '',
    },
    { key: 'state', label: t('tiering.field.status'), width: 110, slot: 'state', formatter: (r) => liaisonState(r) },
    { key: 'actions', label: t('common.actions'), width: 100, fixed: 'right', slot: 'actions' },
  ]);
}

export interface AssignModel {
  cadreName: string;
  cadreRank: Api.Tiering.CadreRank | '';
  cadreUnit: string;
  phone: string;
}

/** The required rank preselected; the current liaison's details kept when there is one. */
export function defaultAssignModel(row: LiaisonRow | null): AssignModel {
  const current = row?.liaison;
  return {
    cadreName: current?.cadreName ?? '',
    cadreRank: row?.requiredRank ?? '',
    cadreUnit: current?.cadreUnit ?? '',
    phone: current?.phone ?? '',
  };
}

export function toAssignRequest(model: AssignModel): Api.Tiering.AssignLiaison {
  if (!isCadreRank(model.cadreRank)) throw new RangeError('cadreRank');
  const phone = model.phone.trim();
  return {
    cadreName: model.cadreName.trim(),
    cadreRank: model.cadreRank,
    cadreUnit: model.cadreUnit.trim(),
    ...(phone ? { phone } : {}),
  };
}
