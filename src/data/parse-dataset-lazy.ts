import { checkRecords, fastPass, withEvents } from './dataset-checks';
import type { CheckOutcome, GivenTexts, ParseOutcome } from './dataset-checks';
import { acceptedRecords } from './records';
import type { TimelineEvent } from '../domain/types';

/**
 * parse-dataset.ts for the app's loader (the page and the dataset worker): the same checks, but
 * zod is not loaded for a valid file. The fast checkers (fast-format1.ts, fast-format2.ts) say
 * whether each record is valid; only when one refuses a record is zod imported, to say why in
 * the format's own words. A valid file never requests zod's chunk.
 */
export async function parseDatasetLazily(
  raw: unknown,
  texts: GivenTexts,
  onProgress?: (checked: number, total: number) => void,
): Promise<ParseOutcome> {
  const events: TimelineEvent[] = [];
  return withEvents(
    await checkDatasetLazily(raw, texts, (event) => events.push(event), onProgress),
    events,
  );
}

/** `parseDatasetLazily`'s work, handing each valid event to `onEvent` as it is checked. */
export async function checkDatasetLazily(
  raw: unknown,
  texts: GivenTexts,
  onEvent: (event: TimelineEvent) => void,
  onProgress?: (checked: number, total: number) => void,
): Promise<CheckOutcome> {
  const fast = fastPass(raw);
  if (typeof fast === 'string') return { ok: false, problems: [fast] };
  const records = acceptedRecords(fast) ?? (await import('./zod-records')).wordRefusals(raw, fast);
  if (!records.ok) return records;
  return checkRecords(records.records, texts, onEvent, onProgress);
}
