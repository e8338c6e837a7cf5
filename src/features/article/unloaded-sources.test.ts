import { describe, expect, it } from 'vitest';
import { unloadedSentence, unloadedSources } from './unloaded-sources';
import { loadMultiSource } from '../../test/multi-source-fixture';

describe('unloadedSources', () => {
  it('names each stored source whose text could not be loaded, and only those', () => {
    const sources = loadMultiSource(['courier', 'harbor-watch']).sources;
    expect(unloadedSources(sources)).toEqual([
      {
        id: 'courier',
        name: 'Northwind Courier, “Belmark frees prisoners after talks”',
        reason: 'Could not load courier.txt (HTTP 404).',
      },
      {
        id: 'harbor-watch',
        name: 'Harbor Rights Watch, “Detention update, June 2019”',
        reason: 'Could not load harbor-watch.txt (HTTP 404).',
      },
    ]);
  });

  it('says nothing of loaded sources or of sources cited, not stored', () => {
    expect(unloadedSources(loadMultiSource().sources)).toEqual([]);
  });

  it('unloadedSentence names the source and gives the reason', () => {
    const [source] = unloadedSources(loadMultiSource(['harbor-watch']).sources);
    expect(source && unloadedSentence(source)).toBe(
      'Quotes from Harbor Rights Watch, “Detention update, June 2019”, are shown as the dataset gives them; they could not be checked against its text, because it could not be loaded. Could not load harbor-watch.txt (HTTP 404).',
    );
  });
});
