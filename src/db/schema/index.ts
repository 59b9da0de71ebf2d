export * from './identity';
export * from './ops';
