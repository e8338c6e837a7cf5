/**
 * rollup-plugin-visualizer's types name rollup's plugin types; this project bundles with
 * Rolldown (through Vite) and does not install rollup, whose plugin interface Rolldown keeps.
 */
declare module 'rollup' {
  export type { OutputOptions, Plugin } from 'rolldown';
}
