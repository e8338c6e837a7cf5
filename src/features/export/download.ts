import { EXPORT_FONT, estimateWidth } from './export-layout';
import type { Measure } from './export-layout';
import { buildExportSvg } from './export-svg';
import type { ExportMeta } from './export-svg';

/** PNG exports are drawn at twice the on-screen size, for crisp slides. */
export const PNG_SCALE = 2;

function cssValue(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

/**
 * Text widths in the font the image is drawn with, measured by a canvas: an average advance
 * underestimates wide system fonts, and the key then ran past the image's edge.
 */
function fontMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimateWidth;
  return (text, fontSize, bold = false) => {
    context.font = `${bold ? '700 ' : ''}${fontSize}px ${EXPORT_FONT}`;
    return context.measureText(text).width;
  };
}

function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // Revoke after the click has been handled; the download keeps its own reference.
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

export function downloadSvg(chart: SVGSVGElement, meta: ExportMeta, filename: string): void {
  const markup = buildExportSvg(chart, meta, cssValue, fontMeasure());
  save(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }), filename);
}

export async function downloadPng(
  chart: SVGSVGElement,
  meta: ExportMeta,
  filename: string,
): Promise<void> {
  const markup = buildExportSvg(chart, meta, cssValue, fontMeasure());
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(image.naturalWidth * PNG_SCALE);
  canvas.height = Math.round(image.naturalHeight * PNG_SCALE);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the PNG (no 2D canvas).');
  context.scale(PNG_SCALE, PNG_SCALE);
  context.drawImage(image, 0, 0);
  const blob = await new Promise<Blob | null>((resolve) => {
    canvas.toBlob(resolve, 'image/png');
  });
  if (!blob) throw new Error('The PNG could not be encoded.');
  save(blob, filename);
}
