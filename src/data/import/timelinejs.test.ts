import { describe, expect, it } from 'vitest';
import { parseDataset } from '../parse-dataset';
import { readCsv } from './sheet';
import {
  edtfOfTjsDate,
  fromTimelineJson,
  fromTimelineSheet,
  idFrom,
  kindOfGroup,
} from './timelinejs';
import { htmlToPlainText } from './plain-text';
import { toTimelineCsv, toTimelineJson } from './to-timelinejs';
import { loadMultiSource } from '../../test/multi-source-fixture';

const TODAY = '2026-11-29';

describe('TimelineJS pieces', () => {
  it.each([
    [{ year: 2020 }, '2020'],
    [{ year: '2020', month: '12' }, '2020-12'],
    [{ year: 2023, month: 12, day: 8 }, '2023-12-08'],
    [{ year: 2023, month: 12, day: 8, hour: 14, minute: 5 }, '2023-12-08T14:05:00Z'],
    [{ year: 2023, month: 2, day: 30 }, null],
    [{ year: 'soon' }, null],
  ])('the date %j is %s, at the precision it gives', (date, edtf) => {
    expect(edtfOfTjsDate(date)).toBe(edtf);
  });

  it('a group proposes a kind only where it names one', () => {
    expect([
      kindOfGroup('Releases'),
      kindOfGroup('arrests'),
      kindOfGroup('Politics'),
      kindOfGroup(undefined),
    ]).toStrictEqual(['release', 'capture', null, null]);
  });

  it('HTML becomes plain text: tags dropped, blocks as lines, entities decoded, scripts gone', () => {
    expect(
      htmlToPlainText(
        '<p>32 <b>servicemen</b> &amp; 2&nbsp;others</p><p>Freed&#8230;</p><script>alert(1)</script>',
      ),
    ).toBe('32 servicemen & 2\u00A0others\nFreed…');
  });

  it('ids are ASCII slugs, with a fallback when nothing usable is left', () => {
    expect([idFrom('Éléments libérés — 8 déc.', 'x'), idFrom('Ադրբեջան', 'slide-3')]).toStrictEqual(
      ['elements-liberes-8-dec', 'slide-3'],
    );
  });
});

describe('fromTimelineJson', () => {
  const file = {
    title: { text: { headline: 'A <i>fictional</i> timeline' } },
    events: [
      {
        start_date: { year: 2019, month: 5, day: 20 },
        text: { headline: 'Twelve released', text: '<p>Belmark released 12 soldiers.</p>' },
        media: {
          url: 'https://example.org/courier',
          credit: 'Northwind Courier',
          caption: 'Belmark frees prisoners',
        },
        group: 'Releases',
        unique_id: 'Release 12',
      },
      {
        start_date: { year: 2019, month: 3 },
        end_date: { year: 2019, month: 4 },
        text: { headline: 'Talks' },
        group: 'Politics',
      },
      { start_date: { year: 2019, month: 2, day: 31 }, text: { headline: 'Bad date' } },
      { text: { headline: 'No date' } },
    ],
  };
  const imported = fromTimelineJson(file, 'fictional.json', TODAY);

  it('each slide with a date becomes an event with one claim, and the dataset loads', () => {
    expect(imported.dataset?.events.map((e) => [e.id, e.kind, e.date, e.title])).toStrictEqual([
      ['release-12', 'release', '2019-05-20', 'Twelve released'],
      ['talks', 'statement', '2019-03/2019-04', 'Talks'],
    ]);
    expect(imported.dataset?.title).toBe('A fictional timeline');
    const loaded = parseDataset(imported.dataset, new Map());
    expect(loaded.ok && loaded.dataset.skipped).toStrictEqual([]);
  });

  it('the source comes from Media and Media Credit, else from the file; its date is only "by today"', () => {
    expect(imported.dataset?.sources).toStrictEqual([
      {
        id: 'northwind-courier',
        title: 'Belmark frees prisoners',
        publisher: 'Northwind Courier',
        published: '../2026-11-29',
        url: 'https://example.org/courier',
        type: 'other',
      },
      {
        id: 'fictional-json',
        title: 'fictional.json',
        publisher: 'fictional.json',
        published: '../2026-11-29',
        type: 'other',
      },
    ]);
    expect(imported.dataset?.events[0]?.claims).toStrictEqual([
      {
        source: 'northwind-courier',
        attribution: 'timeline-author',
        quote: { exact: 'Belmark released 12 soldiers.' },
      },
    ]);
  });

  it('says what it could not map, and names each bad slide', () => {
    expect(imported.notes).toStrictEqual([
      'events[1]: its end date is read as the end of the window in which the event happened, not as a duration.',
      'events[1]: group "Politics" names no kind; imported as a statement — set its kind.',
    ]);
    expect(
      imported.problems.map((p) => `${p.sheet}: ${p.column ?? ''}: ${p.message}`),
    ).toStrictEqual([
      'fictional.json events[2]: start_date: is not a date: give at least a year (0–9999), and a real month and day',
      'fictional.json: : events[3].start_date: is required',
    ]);
  });
});

