/** Single events are wrong: each is skipped and named with its field, and the others are drawn. */
import {
  readArticle,
  baseNumber,
  baseString,
  edited,
  events,
  get,
  ids,
  num,
  remove,
  set,
  str,
} from './base';
import type { BadCase } from './case';
import { EDTF_HINT, KIND_OPTIONS, NO_SUCH_DAY, SLUG, YEARS, skip } from './case';

const articleLength = () => Array.from(readArticle()).length;
const start = (i: number) => baseNumber(i, 'quotes', 0, 'start');
const end = (i: number) => baseNumber(i, 'quotes', 0, 'end');
const NOT_A_NUMBER = 'Invalid input: expected number, received string';

export const BROKEN_EVENTS: readonly BadCase[] = [
  {
    name: 'missing-required-fields.json',
    breaks: 'id, kind, date, title, quotes, summary and people each missing from one event',
    build: () =>
      edited((d) => {
        remove(d, ['events', 0, 'id']);
        remove(d, ['events', 1, 'kind']);
        remove(d, ['events', 2, 'date']);
        remove(d, ['events', 3, 'title']);
        remove(d, ['events', 4, 'quotes']);
        remove(d, ['events', 5, 'summary']);
        remove(d, ['events', 6, 'people']);
      }),
    expect: {
      skips: [
        { index: 0, id: null, problems: ['id: is required'] },
        skip(1, 'kind: is required'),
        skip(2, 'date: is required'),
        skip(3, 'title: is required'),
        skip(4, 'quotes: is required'),
        skip(5, 'summary: is required'),
        skip(6, `people: is required for kind "${baseString(6, 'kind')}"`),
      ],
    },
  },
  {
    name: 'unknown-kind.json',
    breaks: 'kinds "execution" and "Release"',
    build: () =>
      edited((d) => {
        set(d, ['events', 0, 'kind'], 'execution');
        set(d, ['events', 9, 'kind'], 'Release');
      }),
    expect: { skips: [skip(0, `kind: ${KIND_OPTIONS}`), skip(9, `kind: ${KIND_OPTIONS}`)] },
  },
  {
    name: 'invalid-edtf.json',
    breaks:
      'month 13, open both ends, a set, an unknown bound, 30 February, empty, year 300000, a reversed interval, 29 February 2023',
    build: () =>
      edited((d) => {
        const dates = ['2020-13', '../..', '[2020,2021]', '/2023', '2023-02-30', '', 'Y300000'];
        dates.forEach((date, i) => {
          set(d, ['events', i, 'date'], date);
        });
        set(d, ['events', 7, 'date'], '2024/2020');
        set(d, ['events', 8, 'date'], '2023-02-29');
      }),
    expect: {
      skips: [
        skip(0, `date: "2020-13" ${EDTF_HINT}`),
        skip(1, 'date: "../.." is open at both ends and allows any date at all'),
        skip(2, 'date: "[2020,2021]" is an EDTF set; give one date or an interval instead'),
        skip(
          3,
          'date: "/2023" has an unknown interval bound; write ".." for an open bound, e.g. "../2023-12-08"',
        ),
        skip(4, `date: "2023-02-30" ${NO_SUCH_DAY}: February 2023 has 28 days`),
        skip(5, `date: "" ${EDTF_HINT}`),
        skip(6, `date: "Y300000" ${YEARS}`),
        skip(7, 'date: "2024/2020" ends before it starts'),
        skip(8, `date: "2023-02-29" ${NO_SUCH_DAY}: February 2023 has 28 days`),
      ],
    },
  },
  {
    name: 'offsets-shifted.json',
    breaks: 'start and end one character late',
    build: () =>
      edited((d) => {
        set(
          d,
          ['events', 0, 'quotes', 0, 'start'],
          num(d, ['events', 0, 'quotes', 0, 'start']) + 1,
        );
        set(d, ['events', 0, 'quotes', 0, 'end'], num(d, ['events', 0, 'quotes', 0, 'end']) + 1);
      }),
    expect: {
      skips: [
        skip(
          0,
          `quotes[0].text: not found verbatim at characters ${start(0) + 1}–${end(0) + 1}; the text stands at ${start(0)}`,
        ),
      ],
    },
  },
  {
    name: 'offsets-wrong-length.json',
    breaks: 'end − start longer than the quote',
    build: () =>
      edited((d) => {
        set(d, ['events', 1, 'quotes', 0, 'end'], num(d, ['events', 1, 'quotes', 0, 'end']) + 5);
      }),
    expect: {
      skips: [
        skip(
          1,
          `quotes[0].end: end − start is ${end(1) + 5 - start(1)} but the quote is ${end(1) - start(1)} characters long`,
        ),
      ],
    },
  },
  {
    name: 'quote-end-past-article.json',
    breaks: 'offsets beyond the end of the article',
    build: () =>
      edited((d) => {
        const quote = ['events', 3, 'quotes', 0];
        const length = Array.from(str(d, [...quote, 'text'])).length;
        set(d, [...quote, 'end'], 5000);
        set(d, [...quote, 'start'], 5000 - length);
      }),
    expect: {
      skips: [
        skip(
          3,
          `quotes[0].end: 5000 is past the end of the article (${articleLength()} characters)`,
        ),
      ],
    },
  },
  {
    name: 'quote-not-in-article.json',
    breaks: 'a quote whose words are not in the article',
    build: () =>
      edited((d) => {
        const path = ['events', 0, 'quotes', 0, 'text'];
        set(d, path, str(d, path).replace('APA', 'AFP'));
      }),
    expect: {
      skips: [
        skip(
          0,
          `quotes[0].text: not found verbatim at characters ${start(0)}–${end(0)}, and the text does not occur anywhere in the article`,
        ),
      ],
    },
  },
  {
    name: 'duplicate-ids.json',
    breaks: 'an id used twice, and a whole event repeated',
    build: () =>
      edited((d) => {
        set(d, ['events', 1, 'id'], str(d, ['events', 0, 'id']));
        events(d).push(structuredClone(get(d, ['events', 9])));
      }),
    expect: {
      skips: [
        {
          index: 1,
          id: ids[0] ?? '',
          problems: [`id: "${ids[0] ?? ''}" is already used by event #0`],
        },
        {
          index: ids.length,
          id: ids[9] ?? '',
          problems: [`id: "${ids[9] ?? ''}" is already used by event #9`],
        },
      ],
    },
  },
  {
    name: 'unknown-attribution.json',
    breaks: 'attributions that are not in "attributions" (one not even a slug)',
    build: () =>
      edited((d) => {
        set(d, ['events', 0, 'quotes', 0, 'attribution'], 'nobody');
        set(d, ['events', 4, 'quotes', 1, 'attribution'], 'APA');
      }),
    expect: {
      skips: [
        skip(0, 'quotes[0].attribution: "nobody" is not an id in "attributions"'),
        skip(4, `quotes[1].attribution: ${SLUG}`),
      ],
    },
  },
  {
    name: 'negative-counts.json',
    breaks: 'a negative count, minimum and sentence length',
    build: () =>
      edited((d) => {
        set(d, ['events', 1, 'people', 'count'], -6);
        set(d, ['events', 5, 'sentence_length', 'years'], -1);
        set(d, ['events', 3, 'people', 'min'], -1);
      }),
    expect: {
      skips: [
        skip(1, 'people.count: must not be negative'),
        skip(3, 'people.min: must not be negative'),
        skip(5, 'sentence_length.years: must not be negative'),
      ],
    },
  },
  {
    name: 'fractional-counts.json',
    breaks: 'fractional people counts (fractional years stay valid)',
    build: () =>
      edited((d) => {
        set(d, ['events', 1, 'people', 'count'], 6.5);
        set(d, ['events', 3, 'people', 'max'], 64.25);
        // Years may be fractional (two and a half years is a sentence): this one stays valid.
        set(d, ['events', 5, 'sentence_length', 'years'], 2.5);
      }),
    expect: {
      skips: [
        skip(1, 'people.count: must be a whole number'),
        skip(3, 'people.max: must be a whole number'),
      ],
    },
  },
  {
    name: 'numbers-as-strings.json',
    breaks: 'offsets, a count and years written as strings',
    build: () =>
      edited((d) => {
        set(d, ['events', 1, 'people', 'count'], '6');
        for (const offset of ['start', 'end']) {
          const path = ['events', 0, 'quotes', 0, offset];
          set(d, path, String(num(d, path)));
        }
        set(d, ['events', 5, 'sentence_length', 'years'], 'six');
      }),
    expect: {
      skips: [
        skip(0, `quotes[0].start: ${NOT_A_NUMBER}`, `quotes[0].end: ${NOT_A_NUMBER}`),
        skip(1, `people.count: ${NOT_A_NUMBER}`),
        skip(5, `sentence_length.years: ${NOT_A_NUMBER}`),
      ],
    },
  },
  {
    name: 'huge-numbers.json',
    breaks: 'counts of 1e400 (Infinity) and 1e20; 2^53 − 1 is allowed and drawn',
    // 1e400 is Infinity once parsed; 1e20 is past the safe integers; 2^53−1 is allowed and drawn.
    build: () =>
      edited((d) => {
        set(d, ['events', 1, 'people', 'count'], 123456789);
        set(d, ['events', 3, 'people', 'count'], 1e20);
        set(d, ['events', 9, 'people', 'count'], Number.MAX_SAFE_INTEGER);
      }).replace('"count": 123456789', '"count": 1e400'),
    expect: {
      skips: [
        skip(1, 'people.count: must be a whole number'),
        skip(3, 'people.count: Too big: expected int to be <=9007199254740991'),
      ],
    },
  },
  {
    name: 'qualifier-mismatch.json',
    breaks: '"exact" without a number, "some" with one, min above max',
    build: () =>
      edited((d) => {
        set(d, ['events', 0, 'people', 'qualifier'], 'exact');
        set(d, ['events', 1, 'people', 'qualifier'], 'some');
        set(d, ['events', 3, 'people', 'min'], 70);
        set(d, ['events', 3, 'people', 'max'], 60);
      }),
    expect: {
      skips: [
        skip(0, 'people.count: is null but qualifier "exact" needs a number'),
        skip(
          1,
          'people.count: must be null when qualifier is "some" (the article gives no number)',
        ),
        skip(3, 'people.min: min 70 is above max 60'),
      ],
    },
  },
  {
    name: 'kind-rules.json',
    breaks: 'a release without people, a sentence length on a release',
    build: () =>
      edited((d) => {
        set(d, ['events', 9, 'sentence_length'], { years: 1, qualifier: 'exact' });
        set(d, ['events', 8, 'kind'], 'release');
      }),
    expect: {
      skips: [
        skip(8, 'people: is required for kind "release"'),
        skip(9, 'sentence_length: belongs only to kind "sentence", not "release"'),
      ],
    },
  },
  {
    name: 'unknown-keys.json',
    breaks: 'the typo "note" for "notes", an unknown key in people',
    build: () =>
      edited((d) => {
        const notes = get(d, ['events', 0, 'notes']);
        remove(d, ['events', 0, 'notes']);
        set(d, ['events', 0, 'note'], notes);
        set(d, ['events', 1, 'people', 'number'], 6);
      }),
    expect: {
      skips: [skip(0, 'note: unknown field'), skip(1, 'people.number: unknown field')],
    },
  },
  {
    name: 'too-many-quotes.json',
    breaks: '51 quotes on one event',
    build: () =>
      edited((d) => {
        const quote = get(d, ['events', 9, 'quotes', 0]);
        set(
          d,
          ['events', 9, 'quotes'],
          Array.from({ length: 51 }, () => structuredClone(quote)),
        );
      }),
    expect: { skips: [skip(9, 'quotes: Too big: expected array to have <=50 items')] },
  },
  {
    name: 'all-events-invalid.json',
    breaks: 'every date is 2023-12-32',
    build: () =>
      edited((d) => {
        events(d).forEach((_, i) => {
          set(d, ['events', i, 'date'], '2023-12-32');
        });
      }),
    expect: {
      skips: ids.map((_, i) =>
        skip(i, `date: "2023-12-32" ${NO_SUCH_DAY}: December 2023 has 31 days`),
      ),
    },
  },
  {
    name: 'empty-events.json',
    breaks: 'no events at all',
    build: () =>
      edited((d) => {
        d.events = [];
      }),
    expect: { skips: [], draws: [] },
  },
  {
    name: 'count-outside-bounds.json',
    breaks: 'a count above its own max, a count below its own min',
    build: () =>
      edited((d) => {
        // 32 released, yet "at most 30"; 64 captured, yet "at least 70".
        set(d, ['events', 9, 'people', 'max'], 30);
        set(d, ['events', 3, 'people', 'min'], 70);
      }),
    expect: {
      skips: [
        skip(3, `people.count: ${baseNumber(3, 'people', 'count')} is below its own min 70`),
        skip(9, `people.count: ${baseNumber(9, 'people', 'count')} is above its own max 30`),
      ],
    },
  },
  {
    name: 'year-0-and-9999.json',
    breaks:
      'years 0, 9999 and an interval 0000/9999 (drawn); years −1, −300000, 10000 and a bare 20231208 (refused)',
    build: () =>
      edited((d) => {
        set(d, ['events', 0, 'date'], '0000');
        set(d, ['events', 1, 'date'], '9999-12-31');
        set(d, ['events', 2, 'date'], '0000/9999');
        set(d, ['events', 3, 'date'], '-0001-06');
        set(d, ['events', 4, 'date'], 'Y-300000');
        set(d, ['events', 5, 'date'], 'Y10000');
        set(d, ['events', 6, 'date'], '20231208');
      }),
    expect: {
      skips: [
        skip(3, `date: "-0001-06" ${YEARS}`),
        skip(4, `date: "Y-300000" ${YEARS}`),
        skip(5, `date: "Y10000" ${YEARS}`),
        // Bare digits are not a year: edtf.js alone reads them as milliseconds after 1970.
        skip(6, `date: "20231208" ${EDTF_HINT}`),
      ],
    },
  },
  {
    name: 'time-without-offset.json',
    breaks: 'a time of day with no UTC offset',
    build: () =>
      edited((d) => {
        set(d, ['events', 9, 'date'], '2023-12-08T02:30:00');
      }),
  },
];

/** The article link is wrong: the events may still be drawn, or the load stops, naming it. */
export const BROKEN_ARTICLE_LINKS: readonly BadCase[] = [
  {
    name: 'article-missing.json',
    breaks: 'an article that answers 404',
    build: () =>
      edited((d) => {
        set(d, ['source', 'article'], 'no-such-article.txt');
      }),
  },
  {
    name: 'article-other-origin.json',
    breaks: 'an article on another origin',
    build: () =>
      edited((d) => {
        set(d, ['source', 'article'], 'https://evil.example/article.txt');
      }),
  },
  {
    name: 'article-url-unparseable.json',
    breaks: 'an article address that is no URL',
    build: () =>
      edited((d) => {
        set(d, ['source', 'article'], 'http://[::1');
      }),
  },
];
