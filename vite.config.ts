/// <reference types="vitest/config" />
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

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
 * `--mode single` (npm run build:single): one self-contained HTML file with the JS, CSS and the
 * bundled dataset inlined (see src/data/inline-dataset.ts), for briefing rooms without a network.
 */
export default defineConfig(({ mode }) => ({
  base: './',
  plugins:
    mode === 'single'
      ? [react(), tailwindcss(), viteSingleFile({ removeViteModuleLoader: true })]
      : [react(), tailwindcss(), datasetFiles()],
  build: { target: 'es2022', outDir: mode === 'single' ? 'dist-single' : 'dist' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
  },
}));
