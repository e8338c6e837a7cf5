import type { ReactNode } from 'react';
import type { SourceInfo } from '../domain/types';
import { PRODUCT_NAME, PRODUCT_TITLE, sourceLineOf } from './product';

/** How large the chrome is drawn: at a desk, in a frame on someone's page, or on a projector. */
export type ShellScale = 'desk' | 'compact' | 'stage';

const ROW: Record<ShellScale, string> = {
  desk: 'items-end gap-3',
  compact: 'items-baseline gap-x-3',
  stage: 'items-center gap-3',
};

const TITLE: Record<ShellScale, string> = {
  desk: 'text-2xl font-bold leading-tight',
  compact: 'text-lg font-bold',
  stage: 'text-2xl font-bold xl:text-3xl',
};

export interface ShellHeaderProps {
  readonly scale: ShellScale;
  /** A briefing's own title; the product's otherwise. */
  readonly title?: string | undefined;
  /** Under the title: the source line, a summary. */
  readonly children?: ReactNode;
  /** Beside the title: the view's actions or controls. */
  readonly actions?: ReactNode;
}

/** Every view's header: the title, what it is sourced from, and the mode's own controls. */
export function ShellHeader({ scale, title, children, actions }: ShellHeaderProps) {
  return (
    <header className={`flex flex-wrap justify-between ${ROW[scale]}`}>
      <div className="flex flex-col gap-1">
        {scale === 'desk' && (
          <p className="text-sm font-semibold tracking-wide text-muted">{PRODUCT_NAME}</p>
        )}
        <h1 className={TITLE[scale]}>{title ?? PRODUCT_TITLE}</h1>
        {children}
      </div>
      {actions}
    </header>
  );
}

/**
 * The citation line. `credit` adds the product's name, for a frame on another site's page
 * where nothing else says what drew the chart.
 */
export function SourceLine({
  sources,
  className,
  credit = false,
}: {
  sources: readonly SourceInfo[];
  className: string;
  credit?: boolean;
}) {
  return (
    <p className={className} data-testid="source-line">
      {sourceLineOf(sources)}
      {credit && ` · ${PRODUCT_NAME}`}
    </p>
  );
}
