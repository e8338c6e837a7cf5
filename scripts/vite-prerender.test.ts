import { describe, expect, it } from 'vitest';
import { injectPrerender, inlineScriptHashes } from './vite-prerender';

const PAGE = `<!doctype html><html><head><title>t</title>
<script type="module" crossorigin src="./assets/index.js"></script>
</head><body><div id="root"></div></body></html>`;

describe('injectPrerender', () => {
  it('writes dataset text as given, even where it looks like a replacement pattern', () => {
    const text = "a $& b $` c $' d $$ e";
    const html = injectPrerender(PAGE, {
      full: `<p>${text}</p>`,
      embed: `<p>${text} embed</p>`,
      snapshot: JSON.stringify({ note: text }),
      bootScript: `boot("${text}")`,
    });
    expect(html).toContain(`<div id="root"><p>${text}</p></div>`);
    expect(html).toContain(`<div id="root-embed"><p>${text} embed</p></div>`);
    expect(html).toContain(`>{"note":"${text}"}</script>`);
    expect(html).toContain(`<script>boot("${text}")</script>`);
    // Nothing before the root was pasted a second time.
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(inlineScriptHashes(html)).toHaveLength(1);
  });

  it('fetches the code at low priority and refuses a page with nowhere to prerender', () => {
    const html = injectPrerender(PAGE, { full: '', embed: '', snapshot: '{}', bootScript: '' });
    expect(html).toContain('<script type="module" fetchpriority="low" crossorigin');
    expect(() =>
      injectPrerender('<html><head></head></html>', {
        full: '',
        embed: '',
        snapshot: '{}',
        bootScript: '',
      }),
    ).toThrow('index.html has no <div id="root"></div>');
  });
});
