import { checkRecords, fastPass, withEvents } from './dataset-checks';
import type { CheckOutcome, GivenTexts, ParseOutcome } from './dataset-checks';
import { acceptedRecords } from './records';
import { wordRefusals } from './zod-records';
import type { TimelineEvent } from '../domain/types';

export { readFormat } from './dataset-checks';
export type { CheckOutcome, GivenTexts, ParseOutcome } from './dataset-checks';

/**
 * The one gate between a raw file and a dataset, at once, for scripts, tests and the importers
 * (the app's loader uses parse-dataset-lazy.ts, which loads zod only when it must): reads the
 * format (none is format 1, upgraded), validates the envelope strictly, then each record on its
 * own, so one bad event or cohort is skipped and reported instead of failing the whole file.
 * Quotes are checked against every stored text that could be loaded.
 */
export function parseDataset(
  raw: unknown,
  texts: GivenTexts,
  onProgress?: (checked: number, total: number) => void,
): ParseOutcome {
  const events: TimelineEvent[] = [];
  return withEvents(
    checkDataset(raw, texts, (event) => events.push(event), onProgress),
    events,
  );
}

/**
 * `parseDataset`'s work, handing each valid, normalised event to `onEvent` in file order as soon
 * as it is checked. Sorting is the caller's: `compareEvents`.
 */
export function checkDataset(
  raw: unknown,
  texts: GivenTexts,
  onEvent: (event: TimelineEvent) => void,
  onProgress?: (checked: number, total: number) => void,
): CheckOutcome {
  const fast = fastPass(raw);
  if (typeof fast === 'string') return { ok: false, problems: [fast] };
  const records = acceptedRecords(fast) ?? wordRefusals(raw, fast);
  if (!records.ok) return records;
  return checkRecords(records.records, texts, onEvent, onProgress);
}
