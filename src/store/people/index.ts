// The people area of the store, as the rest of Paso sees it.

export * from './count-people';
export * from './documents-of-people';
export * from './name-search';
export * from './people-since';
export * from './registrations';
