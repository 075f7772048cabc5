// The people area of the store, as the rest of Paso sees it.

export * from './name-search';
export * from './registrations';
