// The whole database, one file per owner: the core (identity, ops) and each face. Migrations must produce
// exactly this (npm run db:check; test/db/schema.test.ts compares it with the migrated database).
export * from './datagerry';
export * from './files';
export * from './idempiere';
export * from './idempiere-accounting';
export * from './idempiere-analysis';
export * from './idempiere-dictionary';
export * from './idempiere-documents';
export * from './idempiere-processes';
export * from './idempiere-reference';
export * from './identity';
export * from './liberty';
export * from './ops';
export * from './ribbon2';
