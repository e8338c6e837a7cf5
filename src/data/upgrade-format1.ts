import type { RawDataset, RawEvent, Source } from './dataset-schema';
import type { RawDataset2, RawEvent2, RawSource2 } from './format2-schema';

/**
 * Format 1 → format 2, field by field, adding nothing the file does not say. The loader upgrades
 * each valid format 1 event (after format 1's own checks, so its messages keep format 1's field
 * names); `npm run data:upgrade` writes the whole file. One source, the article; every quote a
 * claim of it, its offsets kept.
 */

/** The id the one source of a format 1 file gets: the file names none. */
export const FORMAT1_SOURCE_ID = 'article';

export function upgradeSource(source: Source): RawSource2 {
  return {
    id: FORMAT1_SOURCE_ID,
    title: source.title,
    publisher: source.publisher,
    ...(source.section !== undefined ? { section: source.section } : {}),
    published: source.published,
    ...(source.url !== undefined ? { url: source.url } : {}),
    // Format 1 calls it an article but does not say what kind of source it is.
    type: 'other',
    text: source.article,
  };
}

export function upgradeEvent(event: RawEvent): RawEvent2 {
  const { quotes, ...rest } = event;
  return {
    ...rest,
    claims: quotes.map((quote) => ({
      source: FORMAT1_SOURCE_ID,
      attribution: quote.attribution,
      quote: { exact: quote.text, start: quote.start, end: quote.end },
    })),
  };
}

export function upgradeDataset(dataset: RawDataset): RawDataset2 {
  return {
    $schema: './timeline.schema.json',
    format: 2,
    title: dataset.source.title,
    derived: dataset.source.derived,
    sources: [upgradeSource(dataset.source)],
    attributions: dataset.attributions,
    events: dataset.events.map(upgradeEvent),
  };
}
