/**
 * Lighthouse's figures for a build, for `npm run bench` and `npm run bench:lighthouse`: the full
 * page (`/`) and the embed page (`/?mode=embed`), each audited once with Lighthouse 12's mobile
 * defaults behind the bench's static server. See bench/README.md, "Lighthouse".
 */
import { auditPages } from './lighthouse-audit';

export interface LighthouseFigures {
  readonly page: 'full' | 'embed';
  readonly url: string;
  readonly compressed: boolean;
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly seo: number;
  readonly fcpMs: number;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly cls: number;
  readonly speedIndexMs: number;
}

export async function runLighthouse(options: {
  readonly dist: string;
  readonly chromePath: string;
  readonly port: number;
  readonly compressed?: boolean;
}): Promise<LighthouseFigures[]> {
  const audits = await auditPages(options);
  return audits.map((audit) => audit.figures);
}
