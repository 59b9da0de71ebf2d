import type { Bindings } from '../../lib/bindings';
import { processStub } from '../../lib/do-stubs';
import { AppError } from '../../lib/errors';
import { tableId as dictionaryTableId } from '../erp/dictionary';
import { toBase64 } from '../files/limits';
import { requireRight, requireWrite } from '../identity/actor';
import type { Principal } from '../identity/principal';
import { writeLog } from '../ops/logs';
import { REPORT_TYPES, type ReportType } from '../print/report';
import { readableRecord } from '../records/access';
import { findTable, getPoolSchema } from '../records/registry';
import type { RecordContext } from '../records/scope';
import { RECORD_RIGHTS } from '../records/service';
import { findProcess } from './definitions';
import { createInstance, finishInstance, type InstanceSession, sessionOf } from './instances';
import { nodeId } from './node';
import { outputName, storeOutput } from './outputs';
import { parseParameters } from './params';
import { implementationOf } from './registry';
import type {
  ParameterValues,
  ProcessDefinition,
  ProcessImplementation,
  ProcessInfo,
  ProcessLog,
  ProcessOutcome,
} from './types';

/**
 * Running a process: `prepareRun` makes every check before anything is written (the process by slug and
 * the role's access to run it, the rights its class needs, the parameters, the record it acts on), then a
 * run either goes on in the request (`runPrepared`: the instance, the process, its output file and logs,
 * answered as iDempiere's ProcessInfo) or is queued for a Durable Object (`queueJob`, jobs.ts).
 */

export interface RunCaller {
  ctx: RecordContext;
  principal: Principal;
  env: Bindings;
}

export interface RunRequest {
  slug: string;
  body: Record<string, unknown>;
  /** The record a print or a document action acts on, when the route names it (`/models/{t}/{id}/print`). */
  record?: { tableName: string; id: string };
}

export interface PreparedRun {
  definition: ProcessDefinition;
  implementation: ProcessImplementation | undefined;
  params: ParameterValues;
  record?: { tableName: string; tableId: number; id: number };
  reportType: ReportType;
  body: Record<string, unknown>;
}

const WRITE_RIGHTS = /\.(add|edit|delete)$/;

function reportTypeOf(body: Record<string, unknown>): ReportType {
  const raw = body['report-type'];
  if (raw === undefined || raw === null || raw === '') return 'PDF';
  const type = String(raw).toUpperCase();
  if (!(REPORT_TYPES as readonly string[]).includes(type))
    throw new AppError('BAD_REQUEST', `report-type ${String(raw).slice(0, 20)} is not supported (HTML, CSV or PDF)`);
  return type as ReportType;
}

async function recordOf(caller: RunCaller, definition: ProcessDefinition, request: RunRequest) {
  const body = request.body;
  const rawId = request.record?.id ?? body['record-id'];
  if (rawId === undefined || rawId === null || rawId === '' || rawId === 0) {
    if (definition.tableId !== null) throw new AppError('BAD_REQUEST', `${definition.value} needs a record-id`);
    return undefined;
  }
  const schema = await getPoolSchema(caller.ctx.data, caller.ctx.pool);
  const named = request.record?.tableName ?? (typeof body['model-name'] === 'string' ? body['model-name'] : undefined);
  const wantedId = definition.tableId ?? (body['table-id'] === undefined ? undefined : Number(body['table-id']));
  const table = named
    ? findTable(schema, named)
    : [...schema.tables.values()].find((t) => wantedId !== undefined && dictionaryTableId(t.name) === wantedId);
  if (!table) throw new AppError('BAD_REQUEST', 'record-id needs a table (table-id or model-name)');
  if (definition.tableId !== null && dictionaryTableId(table.name) !== definition.tableId)
    throw new AppError('BAD_REQUEST', `${definition.value} does not act on ${table.name}`);
  // The record as its GET sees it (table access, tenant): a record out of reach is a 404.
  const ref = await readableRecord(caller.ctx, table, String(rawId));
  return { tableName: table.name, tableId: dictionaryTableId(table.name), id: Number(ref.key) };
}

export async function prepareRun(caller: RunCaller, request: RunRequest): Promise<PreparedRun> {
  requireRight(caller.ctx.actor, RECORD_RIGHTS.view);
  const { definition } = await findProcess(caller.ctx, caller.principal, request.slug, 'run');
  const implementation = implementationOf(definition.classname);
  for (const right of implementation?.rights ?? []) {
    if (WRITE_RIGHTS.test(right)) requireWrite(caller.ctx.actor, right);
    else requireRight(caller.ctx.actor, right);
  }
  const params = parseParameters(definition.parameters, request.body);
  const reportType = reportTypeOf(request.body);
  const record = await recordOf(caller, definition, request);
  return { definition, implementation, params, record, reportType, body: request.body };
}

const summaryOf = (error: unknown) =>
  error instanceof AppError && error.status < 500 ? error.message : 'Internal error: the process failed';