describe('fromTimelineSheet', () => {
  it('reads the TimelineJS columns by header; the title row titles the dataset; eras are left out', () => {
    const csv = [
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Alt Text,Type,Group,Background',
      ',,,,,,,,,Our timeline,,,,,,,title,,',
      '2019,5,20,,,,,,,Twelve released,Belmark released 12.,,,,,,,Releases,',
      '2019,,,,2020,,,,,Years of talks,,,,,,,era,,',
      ',5,,,,,,,,No year,,,,,,,,,',
    ].join('\n');
    const imported = fromTimelineSheet(readCsv('timeline.csv', csv).sheet, TODAY);
    expect(imported.dataset?.title).toBe('Our timeline');
    expect(imported.dataset?.events.map((e) => [e.id, e.kind, e.date])).toStrictEqual([
      ['twelve-released', 'release', '2019-05-20'],
    ]);
    expect(imported.notes).toStrictEqual([
      'row 4: an era (a background span) is not an event; left out.',
    ]);
    expect(imported.problems).toStrictEqual([
      {
        sheet: 'timeline.csv',
        row: 5,
        column: 'Year',
        message: 'is empty; every slide needs a year',
      },
    ]);
  });
});

describe('toTimelineJson / toTimelineCsv', () => {
  const dataset = loadMultiSource();
  const exported = JSON.parse(toTimelineJson(dataset)) as { events: Record<string, unknown>[] };

  it('one slide per event: the earliest date allowed, the window in words, our id, the cohort as group', () => {
    expect(
      exported.events.map((s) => [
        s.unique_id,
        s.start_date,
        s.end_date ?? null,
        s.display_date,
        s.group,
      ]),
    ).toStrictEqual([
      [
        'capture-korven-pass',
        { year: 2019, month: 3 },
        null,
        'March 2019',
        'The 20 taken at Korven Pass',
      ],
      [
        'sentence-korven-pass',
        { year: 2019, month: 4 },
        null,
        'April 2019',
        'The 20 taken at Korven Pass',
      ],
      [
        'release-korven-pass',
        { year: 2019, month: 5, day: 20 },
        null,
        '20 May 2019',
        'The 20 taken at Korven Pass',
      ],
      [
        'held-korven-pass',
        { year: 2019, month: 5, day: 20 },
        { year: 2019, month: 6, day: 2 },
        'between 20 May 2019 and 2 June 2019',
        'The 20 taken at Korven Pass',
      ],
    ]);
  });

  it('quotes and sources go in Text, escaped, and come back as plain text on import', () => {
    const [first] = exported.events;
    expect(first?.text).toStrictEqual({
      headline: '20 Arland soldiers captured near Korven Pass',
      text: '<p>Belmark took 20 Arland soldiers prisoner near Korven Pass in March 2019.</p><blockquote>“The soldiers were among 20 taken prisoner near Korven Pass in March 2019.”</blockquote><p>— Northwind Courier (its own reporting); Northwind Courier, “Belmark frees prisoners after talks”, 20 May 2019</p>',
    });
    const back = fromTimelineJson(exported, 'exported.json', TODAY);
    expect(back.problems).toStrictEqual([]);
    expect(back.dataset?.events.map((e) => [e.id, e.date])).toStrictEqual(
      dataset.events.map((e) => [e.id, e.window.edtf]),
    );
  });

  it('the CSV has the TimelineJS header, a title row, and one row per event', () => {
    const sheet = readCsv('timeline.csv', toTimelineCsv(dataset)).sheet;
    expect(sheet.columns.slice(0, 4)).toStrictEqual(['year', 'month', 'day', 'time']);
    expect(
      sheet.rows.map((r) => [r.cells.get('type') ?? '', r.cells.get('headline')]),
    ).toStrictEqual([
      ['title', 'Fictional test data: the Korven Pass prisoners (Arland and Belmark)'],
      ['', '20 Arland soldiers captured near Korven Pass'],
      ['', 'The 20 sentenced by a military court'],
      ['', 'Belmark releases Arland soldiers'],
      ['', 'Soldiers from the Korven Pass group still held'],
    ]);
  });
});

describe('fromTimelineJson with a malformed media address', () => {
  it('imports the slide, citing the file, instead of throwing', () => {
    const file = {
      events: [{ start_date: { year: 2019 }, text: { headline: 'A' }, media: { url: 'http://' } }],
    };
    const imported = fromTimelineJson(file, 'odd.json', TODAY);
    expect(imported.problems).toStrictEqual([]);
    expect(imported.dataset?.events[0]?.claims[0]?.source).toBe('odd-json');
  });
});
