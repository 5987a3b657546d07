// The benches' CLI child (bench/cli-child.ts) reports its own peak RSS, whatever its parent holds when it starts it:
// a child started by fork() and exec() once reported (as getrusage's maxRSS) at least the RSS of its parent.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI_CHILD, childCost } from '../bench/cli-child.js';

const MB = 1024 * 1024;

// VmHWM is Linux's; elsewhere the child reports maxRSS, which this test shows to be wrong.
describe.runIf(process.platform === 'linux')('CLI_CHILD peak RSS', () => {
  it.each([0, 256])('is the child\'s own (wirescan version: under 128 MB) while the parent holds %i MB more', (heldMb) => {
    // Filled, so its pages are resident in this process when the child is started.
    const held = Buffer.alloc(heldMb * MB, 1);
    const res = spawnSync(process.execPath, ['--input-type=module', '-e', CLI_CHILD, 'version'], { encoding: 'utf8' });
    expect(held.length).toBe(heldMb * MB); // held until the child is done
    expect(res.status).toBe(0);
    expect(res.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const { peakRssMb } = childCost(res.stderr);
    expect(peakRssMb).toBeGreaterThan(10);
    expect(peakRssMb).toBeLessThan(128);
  });
});
