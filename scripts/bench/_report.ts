/** What each benchmark in this folder returns: human-readable lines with figures and ratios. */
export interface BenchReport {
  name: string;
  lines: string[];
}
