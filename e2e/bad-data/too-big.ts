/**
 * Inputs too big to commit (1 MB strings, a 1 MiB key, a 20 MB file): the spec builds them at
 * run time from the real data.
 */
import { events, get, readBase, set, str } from './base';

const MB = 1024 * 1024;

/** Event fields that each hold a 1 MB string; the envelope is left valid. */
export const MEGABYTE_FIELDS = [
  ['title'],
  ['summary'],
  ['place'],
  ['notes', 0],
  ['date'],
  ['id'],
  ['quotes', 0, 'text'],
  ['people', 'held_by'],
] as const;

export function megabyteStrings(): string {
  const d = readBase();
  MEGABYTE_FIELDS.forEach((field, i) => {
    set(d, ['events', i, ...field], 'x'.repeat(MB));
  });
  return JSON.stringify(d);
}

/** A valid file whose first event has one unknown key, its name 1 MiB long. */
export function megabyteKey(): string {
  const d = readBase();
  set(d, ['events', 0, 'k'.repeat(MB)], 1);
  return JSON.stringify(d);
}

export function megabyteSourceTitle(): string {
  const d = readBase();
  set(d, ['source', 'title'], 'x'.repeat(MB));
  return JSON.stringify(d);
}

export interface BigDataset {
  readonly body: string;
  /** Events the loader should draw. */
  readonly valid: number;
  readonly skipped: number;
}

/**
 * About `bytes` of JSON: the real events, then copies of them with fresh ids until the size is
 * reached; every `invalidEvery`-th copy gets an unknown kind, so it is skipped.
 */
export function bigDataset(bytes: number, invalidEvery: number): BigDataset {
  const d = readBase();
  const list = events(d);
  const originals = list.map((e) => structuredClone(e));
  const perEvent = JSON.stringify(originals).length / originals.length;
  const copies = Math.ceil((bytes - JSON.stringify(d).length) / perEvent);
  let skipped = 0;
  for (let n = 0; n < copies; n++) {
    const copy = structuredClone(get(originals, [n % originals.length]));
    set(copy, ['id'], `${str(copy, ['id'])}-copy-${n}`);
    if ((n + 1) % invalidEvery === 0) {
      set(copy, ['kind'], 'unknown-kind');
      skipped++;
    }
    list.push(copy);
  }
  return { body: JSON.stringify(d), valid: list.length - skipped, skipped };
}
