/**
 * The part of edtf.js (https://github.com/inukshuk/edtf.js) this project uses. The package ships
 * no type declarations; these mirror its documented API: `edtf(text)` returns a value whose
 * `min`/`max` are epoch milliseconds (±Infinity for open interval ends) and throws on bad input.
 */
declare module 'edtf' {
  export interface EdtfBitmask {
    readonly value: number;
  }

  export interface EdtfValue {
    readonly min: number;
    readonly max: number;
    readonly edtf: string;
    /** 1 = year, 2 = month, 3 = day (Date values only). */
    readonly precision?: number;
    readonly uncertain?: EdtfBitmask;
    readonly approximate?: EdtfBitmask;
    /** Interval bounds: a value, `Infinity`/`-Infinity` for `..`, or `null` for an unknown bound. */
    readonly lower?: EdtfValue | number | null;
    readonly upper?: EdtfValue | number | null;
  }

  function edtf(text: string): EdtfValue;

  /**
   * Parser settings shared by every call. `offset` is the UTC offset, in minutes, given to a
   * time written without one; `true` means the offset of the machine's own time zone.
   */
  export const defaults: { offset: boolean | number };

  /** Distinct instance types, so `instanceof` narrows one class without ruling out the rest. */
  const brand: unique symbol;
  type EdtfClass<K extends string> = abstract new (
    ...args: never[]
  ) => EdtfValue & { readonly [brand]: K };

  // The value classes, for `instanceof`. Their `type` getter reads the class *name*, which
  // minifiers rename, so `value.type` must not be trusted in a production bundle.
  export const Interval: EdtfClass<'Interval'>;
  export const Season: EdtfClass<'Season'>;
  export const Year: EdtfClass<'Year'>;
  export const Decade: EdtfClass<'Decade'>;
  export const Century: EdtfClass<'Century'>;
  export const Set: EdtfClass<'Set'>;
  export const List: EdtfClass<'List'>;
  export default edtf;
}
