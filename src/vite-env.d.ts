/// <reference types="vite/client" />

/** Build label shown on About, set by vite.config.ts. */
declare const __APP_BUILD__: string;
