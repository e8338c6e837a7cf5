/**
 * Placeholder with the contract of bench/lighthouse.ts (Lighthouse on the production build), so
 * bench/run.ts compiles and runs before the real module is merged over this file.
 */
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

export function runLighthouse(options: {
  readonly dist: string;
  readonly chromePath: string;
  readonly port: number;
  readonly compressed?: boolean;
}): Promise<LighthouseFigures[]> {
  return Promise.reject(new Error(`lighthouse not merged yet (would audit ${options.dist})`));
}
