import { translate } from '@/locales';
import { normalizeUscc } from '@/utils/subsidies';

export type ParkRow = Api.Subsidies.Park;

export interface ParkModel {
  name: string;
  countyCode: string;
  operator: string;
  /** One USCC a line (commas, spaces and 、 also separate). */
  usccText: string;
}

export function emptyParkModel(countyCode = ''): ParkModel {
  return { name: '', countyCode, operator: '', usccText: '' };
}

export function parkToModel(park: ParkRow): ParkModel {
  return { name: park.name, countyCode: park.countyCode, operator: park.operator, usccText: park.enterprises.map((e) => e.uscc).join('\n') };
}

export type UsccListParse = { ok: true; usccs: string[] } | { ok: false; invalid: string[] };

/** The USCC list: split, normalised, de-duplicated (order kept); every invalid code is reported. */
export function parseUsccList(text: string): UsccListParse {
  const parts = text
    .split(/[\s,，、;；]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const usccs: string[] = [];
  const invalid: string[] = [];
  for (const part of parts) {
    const uscc = normalizeUscc(part);
    if (!uscc) invalid.push(part);
    else if (!usccs.includes(uscc)) usccs.push(uscc);
  }
  return invalid.length > 0 ? { ok: false, invalid } : { ok: true, usccs };
}

export type ParkParse = { ok: true; request: Api.Subsidies.UpsertParkRequest } | { ok: false; message: string };

export function toParkRequest(model: ParkModel): ParkParse {
  if (!model.name.trim()) return { ok: false, message: translate('subsidies.parks.nameRequired') };
  if (!model.countyCode) return { ok: false, message: translate('subsidies.parks.countyRequired') };
  if (!model.operator.trim()) return { ok: false, message: translate('subsidies.parks.operatorRequired') };
  const list = parseUsccList(model.usccText);
  if (!list.ok) return { ok: false, message: translate('subsidies.parks.usccInvalid', { list: list.invalid.join('、') }) };
  return {
    ok: true,
    request: {
      name: model.name.trim(),
      countyCode: model.countyCode,
      operator: model.operator.trim(),
      enterprises: list.usccs.map((uscc) => ({ uscc })),
    },
  };
}
