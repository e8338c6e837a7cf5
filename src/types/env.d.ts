/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Build-time allowlist of other origins `?data=` may load from (comma- or space-separated). */
  readonly VITE_DATA_ORIGINS?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
