/** Where the app to measure comes from: the working tree, or a git ref exported beside it. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench/out');

/**
 * With a ref, the app is exported from git into bench/out/ref-<sha>/ (sharing node_modules), so
 * a bench can measure a commit while the working tree is being edited.
 */
export function sourceDir(ref: string | null): { dir: string; commit: string | null } {
  if (ref === null) return { dir: ROOT, commit: null };
  const sha = spawnSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (sha.status !== 0) throw new Error(`--ref ${ref}: not a commit (${sha.stderr.trim()})`);
  const commit = sha.stdout.trim();
  const dir = join(OUT, `ref-${commit.slice(0, 12)}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const exported = spawnSync(
    'sh',
    ['-c', `git archive --format=tar ${commit} | tar -x -C "${dir}"`],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  if (exported.status !== 0) throw new Error(`git archive ${commit} failed: ${exported.stderr}`);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, commit };
}
