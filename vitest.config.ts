import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'electron/**/*.test.ts',
      'build/**/*.test.ts',
      'test/unit/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 20000,
    // Vitest's default is one worker fewer than the CPUs: one on a 2-vCPU machine. Two there took the
    // unit tests from 4 min 20 s to 2 min 45 s (every test passing; the files wait on I/O and workers).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
