import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Button } from './button';

export interface ActionMenuProps {
  /** The button's text on narrow screens, and the group's name on every screen. */
  readonly label: string;
  readonly children: ReactNode;
}

/**
 * A row of actions on wide screens; on narrow ones one button that shows them as a list under
 * it (a disclosure: the actions keep their own roles — links, buttons, a dialog — which a
 * `role="menu"` would hide). Escape or a tap outside closes the list and focus returns to the
 * button; an open dialog inside keeps its own Escape.
 */
export function ActionMenu({ label, children }: ActionMenuProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && root.current?.contains(event.target)) return;
      setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
    };
  }, [open]);

  return (
    <div
      ref={root}
      className="no-print relative"
      data-needs-js=""
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        if (event.target instanceof Element && event.target.closest('dialog')) return;
        setOpen(false);
        button.current?.focus();
      }}
    >
      <Button
        ref={button}
        aria-expanded={open}
        aria-controls={id}
        className="font-semibold lg:hidden"
        onClick={() => {
          setOpen((v) => !v);
        }}
      >
        {label} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </Button>
      <div
        id={id}
        role="group"
        aria-label={label}
        data-testid="action-menu"
        className={`${open ? 'flex' : 'hidden'} absolute right-0 top-full z-20 mt-1 w-56 flex-col items-stretch gap-2 rounded-lg border border-edge bg-surface p-2 shadow-lg lg:static lg:mt-0 lg:flex lg:w-auto lg:flex-row lg:flex-wrap lg:items-center lg:border-0 lg:bg-transparent lg:p-0 lg:shadow-none`}
      >
        {children}
      </div>
    </div>
  );
}
