// The matching area of the store, as the rest of Paso sees it.
export * from './csv-files';
export * from './link-reasons';
export * from './merges';
export * from './reviews';
export * from './watchlists';
