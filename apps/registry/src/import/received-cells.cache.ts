import { Injectable } from '@nestjs/common';
import { MAX_IMPORT_ROWS } from '@ladder/contracts';

import type { Cell } from './import-row.parser';

/** Rows kept at most: one file at its largest. */
const MAX_ROWS = MAX_IMPORT_ROWS;

/**
 * The cells of staged import rows as `registry.import.append` received them, by job and `import_row.id`, kept after
 * the append committed until the worker takes the row: the worker then neither reads the row's `cells` column back
 * nor parses its JSON. Only an optimisation — the worker still selects which rows are pending from the database,
 * and reads the cells of any row not held here (after a restart, a row appended through another replica, a job
 * dropped to make room). A row's cells never change once stored, and only cells whose JSON round trip gives the
 * same values are held (`sameAsStored`), so a held row is exactly what the worker would have read.
 */
@Injectable()
export class ReceivedCells {
  /** Per job, in the order the jobs were first appended to: the oldest is dropped first to make room. */
  private readonly jobs = new Map<string, Map<number, Record<string, Cell>>>();
  private held = 0;

  /** Call after the append's transaction committed (ids of rolled-back rows may be given out again). */
  remember(jobId: string, ids: readonly number[], cells: readonly Record<string, Cell>[]): void {
    if (ids.length > MAX_ROWS) return;
    for (const [oldest, rows] of this.jobs) {
      if (this.held + ids.length <= MAX_ROWS) break;
      if (oldest === jobId) continue;
      this.jobs.delete(oldest);
      this.held -= rows.size;
    }
    if (this.held + ids.length > MAX_ROWS) return;
    let rows = this.jobs.get(jobId);
    if (!rows) {
      rows = new Map<number, Record<string, Cell>>();
      this.jobs.set(jobId, rows);
    }
    ids.forEach((id, i) => {
      const row = cells[i];
      if (!row || !sameAsStored(row) || rows.has(id)) return;
      rows.set(id, row);
      this.held++;
    });
  }

  /** The cells held for a row of a job, forgotten as they are taken. */
  take(jobId: string, id: number): Record<string, Cell> | undefined {
    const rows = this.jobs.get(jobId);
    const row = rows?.get(id);
    if (rows && row) {
      rows.delete(id);
      this.held--;
    }
    return row;
  }

  /** Drop whatever is still held for a job (completed: nothing of it is pending any more). */
  forget(jobId: string): void {
    const rows = this.jobs.get(jobId);
    if (!rows) return;
    this.jobs.delete(jobId);
    this.held -= rows.size;
  }

  /** Rows held (tests). */
  get size(): number {
    return this.held;
  }
}

/**
 * True when `JSON.parse(JSON.stringify(cells))` gives the same keys and values (the column is JSON): a plain
 * object whose values are strings, booleans, null or finite numbers other than -0 (stored as 0), no `__proto__`
 * key.
 */
export function sameAsStored(cells: Record<string, unknown>): boolean {
  if (cells === null || typeof cells !== 'object' || Object.getPrototypeOf(cells) !== Object.prototype) return false;
  for (const key of Object.keys(cells)) {
    if (key === '__proto__') return false;
    const v = cells[key];
    if (v === null || typeof v === 'string' || typeof v === 'boolean') continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || Object.is(v, -0)) return false;
  }
  return true;
}
