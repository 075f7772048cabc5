// The reference area of the store, as the rest of Paso sees it.
export * from './checkpoints';
export * from './settings';
export * from './shelters';
