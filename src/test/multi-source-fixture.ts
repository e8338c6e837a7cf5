import courierText from '../../e2e/fixtures/multi-source/courier.txt?raw';
import datasetText from '../../e2e/fixtures/multi-source/dataset.json?raw';
import harborText from '../../e2e/fixtures/multi-source/harbor-watch.txt?raw';
import { parseDataset } from '../data/parse-dataset';
import type { Dataset } from '../domain/types';

/**
 * The fictional multi-source fixture the e2e tests serve, parsed as the app parses it: three
 * sources (the ministry cited, not stored), two disputed events and one cohort of four events.
 */
export function multiSourceDataset(): Dataset {
  const outcome = parseDataset(
    JSON.parse(datasetText),
    new Map([
      ['courier', { status: 'loaded', text: courierText }],
      ['harbor-watch', { status: 'loaded', text: harborText }],
    ]),
  );
  if (!outcome.ok) throw new Error(outcome.problems.join('; '));
  return outcome.dataset;
}
