import type { ComponentProps } from 'react';

const BASE = 'rounded-md border-edge bg-surface hover:bg-hover disabled:opacity-40';

/** Each size sets its own border width and type size, so no two classes compete for one. */
const SIZE = {
  /** Beside text: panels, dialogs, the share row. */
  small: 'border px-2 py-1 text-sm',
  /** On the chart's toolbar, at least a 36 px target. */
  toolbar: 'min-h-9 min-w-9 border px-2 text-sm',
  /** A one-character control on the toolbar (+, −). */
  icon: 'min-h-9 min-w-9 border px-2 text-base font-semibold',
  /** Read from across a room: the briefing controls. */
  large: 'border-2 px-4 py-2 text-lg font-semibold',
} as const;

export type ButtonSize = keyof typeof SIZE;

/** The button look, for a link that acts as a button (Present). */
export function buttonClass(size: ButtonSize = 'small', extra = ''): string {
  return `${BASE} ${SIZE[size]}${extra ? ` ${extra}` : ''}`;
}

export type ButtonProps = Omit<ComponentProps<'button'>, 'type' | 'className'> & {
  readonly size?: ButtonSize;
  /** Layout only (placement, print, responsive display): the look comes from `size`. */
  readonly className?: string;
};

/** The app's one plain button. Never a form submit: nothing here posts a form. */
export function Button({ size = 'small', className = '', ...rest }: ButtonProps) {
  return <button type="button" className={buttonClass(size, className)} {...rest} />;
}
