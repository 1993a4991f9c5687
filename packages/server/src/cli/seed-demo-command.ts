import { DEMO_PASSWORD } from '../demo/demo-data.js';
import { seedDemo } from '../demo/seed-demo.js';
import type { Command } from './cli-error.js';

export const seedDemoCommand: Command = async ({ db }) => {
  const result = await seedDemo(db);
  if (!result.seeded) return 'Demo data is already present; nothing changed.';
  const accounts = result.accounts.map((a) => `  ${a.username} (${a.role}, ${a.agency})`).join('\n');
  return `Demo data added. Accounts, all with password "${DEMO_PASSWORD}":\n${accounts}`;
};
