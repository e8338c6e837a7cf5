/// <reference types="vitest/config" />
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { parseDataOrigins } from './src/data/data-origins.ts';
import { inlineScriptHashes, prerenderPage } from './scripts/vite-prerender.ts';

const DATA_DIR = resolve(import.meta.dirname, 'data');
const DATA_FILE = /\.(json|txt)$/;

/**
 * Serves `data/` at `./data/` in dev and copies it unhashed into the build, so the dataset keeps
 * its public, documented file names (`data/timeline.json`, `data/article.txt`) and the dataset's
 * relative `source.article` link resolves the same way in dev, preview and any host path.
 */
function datasetFiles(): Plugin {
  return {
    name: 'custody-timeline:data',
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const name = (req.url ?? '').split('?')[0]?.replace(/^\//, '') ?? '';
        if (!DATA_FILE.test(name) || name.includes('/')) {
          next();
          return;
        }
        try {
          const body = readFileSync(join(DATA_DIR, name));
          res.setHeader(
            'Content-Type',
            name.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8',
          );
          res.end(body);
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const name of readdirSync(DATA_DIR).filter((n) => DATA_FILE.test(n))) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: readFileSync(join(DATA_DIR, name)),
        });
      }
    },
  };
}

/**
 * Origins other than the app's own that `?data=` may load from, parsed as the page parses them.
 * Read in every mode, so a bad entry fails the single-file build too, where it would reach the
 * page's allowlist though its CSP connects nowhere.
 */
function dataOrigins(mode: string): string[] {
  return parseDataOrigins(loadEnv(mode, import.meta.dirname, 'VITE_').VITE_DATA_ORIGINS);
}

/**
 * The built page's Content-Security-Policy, as a <meta> tag (static hosts cannot all set
 * headers): no inline script, no eval, data only from this origin plus the allowlist, no
 * plugins, no <base>. The single file must inline its script and style, so it allows inline
 * code — and in exchange may connect nowhere at all.
 */
export function contentSecurityPolicy(
  origins: readonly string[],
  single: boolean,
  scriptHashes: readonly string[] = [],
): string {
  const directives = single
    ? [
        "default-src 'none'",
        "script-src 'unsafe-inline'",
        "style-src 'unsafe-inline'",
        'img-src data: blob:',
        "connect-src 'none'",
      ]
    : [
        "default-src 'self'",
        // The boot script in <head>, allowed by the hash of its exact text and nothing else.
        ["script-src 'self'", ...scriptHashes].join(' '),
        "style-src 'self'",
        "img-src 'self' data: blob:",
        ["connect-src 'self'", ...origins].join(' '),
      ];
  return [...directives, "object-src 'none'", "base-uri 'none'", "form-action 'none'"].join('; ');
}

function cspMeta(policy: (html: string) => string): Plugin {
  return {
    name: 'custody-timeline:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          /<head>/,
          `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy(html)}" />`,
        ),
    },
  };
}

/**
 * The single file promises exactly one file. The dataset worker is never started there (the data
 * is inlined and checked on the page), but Vite emits a worker chunk for every
 * `new Worker(new URL(…))` it sees, whatever the branch; drop it, and fail the build if anything
 * else besides index.html would be written.
 */
function singleFileOnly(): Plugin {
  return {
    name: 'custody-timeline:single-file-only',
    enforce: 'post',
    // After vite-plugin-singlefile has inlined (and removed) the chunks it could.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const name of Object.keys(bundle)) {
          if (/^(?:assets\/)?dataset-worker-[\w-]+\.js$/.test(name))
            Reflect.deleteProperty(bundle, name);
        }
        const others = Object.keys(bundle).filter((name) => name !== 'index.html');
        if (others.length > 0) {
          this.error(`the single-file build would also write ${others.join(', ')}`);
        }
      },
    },
  };
}

/**
 * `--mode single` (npm run build:single): one self-contained HTML file with the JS, CSS and the
 * bundled dataset inlined (its prerendered snapshot, src/data/default-snapshot.ts), for briefing
 * rooms without a network.
 */
export default defineConfig(({ mode }) => ({
  base: './',
  plugins:
    mode === 'single'
      ? [
          react(),
          tailwindcss(),
          viteSingleFile({ removeViteModuleLoader: true }),
          singleFileOnly(),
          prerenderPage(),
          // 'unsafe-inline' already allows the boot script: a hash beside it would disable it.
          cspMeta(() => contentSecurityPolicy(dataOrigins(mode), true)),
        ]
      : [
          react(),
          tailwindcss(),
          datasetFiles(),
          prerenderPage(),
          cspMeta((html) =>
            contentSecurityPolicy(dataOrigins(mode), false, inlineScriptHashes(html)),
          ),
        ],
  build: { target: 'es2022', outDir: mode === 'single' ? 'dist-single' : 'dist' },
  // public/ holds nothing the single file could use, and copying it would add files beside it.
  publicDir: mode === 'single' ? false : 'public',
  // The dataset worker (src/data/dataset-worker.ts) is a module worker, as it is created.
  worker: { format: 'es' as const },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  // Tests that render React (*.test.tsx) need a DOM; everything else is pure and runs in Node,
  // where a file starts without the cost of building a jsdom window.
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/{*,peers/*}.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./src/test/setup.ts'],
          include: ['src/**/*.test.tsx'],
        },
      },
    ],
  },
}));
