import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export type CliRun = { code: number | null; stdout: string; stderr: string; output: string };

/**
 * Runs the real CLI (`npm run cli` without npm) in a child process, the way an operator does:
 * from the repository root, configured only by environment variables, the password on stdin.
 */
export function runCli(args: string[], options: { env: Record<string, string>; input?: string }): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/cli/main.ts', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, output: stdout + stderr }));
    // A command that exits before reading stdin closes the pipe under us: not a failure.
    child.stdin.on('error', () => {});
    // Closing stdin matters: a command that reads the password must see the end of input.
    child.stdin.end(options.input ?? '');
  });
}
