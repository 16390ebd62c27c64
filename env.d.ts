/// <reference types="vite/client" />

declare const __APP_VERSION__: string
/** True in the build for file shares (one classic script, see vite.config.ts), false otherwise. */
declare const __FILE_SHARE__: boolean
