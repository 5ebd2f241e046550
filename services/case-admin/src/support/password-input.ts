import { UsageError } from './usage-error';

/**
 * The new user's password: all of standard input with its last line end dropped (`--password-stdin`,
 * for scripts and secret stores), or typed twice at a prompt that echoes nothing. Never an
 * option: a password on the command line lands in the shell history and in `ps` for every user.
 */
export async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) {
    let input = '';
    for await (const chunk of process.stdin) input += String(chunk);
    return input.replace(/\r?\n$/, '');
  }
  if (!process.stdin.isTTY) throw new UsageError('there is no terminal to ask for the password on: pipe it in with --password-stdin');
  const password = await askHidden('Password: ');
  if ((await askHidden('Password again: ')) !== password) throw new Error('the two passwords differ: nothing was created');
  return password;
}

const ENTER = new Set(['\r', '\n', '\u0004']);
const CTRL_C = '\u0003';
const BACKSPACE = new Set(['\u007f', '\b']);

/** Reads a line from the terminal in raw mode, so the characters typed are never echoed. */
function askHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve, reject) => {
    let typed: string[] = [];
    const finish = (settle: () => void) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      settle();
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (ENTER.has(char)) return finish(() => resolve(typed.join('')));
        if (char === CTRL_C) return finish(() => reject(new Error('cancelled: nothing was created')));
        typed = BACKSPACE.has(char) ? typed.slice(0, -1) : [...typed, char];
      }
    };
    stdin.on('data', onData);
  });
}
