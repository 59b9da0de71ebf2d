import { sql } from 'drizzle-orm';
import { AppError } from '../../lib/errors';
import type { RecordContext, Row } from '../records/service';
import { byIdOrUuid, definitions } from './definitions';
import { definitionContext } from './dictionary-access';
import { evaluateMeasures, parseMeasures } from './measures';
import { formatMessage } from './message-format';
import type { SessionContext } from './session-context';

/**
 * Status lines (AD_StatusLine): a message (AD_Message) whose `{0}`, `{1}`… are the status line's measures
 * (measures.ts), evaluated over the session's records with its context, as iDempiere's MStatusLine.parseLine.
 */

export function statusLines(ctx: RecordContext, filter?: string): Promise<Row[]> {
  return definitions(definitionContext(ctx), 'AD_StatusLine', { filter, orderBy: sql`Name` });
}

export async function statusLine(ctx: RecordContext, id: string): Promise<Row> {
  const [row] = await definitions(definitionContext(ctx), 'AD_StatusLine', { where: byIdOrUuid('AD_StatusLine', id) });
  if (!row) throw new AppError('NOT_FOUND', `No valid status line with the given id = ${id.slice(0, 64)}`);
  return row;
}

/** The status line's message with its measures filled in. */
export async function renderStatusLine(ctx: RecordContext, row: Row, context: SessionContext): Promise<string> {
  const [message] = await definitions(definitionContext(ctx), 'AD_Message', {
    where: sql`AD_Message_ID = ${row.AD_Message_ID}`,
  });
  if (!message) throw new AppError('NOT_FOUND', `Status line ${String(row.AD_StatusLine_ID)} has no message`);
  const values = await evaluateMeasures(ctx, parseMeasures(String(row.SQLStatement)), context);
  return formatMessage(String(message.MsgText), values);
}
