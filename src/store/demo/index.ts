// The demo area of the store, as the rest of Paso sees it.
export * from './decree';
export * from './document-policy';
export * from './history';
export * from './scenario';
export * from './seed';
export * from './situation';
export * from './transit';
