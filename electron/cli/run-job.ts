// Long work (import, tagging) runs as the API's jobs, followed to the end: live progress on a
// terminal's stderr, a line per finished file of several, Ctrl-C cancels the job cleanly.
import path from 'node:path';
import type { JobProgress, JobStatus } from '../../shared/api/contract';
import { type CliContext, CliError } from './context';

function percent(fraction: number): string {
  return `${Math.round(Math.max(0, Math.min(1, fraction)) * 100)}%`;
}

function progressLine(status: JobStatus): string {
  const items = status.progress;
  const current = items.findIndex((p) => p.stage !== 'done' && p.stage !== 'failed');
  if (current < 0) return '';
  const item = items[current];
  const stage = item.stage === 'queued' ? 'waiting' : item.stage;
  const prefix = items.length > 1 ? `[${current + 1}/${items.length}] ` : '';
  return `${prefix}${path.basename(item.file)}: ${stage} ${percent(item.fraction)}`;
}

function finished(item: JobProgress): boolean {
  return item.stage === 'done' || item.stage === 'failed' || item.stage === 'cancelled';
}

/** Follows a job until it ends; resolves to its final status, or throws when it failed or was cancelled. */
export async function followJob(ctx: CliContext, jobId: string): Promise<JobStatus> {
  let drawn = '';
  const told = new Set<number>();
  const report = (status: JobStatus) => {
    const several = status.progress.length > 1;
    const lines: string[] = [];
    for (const [i, item] of status.progress.entries()) {
      if (!several || !finished(item) || told.has(i)) continue;
      told.add(i);
      lines.push(`[${i + 1}/${status.progress.length}] ${path.basename(item.file)}: ${item.stage}\n`);
    }
    // Not a terminal (a log, a pipe): only the line per finished file, when there are several.
    if (!ctx.interactive) return lines.forEach((line) => ctx.stderr(line));
    const live = status.state === 'running' ? progressLine(status) : '';
    if (lines.length || live !== drawn) ctx.stderr(`\r\x1b[K${lines.join('')}${live}`);
    drawn = live;
  };

  const cancel = () => {
    void ctx.call('cancelJob', { jobId }).catch(() => undefined);
  };
  process.once('SIGINT', cancel);
  try {
    for (let first = true; ; first = false) {
      // Where the job stands now, then each step as it comes (or a quarter of a second on).
      const status = await ctx.call(first ? 'getJob' : 'waitForJob', { jobId });
      report(status);
      if (status.state === 'running') continue;
      if (status.state === 'cancelled') throw new CliError('cancelled', 130);
      if (status.state === 'failed') throw new CliError(status.error?.message ?? 'the job failed');
      return status;
    }
  } finally {
    process.off('SIGINT', cancel);
  }
}
