import type { ProcessImplementation } from './types';

/**
 * What processes do: code registered by the `Classname` their AD_Process row names (as iDempiere finds a
 * process class). A row whose class is not registered cannot run (its runs end in error). Modules register
 * their processes when they load (src/core/erp/processes/, src/core/processes/cleanup.ts).
 */
const implementations = new Map<string, ProcessImplementation>();

export function registerProcess(implementation: ProcessImplementation): void {
  implementations.set(implementation.classname, implementation);
}

export function implementationOf(classname: string | null): ProcessImplementation | undefined {
  return classname ? implementations.get(classname) : undefined;
}
