import type { TimelineEvent } from '../types';
import type { TestFilter } from './declaration';
import { cleanQuery, readParam } from './url-params';

/** Any UTF-16 code unit past ASCII (surrogates included). */
const NON_ASCII = /[\u0080-\uffff]/;

/** Lower-case, accents and spacing folded, so "hadrut" finds "Hadrut" and NBSPs match spaces. */
export function foldText(text: string): string {
  // ASCII has no accents to strip and NFKD leaves it alone: skip both (the first search over
  // 100,000 events folds every title, summary and quote).
  if (!NON_ASCII.test(text)) return text.replace(/\s+/g, ' ').toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Folded search text per event, computed once: events are immutable, filters run often. */
const folded = new WeakMap<TimelineEvent, string>();

/**
 * The event's folded search text — title, summary, place and every quote — cached; exported so
 * an idle task can prepare it early.
 */
export function foldedTextOf(event: TimelineEvent): string {
  let text = folded.get(event);
  if (text === undefined) {
    const texts = [
      event.title,
      event.summary,
      event.place ?? '',
      ...event.claims.map((claim) => claim.quote.exact),
    ];
    // A separator no query can contain keeps a match from spanning two fields.
    text = texts.map(foldText).join('\u0000');
    folded.set(event, text);
  }
  return text;
}

/** `q=hadrut`: events whose folded text contains the folded, trimmed query ('' matches all). */
export const searchFilter: TestFilter<'q', string> = {
  type: 'test',
  key: 'q',
  params: ['q'],
  initial: '',
  read: (params) => cleanQuery(readParam(params, 'q') ?? ''),
  write(q) {
    const clean = cleanQuery(q);
    return clean === '' ? [] : [['q', clean]];
  },
  sanitize: (q) => q,
  isActive: (q) => q.trim() !== '',
  compile(q, _columns, events) {
    const needle = foldText(q).trim();
    if (needle === '') return null;
    return (i) => {
      const event = events[i];
      return event !== undefined && foldedTextOf(event).includes(needle);
    };
  },
};
