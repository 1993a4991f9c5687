import { createInterface } from 'node:readline';

/**
 * Reads the new user's password from standard input (first line), so it never appears in the
 * shell history or the process list (e.g. `printf '%s\n' "$PW" | npm run cli -- user create …`).
 */
export async function readPassword(): Promise<string> {
  const input = process.stdin;
  if (input.isTTY) process.stderr.write('Password: ');
  const rl = createInterface({ input, terminal: false });
  for await (const line of rl) {
    rl.close();
    if (input.isTTY) process.stderr.write('\n');
    return line.replace(/\r$/, '');
  }
  return '';
}
