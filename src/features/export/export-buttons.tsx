import { useState } from 'react';
import type { RefObject } from 'react';
import type { ExportMeta } from './export-svg';
import { DOWNLOAD_REFUSED, useSandboxProbe } from './sandbox-probe';

export interface ExportButtonsProps {
  readonly chart: RefObject<SVGSVGElement | null>;
  readonly meta: ExportMeta;
  readonly filename: string;
}

const BUTTON =
  'min-h-9 rounded-md border border-[var(--ct-border)] bg-[var(--ct-surface)] px-2 text-sm hover:bg-[var(--ct-hover)]';

/** PNG (2×) and SVG of the current view. The export code loads only when first used. */
export function ExportButtons({ chart, meta, filename }: ExportButtonsProps) {
  const [status, setStatus] = useState('');
  const { probe, isSandboxed } = useSandboxProbe();
  const run = async (format: 'png' | 'svg') => {
    const node = chart.current;
    if (!node) return;
    if (isSandboxed()) {
      setStatus(DOWNLOAD_REFUSED);
      return;
    }
    try {
      const { downloadPng, downloadSvg } = await import('./download');
      if (format === 'png') await downloadPng(node, meta, `${filename}.png`);
      else downloadSvg(node, meta, `${filename}.svg`);
      setStatus('');
    } catch (error) {
      setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <div className="flex items-center gap-2" role="group" aria-label="Download">
      {probe}
      <button type="button" className={BUTTON} onClick={() => void run('png')}>
        Download PNG
      </button>
      <button type="button" className={BUTTON} onClick={() => void run('svg')}>
        Download SVG
      </button>
      {status && (
        <span role="alert" className="text-sm text-[var(--ct-error)]">
          {status}
        </span>
      )}
    </div>
  );
}
