import { describe, expect, it } from 'vitest';
import { buildEmbedSnippet, EMBED_SANDBOX } from './embed-snippet';
import { shouldPost } from './use-post-size';

const URL_WITH_STATE = 'https://news.example/ct/?mode=embed&kind=release&q="x"';

function attribute(snippet: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(snippet)?.[1];
}

describe('buildEmbedSnippet', () => {
  it('lets "Open full view" escape the sandbox, so Download and Print work in the new tab', () => {
    const snippet = buildEmbedSnippet(URL_WITH_STATE);
    expect(attribute(snippet, 'sandbox')).toBe(
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    );
    expect(EMBED_SANDBOX.split(' ')).toContain('allow-popups-to-escape-sandbox');
  });

  it('reserves the height measured for the chosen column width', () => {
    expect(attribute(buildEmbedSnippet(URL_WITH_STATE, 'narrow'), 'height')).toBe('1172');
    expect(attribute(buildEmbedSnippet(URL_WITH_STATE, 'medium'), 'height')).toBe('1188');
    expect(attribute(buildEmbedSnippet(URL_WITH_STATE, 'wide'), 'height')).toBe('1006');
    expect(attribute(buildEmbedSnippet(URL_WITH_STATE), 'height')).toBe('1188');
  });

  it('picks the reservation for the real column width in its script, by the same table', () => {
    const snippet = buildEmbedSnippet(URL_WITH_STATE);
    expect(snippet).toContain('var height = width < 500 ? 1172 : width < 820 ? 1188 : 1006;');
  });

  it('escapes the URL in the attribute and accepts messages from the app origin only', () => {
    const snippet = buildEmbedSnippet(URL_WITH_STATE);
    expect(attribute(snippet, 'src')).toBe(
      'https://news.example/ct/?mode=embed&amp;kind=release&amp;q=&quot;x&quot;',
    );
    expect(snippet).toContain('var origin = "https://news.example";');
  });
});

describe('shouldPost', () => {
  it('keeps the reserved height through the first load, and posts every other state', () => {
    expect(shouldPost('loading', false)).toBe(false);
    expect(shouldPost('ready', false)).toBe(true);
    expect(shouldPost('error', false)).toBe(true);
    // After an error, Retry shows the loading screen in a frame already sized to the error.
    expect(shouldPost('loading', true)).toBe(true);
  });
});
