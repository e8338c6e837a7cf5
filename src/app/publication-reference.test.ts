import { describe, expect, it } from 'vitest';
import { loadMultiSource } from '../test/multi-source-fixture';
import { publicationReference } from './publication-reference';

const { sources } = loadMultiSource();

describe('publicationReference', () => {
  it('with several sources, names the latest one and its publisher, and ends on its day', () => {
    expect(publicationReference(sources)).toStrictEqual({
      at: Date.UTC(2019, 5, 3),
      label: 'Latest source published 2 June 2019 (Harbor Rights Watch)',
    });
  });

  it('does not depend on the order the sources are listed in', () => {
    expect(publicationReference([...sources].reverse())).toStrictEqual(
      publicationReference(sources),
    );
  });

  it('with a single source, keeps the article wording', () => {
    const [courier] = sources;
    if (!courier) throw new Error('the fixture has sources');
    expect(publicationReference([courier])).toStrictEqual({
      at: Date.UTC(2019, 4, 21),
      label: 'Article published 20 May 2019',
    });
  });

  it('with no dated source, says so', () => {
    expect(publicationReference([])).toStrictEqual({ at: 0, label: 'No publication date' });
  });
});
