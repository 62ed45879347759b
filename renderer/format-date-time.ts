/**
 * A moment as the screens print it, in the computer's own time: "2026-12-06 10:26". Year first, so
 * that 6 December never reads as 12 June, the same in Review's History and the Baselines list.
 */
export function formatDateTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}
