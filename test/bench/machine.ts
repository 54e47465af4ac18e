// The machine a figure was measured on: a number without its machine says little.
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
  chromium: string;
  /** 1-minute load average: other work on a 2-core machine shows up in every figure. */
  load: number;
}

const cpuModel = (): string => {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) return line.split(':').slice(1).join(':').trim();
  } catch {
    // not Linux: fall back to what Node reports
  }
  return cpus()[0]?.model ?? 'unknown';
};

export const machine = (chromium: string): Machine => ({
  cpu: cpuModel(),
  cores: cpus().length,
  ramGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
  node: process.version,
  chromium,
  load: Math.round(loadavg()[0]! * 10) / 10,
});
