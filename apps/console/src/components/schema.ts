import type { Option } from '@/utils/labels';

/** One field of a list page's search form (rendered by `search-form.vue`). */
export interface SearchFieldSchema {
  readonly field: string;
  readonly label: string;
  readonly component: 'input' | 'select';
  readonly options?: readonly Option[];
  readonly placeholder?: string;
  readonly testId?: string;
  /** Width of the control, e.g. `200px`. */
  readonly width?: string;
  readonly clearable?: boolean;
}

export type SearchModel = Record<string, string | undefined>;

/** One column of a list table; `slot` names a cell rendered by the page's template. */
export interface ColumnSchema<Row> {
  readonly key: string;
  readonly label: string;
  readonly width?: number;
  readonly minWidth?: number;
  readonly fixed?: 'left' | 'right';
  readonly sortable?: 'custom';
  readonly align?: 'left' | 'center' | 'right';
  readonly slot?: string;
  readonly formatter?: (row: Row) => string;
}
