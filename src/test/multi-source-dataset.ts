import courierText from '../../e2e/fixtures/multi-source/courier.txt?raw';
import rawDataset from '../../e2e/fixtures/multi-source/dataset.json?raw';
import harborText from '../../e2e/fixtures/multi-source/harbor-watch.txt?raw';
import { parseDataset } from '../data/parse-dataset';
import type { Dataset } from '../domain/types';

/**
 * The fictional multi-source fixture (e2e/fixtures/multi-source/), parsed as the app parses it:
 * three sources (one cited, not stored), two disputed events, one cohort of all four events.
 */
export function multiSourceDataset(): Dataset {
  const outcome = parseDataset(
    JSON.parse(rawDataset),
    new Map([
      ['courier', { status: 'loaded', text: courierText }],
      ['harbor-watch', { status: 'loaded', text: harborText }],
    ]),
  );
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome.dataset;
}
