import type { JobStatus } from '../../shared/api/contract';
import { api } from '../api-client';

/** Polls a job until it ends, reporting each status; resolves with the final one. */
export async function followJob(jobId: string, onStatus: (status: JobStatus) => void): Promise<JobStatus> {
  for (;;) {
    const status = await api.getJob({ jobId });
    onStatus(status);
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error(`${file.name} cannot be read`));
    reader.readAsDataURL(file);
  });
}
