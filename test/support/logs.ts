import { afterEach, beforeEach, type MockInstance, vi } from 'vitest';

/**
 * Faults that tests provoke on purpose (D1, KV or a Durable Object failing, a crashing route) are logged at
 * error level, as they must be in production. Called inside a `describe`, this captures console.error for
 * each of its tests instead of printing it (a passing `npm test` prints no error lines); tests may assert
 * on the captured lines.
 */
export function captureErrorLog(): { lines: string[] } {
  const captured = { lines: [] as string[] };
  let spy: MockInstance | undefined;
  beforeEach(() => {
    captured.lines.length = 0;
    spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      captured.lines.push(args.map(String).join(' '));
    });
  });
  afterEach(() => spy?.mockRestore());
  return captured;
}
