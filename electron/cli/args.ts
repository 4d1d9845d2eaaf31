import { parseArgs } from 'node:util';

/** Every option any command takes; unknown ones are refused with the usage text. */
const OPTIONS = {
  data: { type: 'string' },
  username: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  dept: { type: 'string' },
  password: { type: 'string' },
  'password-stdin': { type: 'boolean' },
  admin: { type: 'boolean' },
  limit: { type: 'string' },
  'dry-run': { type: 'boolean' },
  strict: { type: 'boolean' },
  q: { type: 'string' },
  type: { type: 'string' },
  risk: { type: 'string' },
  region: { type: 'string' },
  industry: { type: 'string' },
  status: { type: 'string' },
  tag: { type: 'string' },
  licence: { type: 'string' },
  subjects: { type: 'string' },
  seed: { type: 'string' },
  out: { type: 'string' },
  month: { type: 'string' },
  period: { type: 'string' },
  task: { type: 'string' },
  plan: { type: 'string' },
  year: { type: 'string' },
  subject: { type: 'string' },
  adjustments: { type: 'string' },
  followup: { type: 'string' },
  to: { type: 'string' },
  expect: { type: 'string' },
  'expect-file': { type: 'string' },
  anchor: { type: 'string' },
  deep: { type: 'boolean' },
  public: { type: 'boolean' },
  'pool-hash': { type: 'string' },
  'nonce-hash': { type: 'string' },
  save: { type: 'boolean' },
  replace: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseCliArgs(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
}
export type ParsedArgs = ReturnType<typeof parseCliArgs>;

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
