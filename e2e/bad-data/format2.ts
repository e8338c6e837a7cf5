/**
 * Format 2 files with one bad record: the format 1 fixture upgraded (one source, "article", its
 * text the article served beside every case), then broken. The page still draws the rest.
 */
import { DatasetSchema } from '../../src/data/dataset-schema';
import { FORMAT1_SOURCE_ID, upgradeDataset } from '../../src/data/upgrade-format1';
import { idOf, pretty, readBase, set, str, toJson } from './base';
import type { JsonObject } from './base';
import type { BadCase } from './case';
import { skip } from './case';

/** The format 1 fixture as format 2, as `npm run data:upgrade` writes it. */
function readBase2(): JsonObject {
  const upgraded = toJson(upgradeDataset(DatasetSchema.parse(readBase())));
  if (typeof upgraded !== 'object' || upgraded === null || Array.isArray(upgraded)) {
    throw new Error('the upgrade is not an object');
  }
  set(upgraded, ['$schema'], '../../../data/timeline.schema.json');
  return upgraded;
}

function edited2(edit: (d: JsonObject) => void): string {
  const d = readBase2();
  edit(d);
  return pretty(d);
}

/** The cohort `format2-cohort-missing-event.json` adds, and the id it names that no event has. */
export const BAD_COHORT = { id: 'hadrut-reservists', missing: 'no-such-event' } as const;

export const FORMAT2: readonly BadCase[] = [
  {
    name: 'format2-unknown-source.json',
    breaks: 'format 2: a claim cites a source the file does not list',
    build: () =>
      edited2((d) => {
        set(d, ['events', 0, 'claims', 0, 'source'], 'no-such-source');
      }),
    expect: { skips: [skip(0, 'claims[0].source: "no-such-source" is not an id in "sources"')] },
  },
  {
    name: 'format2-quote-not-in-source.json',
    breaks: 'format 2: a quote that its source text does not hold',
    build: () =>
      edited2((d) => {
        const path = ['events', 0, 'claims', 0, 'quote', 'exact'];
        set(d, path, str(d, path).replace('Hadrut', 'Hadrud'));
      }),
    expect: {
      skips: [
        skip(
          0,
          `claims[0].quote.exact: not found verbatim at characters 413–590, and the text does not occur anywhere in the source text (source "${FORMAT1_SOURCE_ID}")`,
        ),
      ],
    },
  },
  {
    name: 'format2-cohort-missing-event.json',
    breaks: 'format 2: a cohort naming an event the file does not have',
    build: () =>
      edited2((d) => {
        set(
          d,
          ['cohorts'],
          [
            {
              id: BAD_COHORT.id,
              label: 'Reservists taken near Hadrut',
              events: [idOf(0), BAD_COHORT.missing],
            },
          ],
        );
      }),
  },
];