/** Runs a prepared process in an instance created for it (now, or earlier by a job) and finishes it. */
export async function execute(
  caller: RunCaller,
  prepared: PreparedRun,
  instanceId: number,
  session: InstanceSession,
): Promise<ProcessInfo> {
  const logs: ProcessLog[] = [];
  let outcome: ProcessOutcome;
  try {
    if (!prepared.implementation)
      throw new AppError(
        'BAD_REQUEST',
        `No implementation for ${prepared.definition.classname ?? prepared.definition.value}`,
      );
    outcome = await prepared.implementation.run({
      ctx: caller.ctx,
      env: caller.env,
      process: prepared.definition,
      instanceId,
      params: prepared.params,
      record: prepared.record ? { tableName: prepared.record.tableName, id: prepared.record.id } : undefined,
      reportType: prepared.reportType,
      clientId: session.clientId,
      userId: session.userId,
      log: (entry) => {
        if (logs.length < 1000) logs.push(entry);
      },
    });
  } catch (error) {
    if (!(error instanceof AppError) || error.status >= 500)
      console.error(
        JSON.stringify({
          level: 'error',
          requestId: caller.ctx.actor.requestId,
          message: `process ${prepared.definition.value} failed`,
          error: error instanceof Error ? error.message : String(error),
        }),
      );
    outcome = { summary: summaryOf(error), isError: true };
  }
  const info: ProcessInfo = {
    AD_PInstance_ID: instanceId,
    process: prepared.definition.slug,
    summary: outcome.summary,
    isError: Boolean(outcome.isError),
    nodeId: nodeId(caller.env),
  };
  let fileName: string | undefined;
  if (outcome.output && !outcome.isError) {
    const stored = await storeOutput(caller.ctx, session.clientId, instanceId, outcome.output);
    fileName = stored.name;
    const kind = outcome.output.file.extension === 'pdf' ? 'report' : 'export';
    info[`${kind}File`] = toBase64(outcome.output.file.bytes);
    info[`${kind}FileName`] = stored.name;
    info[`${kind}FileLength`] = stored.size;
  }
  if (logs.length)
    info.logs = logs.map((l) => ({
      ...(l.date ? { date: l.date } : {}),
      ...(l.number === undefined ? {} : { number: l.number }),
      msg: l.message,
    }));
  const schema = await getPoolSchema(caller.ctx.data, caller.ctx.pool);
  const tableIds = new Map(
    [...new Set(logs.map((l) => l.tableName).filter((t): t is string => Boolean(t)))]
      .filter((t) => findTable(schema, t))
      .map((t) => [t, dictionaryTableId(t)]),
  );
  await finishInstance(caller.ctx, instanceId, {
    summary: outcome.summary,
    isError: Boolean(outcome.isError),
    logs,
    tableIds,
    ...(fileName && info.reportFileName ? { reportFileName: fileName } : {}),
    ...(fileName && info.exportFileName ? { exportFileName: fileName } : {}),
  });
  // The node's log (the log store Liberty's log routes read): one line per run.
  await writeLog(caller.env.CACHE, {
    level: info.isError ? 'ERROR' : 'INFO',
    message: `${prepared.definition.value} #${instanceId}: ${outcome.summary}`.slice(0, 500),
    category: 'process',
    transactionName: caller.ctx.actor.requestId,
    user: caller.ctx.actor.login,
  }).catch(() => undefined);
  return info;
}

export function newInstance(caller: RunCaller, prepared: PreparedRun, runAsJob: boolean, schedulerId?: number) {
  const session = sessionOf(caller.ctx, caller.principal.claims.role);
  return {
    session,
    id: createInstance(caller.ctx, session, {
      process: prepared.definition,
      params: prepared.params,
      record: prepared.record ? { tableId: prepared.record.tableId, id: prepared.record.id } : undefined,
      reportType: prepared.reportType,
      runAsJob,
      schedulerId,
    }),
  };
}

/** A run in the request: the instance, the process, its output and logs; the ProcessInfo. */
export async function runPrepared(
  caller: RunCaller,
  prepared: PreparedRun,
  schedulerId?: number,
): Promise<ProcessInfo> {
  const { session, id } = newInstance(caller, prepared, false, schedulerId);
  return execute(caller, prepared, await id, session);
}

/** A run in the background: the instance now (processing), the run in its Durable Object (alarm). */
export async function queueJob(
  caller: RunCaller,
  prepared: PreparedRun,
  request: RunRequest,
  schedulerId?: number,
): Promise<number> {
  const { session, id } = newInstance(caller, prepared, true, schedulerId);
  const instanceId = await id;
  await processStub(caller.env, `${caller.ctx.pool}:${instanceId}`).enqueue({
    pool: caller.ctx.pool,
    instanceId,
    slug: request.slug,
    body: request.body,
    record: prepared.record ? { tableName: prepared.record.tableName, id: String(prepared.record.id) } : undefined,
    userId: session.userId,
    claims: { client: session.clientId, role: session.roleId, org: session.orgId },
    requestId: caller.ctx.actor.requestId,
    schedulerId,
  });
  return instanceId;
}

export { outputName };
