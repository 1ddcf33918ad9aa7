/// <reference types="vite/client" />

/** The build-time configuration Momentum reads (see `.env.example` and `src/app/app-config.ts`). */
interface ImportMetaEnv {
  readonly VITE_CLIENT_ID?: string;
  readonly VITE_AUTHORITY?: string;
  readonly VITE_GRAPH_BASE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
