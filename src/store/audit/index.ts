// The audit area of the store, as the rest of Paso sees it.
export * from './audit-key';
export * from './audit-key-check';
export * from './audit-log';
export * from './audit-names';
export * from './chain';
