import { useState } from 'react';
import type { RefObject } from 'react';
import type { ExportMeta } from './export-svg';
import { DOWNLOAD_REFUSED, useSandboxProbe } from './sandbox-probe';
import { Button } from '../../ui/button';

export interface ExportButtonsProps {
  readonly chart: RefObject<SVGSVGElement | null>;
  readonly meta: ExportMeta;
  readonly filename: string;
}

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
      <Button size="toolbar" onClick={() => void run('png')}>
        Download PNG
      </Button>
      <Button size="toolbar" onClick={() => void run('svg')}>
        Download SVG
      </Button>
      {status && (
        <span role="alert" className="text-sm text-error">
          {status}
        </span>
      )}
    </div>
  );
}
