/**
 * Command lines of the project's scripts, checked: Node's own parser
 * (node:util parseArgs) splits the arguments into tokens, and every token is
 * checked here, because its lenient mode accepts what must be refused and
 * its strict mode lets a repeated option win silently. Refused, each with a
 * UsageError naming the argument and the usage (exit code 2, nothing run):
 * an unknown option (with the nearest known one), an argument that is not
 * an option, an option that needs a value given none (`--stations` last,
 * `--stations=`, or `--stations --lenient`), a value given to an option that
 * takes none (`--lenient=yes`), and any option given twice.
 */
import { parseArgs } from 'node:util';

/** A command line that cannot be run as given (exit code 2, with the usage). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** An option: a flag, or one that takes a value (`what`: what the value is, for messages). */
export type OptionSpec = { type: 'boolean' } | { type: 'string'; what: string };
export type CliSpec = Record<string, OptionSpec>;
/** The parsed values: a string per value option given, true per flag given. */
export type CliValues<S extends CliSpec> = {
  [K in keyof S]?: S[K] extends { type: 'string' } ? string : boolean;
};

/** Edit distance, for the "did you mean" of an unknown option. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = next;
    }
  }
  return d[b.length];
}

/** Parse `argv` (without the node and script paths) against `spec`; throws a UsageError ending with `usage`. */
export function parseCli<S extends CliSpec>(argv: string[], spec: S, usage: string): CliValues<S> {
  const fail = (msg: string): never => {
    throw new UsageError(`${msg}; ${usage}`);
  };
  const { tokens } = parseArgs({
    args: argv,
    options: Object.fromEntries(Object.entries(spec).map(([k, v]) => [k, { type: v.type }])),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const out: Record<string, string | boolean> = {};
  const given = new Map<string, string>();
  for (const t of tokens) {
    if (t.kind === 'option-terminator') continue;
    if (t.kind === 'positional') {
      const valued = Object.keys(spec).find((k) => spec[k].type === 'string');
      fail(
        `unexpected argument "${t.value}" (${valued ? `a value follows its option, e.g. --${valued} ${t.value}` : 'this command takes options only'})`,
      );
    }
    if (t.kind !== 'option') continue;
    const o = spec[t.name];
    if (!o) {
      const near = Object.keys(spec)
        .map((k) => ({ k, d: distance(t.name, k) }))
        .filter((x) => x.d <= 2 || x.k.startsWith(t.name) || t.name.startsWith(x.k))
        .sort((a, b) => a.d - b.d)[0];
      fail(`unknown option "${t.rawName}"${near ? ` (did you mean --${near.k}?)` : ''}`);
    }
    const prev = given.get(t.name);
    if (prev !== undefined)
      fail(
        o.type === 'string'
          ? `${t.rawName} given twice ("${prev}" and "${t.value ?? ''}"); give it once`
          : `${t.rawName} given twice; give it once`,
      );
    given.set(t.name, t.value ?? '');
    if (o.type === 'boolean') {
      if (t.value !== undefined) fail(`${t.rawName} takes no value (found "${t.rawName}=${t.value}")`);
      out[t.name] = true;
    } else {
      const v = t.value;
      if (v === undefined || v.trim() === '' || (!t.inlineValue && v.startsWith('-')))
        fail(
          `${t.rawName} needs a value (${o.what})${v === undefined || v.trim() === '' ? '' : `, found the option "${v}"`}` +
            (v?.startsWith('-') && !v.startsWith('--')
              ? ` (a value starting with "-" is written ${t.rawName}=${v})`
              : ''),
        );
      out[t.name] = v as string;
    }
  }
  return out as CliValues<S>;
}

/** parseCli for a script's main: a usage error is printed as "name: message" and exits with code 2. */
export function parseOrExit<S extends CliSpec>(name: string, argv: string[], spec: S, usage: string): CliValues<S> {
  try {
    return parseCli(argv, spec, usage);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`${name}: ${e.message}`);
    return process.exit(2);
  }
}
