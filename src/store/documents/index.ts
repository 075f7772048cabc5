// The documents area of the store, as the rest of Paso sees it.
export * from './policy';
