import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { Button } from './button';

export interface DisclosureProps {
  /** The button's text, open or closed. */
  readonly label: (open: boolean) => ReactNode;
  /** The panel's content; given `open` so that costly content is built only when asked for. */
  readonly children: (open: boolean) => ReactNode;
  readonly className?: string;
  readonly buttonClassName?: string;
  readonly panelClassName?: string;
  readonly 'aria-label'?: string;
  /** Before the button, always in the page even while the panel is closed (a section's h2). */
  readonly heading?: ReactNode;
  /**
   * For a reader without scripts (the prerendered page), whose button cannot work: `open` shows
   * the panel as it was prerendered; `hidden` leaves the whole section out. Default: the button
   * is left out and the panel stays closed.
   */
  readonly withoutScripts?: 'open' | 'hidden';
}

/** A button that shows and hides the panel under it, announced as expanded or collapsed. */
export function Disclosure(props: DisclosureProps) {
  const { label, children, className, buttonClassName = '', panelClassName = '' } = props;
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <section
      aria-label={props['aria-label']}
      className={className}
      data-needs-js={props.withoutScripts === 'hidden' ? '' : undefined}
    >
      {props.heading}
      <Button
        aria-expanded={open}
        aria-controls={id}
        className={`self-start ${buttonClassName}`}
        data-needs-js=""
        onClick={() => {
          setOpen((v) => !v);
        }}
      >
        {label(open)}
      </Button>
      <div
        id={id}
        className={`${open ? 'block' : 'hidden'} ${panelClassName}`}
        data-open-without-js={props.withoutScripts === 'open' ? '' : undefined}
      >
        {children(open)}
      </div>
    </section>
  );
}
