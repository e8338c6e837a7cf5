import datasetText from '../../e2e/fixtures/multi-source/dataset.json?raw';
import courierText from '../../e2e/fixtures/multi-source/courier.txt?raw';
import harborText from '../../e2e/fixtures/multi-source/harbor-watch.txt?raw';
import { parseDataset } from '../data/parse-dataset';
import type { Dataset, SourceText, TimelineEvent } from '../domain/types';

const STORED = [
  { id: 'courier', file: 'courier.txt', text: courierText },
  { id: 'harbor-watch', file: 'harbor-watch.txt', text: harborText },
];

/**
 * The fictional multi-source fixture (three sources, one cited but not stored; disputed counts;
 * one cohort), parsed as the app parses it. `unloaded` names stored sources whose text is to be
 * treated as unavailable, as when their file answers 404.
 */
export function loadMultiSource(unloaded: readonly string[] = []): Dataset {
  const raw: unknown = JSON.parse(datasetText);
  const texts = new Map<string, SourceText>(
    STORED.map(({ id, file, text }) => [
      id,
      unloaded.includes(id)
        ? { status: 'unavailable', url: file, reason: `Could not load ${file} (HTTP 404).` }
        : { status: 'loaded', text },
    ]),
  );
  const outcome = parseDataset(raw, texts);
  if (!outcome.ok) throw new Error(`the fixture did not load: ${outcome.problems.join('; ')}`);
  return outcome.dataset;
}

/** One event of a dataset by id, failing the test loudly when it is not there. */
export function eventById(dataset: Dataset, id: string): TimelineEvent {
  const event = dataset.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id} in the fixture`);
  return event;
}
