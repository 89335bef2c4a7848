// `khronika users add|list|token|revoke-token`: accounts and API tokens, for the database owner.
import type { Command } from 'commander';
import { ROLES, type Role, type Store } from '../../store/index.js';
import { PasswordSchema, UsernameSchema } from '../../store/repos/users.js';
import { addDbOption } from './store-option.js';
import { withStore } from '../with-store.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Password from stdin (scripts) or an interactive prompt without echo. */
async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin || !process.stdin.isTTY) return readStdin();
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const mute = rl as unknown as { _writeToOutput: (s: string) => void };
  process.stdout.write('password: ');
  mute._writeToOutput = () => {};
  try {
    return await rl.question('');
  } finally {
    rl.close();
    process.stdout.write('\n');
  }
}

/** The store's own rules, checked before anything is written, with what to do instead. */
function checkUsername(username: string): void {
  if (!UsernameSchema.safeParse(username).success) {
    throw new Error(`users add: '${username}' is not a valid user name: use 1 to 64 letters, digits, '_', '.' or '-'`);
  }
}

function checkPassword(password: string, fromStdin: boolean): void {
  if (password === '') {
    throw new Error(
      fromStdin || !process.stdin.isTTY
        ? 'users add: no password given on standard input: pipe one in, e.g. `printf \'%s\\n\' "$PASSWORD" | khronika users add NAME --password-stdin`, or run the command in a terminal to be asked for it'
        : 'users add: no password given: type one at the prompt (at least 8 characters)',
    );
  }
  const parsed = PasswordSchema.safeParse(password);
  if (!parsed.success) {
    throw new Error(
      password.length < 8
        ? `users add: the password is too short (${password.length} characters): use at least 8 characters`
        : `users add: the password is too long (${password.length} characters): use at most 1024`,
    );
  }
}

async function userOrFail(store: Store, username: string) {
  const user = await store.users.getByUsername(username);
  if (!user) throw new Error(`no user '${username}'`);
  return user;
}

export function register(program: Command): void {
  const users = program.command('users').description('manage accounts and API tokens');

  addDbOption(
    users
      .command('add <username>')
      .description('create an account (password from a prompt or --password-stdin)')
      .option('--role <role>', `one of ${ROLES.join(', ')}`, 'analyst')
      .option('--password-stdin', 'read the password from standard input'),
  ).action(async (username: string, opts: { role: string; passwordStdin?: boolean; db?: string }) => {
    if (!(ROLES as readonly string[]).includes(opts.role))
      throw new Error(`--role: expected one of ${ROLES.join(', ')}, got '${opts.role}'`);
    checkUsername(username);
    const password = await readPassword(!!opts.passwordStdin);
    checkPassword(password, !!opts.passwordStdin);
    const user = await withStore(opts.db, (s) => s.users.create(username, password, opts.role as Role), true);
    process.stdout.write(`created ${user.username} (${user.role}), id ${user.id}\n`);
  });

  addDbOption(users.command('list').description('list accounts')).action(async (opts: { db?: string }) => {
    const list = await withStore(opts.db, (s) => s.users.list());
    for (const u of list) process.stdout.write(`${u.id}\t${u.username}\t${u.role}${u.disabled ? '\tdisabled' : ''}\n`);
  });

  addDbOption(
    users
      .command('token <username>')
      .description('create an API token for scripts (printed once; send as "Authorization: Bearer <token>")')
      .option('--name <name>', 'what the token is for', 'script'),
  ).action(async (username: string, opts: { name: string; db?: string }) => {
    const { id, token } = await withStore(opts.db, async (s) =>
      s.users.createToken((await userOrFail(s, username)).id, opts.name),
    );
    process.stderr.write(`token ${id} for ${username} — store it now, it is not shown again:\n`);
    process.stdout.write(`${token}\n`);
  });

  addDbOption(users.command('revoke-token <id>').description('revoke an API token by its id')).action(
    async (id: string, opts: { db?: string }) => {
      const n = Number(id);
      if (!Number.isInteger(n) || n <= 0) throw new Error(`token id: expected a positive integer, got '${id}'`);
      await withStore(opts.db, (s) => s.users.revokeToken(n));
      process.stdout.write(`revoked token ${n}\n`);
    },
  );
}
