import type { Bindings } from '../../lib/bindings';
import { AppError } from '../../lib/errors';
import { type Actor, requireRight } from '../identity/actor';
import { periodicJobs } from '../ops/periodic';
import { nodeId } from './node';

/**
 * iDempiere's tasks (AD_Task) are operating-system commands; a Worker has no operating system, so Atrium's
 * tasks are a fixed set of built-in commands that only read and answer as a command would (`exitValue`,
 * `stdOut`, `stdErr`). `java-version` (the collection's example) reports the runtime. Listing and running
 * them needs `base.system.view`.
 */

export const TASK_RIGHT = 'base.system.view';

interface Task {
  id: number;
  name: string;
  description: string;
  help: string;
  slug: string;
  run(env: Bindings): string;
}

const TASKS: Task[] = [
  {
    id: 100,
    name: 'Java Version',
    description: 'The runtime this node runs on',
    help: 'On Workers: the JavaScript runtime (workerd), its compatibility date and the node id.',
    slug: 'java-version',
    run: (env) =>
      `workerd (Cloudflare Workers runtime)\nnavigator.userAgent: ${typeof navigator === 'undefined' ? 'unknown' : navigator.userAgent}\nnode: ${nodeId(env)}\n`,
  },
  {
    id: 101,
    name: 'Periodic Jobs',
    description: 'The periodic jobs the Cron Trigger runs',
    help: 'The registry of periodic jobs (core/ops/periodic.ts) each tick runs on every pool.',
    slug: 'periodic-jobs',
    run: () => `${periodicJobs().join('\n')}\n`,
  },
];

export function taskList(actor: Actor) {
  requireRight(actor, TASK_RIGHT);
  return TASKS.map((t) => ({
    id: t.id,
    uid: `00000000-0000-4000-8000-${t.id.toString(16).padStart(12, '0')}`,
    Name: t.name,
    Description: t.description,
    Help: t.help,
    'model-name': 'ad_task',
    slug: t.slug,
  }));
}

export async function runTask(env: Bindings, actor: Actor, slug: string) {
  requireRight(actor, TASK_RIGHT);
  const task = TASKS.find((t) => t.slug === slug);
  if (!task) throw new AppError('NOT_FOUND', `No match found for task name: ${slug.slice(0, 100)}`);
  return { exitValue: 0, stdOut: task.run(env), stdErr: '' };
}
