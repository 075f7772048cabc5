// Types for what Vite adds to the browser build: CSS imports, import.meta.env.
/// <reference types="vite/client" />
