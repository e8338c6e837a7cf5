import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer } from 'vite';
import type { Plugin } from 'vite';
import { SNAPSHOT_ELEMENT_ID } from '../src/data/default-snapshot.ts';
import type { PrerenderModule, PrerenderedPage } from '../src/prerender/types.ts';

const ROOT = resolve(import.meta.dirname, '..');

/**
 * Writes the default page into index.html at build time: the full view in #root and the bare
 * embed in #root-embed (index.css shows the one the boot script chose), the default dataset's
 * checked snapshot, and the boot script. The page is drawn from the HTML alone; the app hydrates
 * it. The render runs the app's own modules through Vite's module runner, so it is the same code.
 */
export function prerenderPage(): Plugin {
  return {
    name: 'custody-timeline:prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        // A server-side module graph that stays open while the page renders: the page's lazily
        // loaded parts are imported during the render.
        const server = await createServer({
          root: ROOT,
          configFile: false,
          appType: 'custom',
          logLevel: 'warn',
          server: { middlewareMode: true, hmr: false, ws: false },
        });
        try {
          const module = (await server.ssrLoadModule(
            join(ROOT, 'src/prerender/render-pages.tsx'),
          )) as PrerenderModule;
          const read = (path: string) => {
            const file = join(ROOT, path);
            return existsSync(file) ? new Uint8Array(readFileSync(file)) : null;
          };
          const dataset = read('data/timeline.json');
          if (!dataset) throw new Error('data/timeline.json is missing: nothing to prerender');
          return injectPrerender(html, await module.renderPages({ dataset, readFile: read }));
        } finally {
          await server.close();
        }
      },
    },
  };
}

/**
 * Shown only where scripts do not run (index.css): such a page cannot read its address, so it
 * says which view it is rather than pass it off as whatever the address names.
 */
const NO_SCRIPT_NOTE =
  '<p class="ct-no-script-note">This page is shown without JavaScript: the bundled dataset\'s full view. Other datasets (<code>?data=</code>), filters, the embed and briefings need JavaScript.</p>';

/** The page with the prerendered views, the snapshot and the boot script in their places. */
export function injectPrerender(html: string, page: PrerenderedPage): string {
  const root = '<div id="root"></div>';
  if (!html.includes(root)) throw new Error(`index.html has no ${root} to prerender into`);
  return (
    html
      // The page is drawn without its code: the HTML and the stylesheet go first, the code after.
      .replace(/<script type="module"/g, '<script type="module" fetchpriority="low"')
      .replace(/<link rel="modulepreload"/g, '<link rel="modulepreload" fetchpriority="low"')
      .replace('</head>', () => `  <script>${page.bootScript}</script>\n  </head>`)
      .replace(
        root,
        // A function: the markup holds dataset text, where `$&` or `$'` must stay as written.
        () =>
          [
            NO_SCRIPT_NOTE,
            `<div id="root">${page.full}</div>`,
            `<div id="root-embed">${page.embed}</div>`,
            `<script type="application/json" id="${SNAPSHOT_ELEMENT_ID}">${page.snapshot}</script>`,
          ].join('\n    '),
      )
  );
}

/** The CSP source for each inline classic script in the page: `'sha256-…'` of its exact text. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, body = '']) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`,
  );
}
