import type { ReactNode } from 'react';
import type { SourceInfo } from '../domain/types';
import { SkipLink } from '../ui/skip-link';
import { useShellTitle } from './page-title';
import { PRODUCT_NAME, sourceLineOf } from './product';

/** How large the chrome is drawn: at a desk, in a frame on someone's page, or on a projector. */
export type ShellScale = 'desk' | 'compact' | 'stage';

const ROW: Record<Exclude<ShellScale, 'desk'>, string> = {
  compact: 'items-baseline gap-x-3',
  stage: 'items-center gap-3',
};

const TITLE: Record<ShellScale, string> = {
  desk: 'text-lg font-bold leading-tight sm:text-xl 2xl:text-2xl',
  compact: 'text-lg font-bold',
  stage: 'text-2xl font-bold xl:text-3xl',
};

export interface ShellHeaderProps {
  readonly scale: ShellScale;
  /** A briefing's own title; the dataset's otherwise. */
  readonly title?: string | undefined;
  /** Under the title: the source line, a summary. */
  readonly children?: ReactNode;
  /** Beside the title: the view's actions or controls. */
  readonly actions?: ReactNode;
}

/**
 * Every view's header: the way past it to the timeline, the title, what it is sourced from, and
 * the mode's own controls. At a desk the controls share the product's kicker line, so the title
 * and source run the full width and the chart starts a few lines higher (a phone most of all).
 */
export function ShellHeader({ scale, title, children, actions }: ShellHeaderProps) {
  const shown = useShellTitle(title);
  if (scale === 'desk') {
    return (
      <header className="flex flex-col gap-1">
        <SkipLink />
        <div className="flex min-h-9 flex-wrap items-center justify-between gap-x-3 gap-y-1 print:hidden">
          <p className="text-xs font-semibold tracking-wide text-muted sm:text-sm">
            {PRODUCT_NAME}
          </p>
          {actions}
        </div>
        <h1 className={TITLE[scale]}>{shown}</h1>
        {children}
      </header>
    );
  }
  return (
    <header className={`flex flex-wrap justify-between ${ROW[scale]}`}>
      <SkipLink />
      <div className="flex min-w-0 flex-1 basis-[28rem] flex-col gap-1">
        <h1 className={TITLE[scale]}>{shown}</h1>
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
