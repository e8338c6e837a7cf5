/** Building the app into bench/out/dist, and which commit the numbers belong to. */
import { spawnSync } from 'node:child_process';
import { DIST, log, ROOT } from './config';

export function build(dir: string): void {
  log(`vite build ${dir === ROOT ? '(working tree)' : dir} → bench/out/dist`);
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: dir, encoding: 'utf8', timeout: 300_000 },
  );
  if (result.status !== 0) {
    throw new Error(
      `vite build failed (${String(result.status)}):\n${result.stdout}${result.stderr}`,
    );
  }
}

export function gitHead(): string | null {
  const r = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** Whether the app's own sources differ from HEAD (results from a dirty tree say so). */
export function gitDirty(): boolean {
  const r = spawnSync(
    'git',
    ['status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return r.status === 0 && r.stdout.trim() !== '';
}
