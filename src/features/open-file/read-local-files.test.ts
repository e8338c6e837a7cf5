import { describe, expect, it } from 'vitest';
import timelineText from '../../../data/timeline.json?raw';
import articleText from '../../../data/article.txt?raw';
import sourcesCsv from '../../../data/templates/sources.csv?raw';
import attributionsCsv from '../../../data/templates/attributions.csv?raw';
import claimsCsv from '../../../data/templates/claims.csv?raw';
import cohortsCsv from '../../../data/templates/cohorts.csv?raw';
import templateText from '../../../data/templates/article.txt?raw';
import { workbookOf } from '../../test/workbook';
import { readLocalFiles } from './read-local-files';
import type { LocalFile } from './read-local-files';

function file(name: string, content: string | Uint8Array): LocalFile {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return {
    name,
    text: () => Promise.resolve(new TextDecoder().decode(bytes)),
    arrayBuffer: () => Promise.resolve(bytes.slice().buffer),
  };
}

const ARTICLE_EVENTS = (JSON.parse(timelineText) as { events: unknown[] }).events.length;

describe('readLocalFiles', () => {
  it('the CSV set with its text: every event, quotes checked against the text', async () => {
    const read = await readLocalFiles(
      [
        file('Sources.csv', sourcesCsv),
        file('attributions.csv', attributionsCsv),
        file('claims.csv', claimsCsv),
        file('cohorts.csv', cohortsCsv),
        file('article.txt', templateText),
      ],
      '2000-01-01',
    );
    expect(read.problems).toStrictEqual([]);
    expect(read.dataset?.events).toHaveLength(ARTICLE_EVENTS);
    expect(read.dataset?.sources.map((s) => s.text.status)).toStrictEqual(['loaded']);
  });

  it('our JSON without its text: drawn, and the text to open with it is named', async () => {
    const alone = await readLocalFiles([file('timeline.json', timelineText)], '2000-01-01');
    expect(alone.dataset?.events).toHaveLength(ARTICLE_EVENTS);
    const [source] = alone.dataset?.sources ?? [];
    expect(source?.text).toMatchObject({ status: 'unavailable', url: 'article.txt' });
    const both = await readLocalFiles(
      [file('timeline.json', timelineText), file('article.txt', articleText)],
      '2000-01-01',
    );
    expect(both.dataset?.sources[0]?.text.status).toBe('loaded');
  });

  it('a TimelineJS JSON: its slides are the events', async () => {
    const tjs = {
      title: { text: { headline: 'A fictional title' } },
      events: [
        { start_date: { year: 2001, month: 3 }, text: { headline: 'First', text: '<p>One</p>' } },
        { start_date: { year: 2002 }, text: { headline: 'Second' } },
      ],
    };
    const read = await readLocalFiles([file('tl.json', JSON.stringify(tjs))], '2026-11-29');
    expect(read.problems).toStrictEqual([]);
    expect(read.dataset?.events.map((e) => [e.title, e.window.edtf])).toStrictEqual([
      ['First', '2001-03'],
      ['Second', '2002'],
    ]);
  });

  it('a workbook with a bad row: the row is named, the others are drawn', async () => {
    const lines = claimsCsv.split('\n');
    const workbook = await workbookOf(
      new Map([
        ['sources', sourcesCsv],
        ['attributions', attributionsCsv],
        ['cohorts', cohortsCsv],
        [
          'claims',
          [lines[0], lines[1]?.replace(/,2020-12\?,/, ',Smarch 2020,'), ...lines.slice(2)].join(
            '\n',
          ),
        ],
      ]),
    );
    const read = await readLocalFiles(
      [file('mine.xlsx', workbook), file('article.txt', templateText)],
      '2000-01-01',
    );
    expect(read.problems[0]).toMatch(/^mine\.xlsx › claims, row 2, column date: "Smarch 2020"/);
    expect(read.dataset?.events).toHaveLength(ARTICLE_EVENTS - 1);
  });

  it('files it cannot read are named, and nothing is drawn', async () => {
    const read = await readLocalFiles([file('notes.md', '# hi')], '2000-01-01');
    expect(read.dataset).toBeNull();
    expect(read.problems).toStrictEqual([
      'notes.md: open a .json dataset, the .csv sheets (with their .txt texts), an .xlsx workbook, or a TimelineJS .json or .csv',
    ]);
  });
});
