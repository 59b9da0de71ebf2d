import type { Bindings } from '../../lib/bindings';
import type { Principal } from '../identity/principal';
import type { RenderedFile, ReportType } from '../print/report';
import type { RecordContext } from '../records/scope';

/**
 * Processes and reports as data (iDempiere's AD_Process, AD_Process_Para, AD_PInstance): the definitions and
 * who may run them are rows; what a process does is code, registered by its `Classname` (registry.ts). A run
 * is an AD_PInstance row with its parameters, logs and output files.
 */

export interface ProcessParameter {
  id: number;
  uid: string;
  name: string;
  columnName: string;
  seqNo: number;
  referenceId: number;
  referenceValueId: number | null;
  mandatory: boolean;
  range: boolean;
  defaultValue: string | null;
  defaultValue2: string | null;
  valueMin: string | null;
  valueMax: string | null;
}

export interface ProcessDefinition {
  id: number;
  uid: string;
  clientId: number;
  value: string;
  name: string;
  slug: string;
  isReport: boolean;
  classname: string | null;
  /** The table a record-bound process acts on (a print, a document action). */
  tableId: number | null;
  parameters: ProcessParameter[];
}

/** A parameter's value as the run received it (`to` for a range's upper bound). */
export interface ParameterValue {
  column: string;
  value: string | number | boolean | number[] | null;
  to?: string | number | null;
}

export type ParameterValues = Map<string, ParameterValue>;

/** Who runs: the caller's records context (rights, tenant, the role's table access) and session. */
export interface RunSession {
  principal: Principal;
  requestId?: string;
}

export interface ProcessLog {
  message: string;
  number?: number;
  date?: string;
  tableName?: string;
  recordId?: number;
}

/** What an implementation sees of its run. */
export interface ProcessRun {
  ctx: RecordContext;
  env: Bindings;
  process: ProcessDefinition;
  instanceId: number;
  params: ParameterValues;
  /** `record-id` (and the process's or the body's table). */
  record?: { tableName: string; id: number };
  reportType: ReportType;
  clientId: number;
  userId: number;
  log(entry: ProcessLog): void;
}

export interface ProcessOutput {
  /** A file name without directory (the instance id is added to keep names unique). */
  name: string;
  file: RenderedFile;
}

export interface ProcessOutcome {
  summary: string;
  isError?: boolean;
  output?: ProcessOutput;
}

export interface ProcessImplementation {
  classname: string;
  /**
   * The core rights a run needs besides running at all (`base.framework.record.view`): a process that writes
   * documents needs the record rights of its writes (its writes are checked again when planned).
   */
  rights: readonly string[];
  run(run: ProcessRun): Promise<ProcessOutcome>;
}

/** The answer of a run, iDempiere's ProcessInfo (docs/faces/idempiere.md). */
export interface ProcessInfo {
  AD_PInstance_ID: number;
  process: string;
  summary: string;
  isError: boolean;
  reportFile?: string;
  reportFileName?: string;
  reportFileLength?: number;
  exportFile?: string;
  exportFileName?: string;
  exportFileLength?: number;
  nodeId: string;
  logs?: { date?: string; number?: number; msg?: string }[];
}
