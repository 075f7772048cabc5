// The accounts area of the store, as the rest of Paso sees it.
export * from './account-changes';
export * from './login-failures';
export * from './passwords';
export * from './sessions';
export * from './signed-in';
export * from './users';
