/** CPU time of the benchmark's processes. */

/** Milliseconds of CPU (user + system, every thread) of this process since `from`. */
export function cpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

/** Runs `run` and returns its result with its wall and CPU milliseconds. */
export async function timed<T>(run: () => Promise<T>): Promise<{ value: T; wallMs: number; cpuMs: number }> {
  const u = process.cpuUsage();
  const t0 = performance.now();
  const value = await run();
  return { value, wallMs: performance.now() - t0, cpuMs: cpuMs(u) };
}
