// Types for what Vite adds to the browser build: CSS imports, import.meta.env, the PWA plugin's modules.
/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />
