/**
 * Strict JSON text -> a tree of values that know where they are (line,
 * character, source text), for importers whose messages must name the JSON
 * path and the line of a bad value.
 *
 * JSON.parse cannot do this job: it keeps the last of two equal keys without
 * a word, reports errors by offset in engine-specific wording, knows no
 * positions of values, and recurses, so deeply nested input ends in a
 * RangeError. Here the well-kept `jsonc-parser` (the VS Code JSON parser)
 * tokenises and reports syntax errors with their line and character, in
 * strict mode (no comments, no trailing commas, no empty file); this module
 * builds the tree from its events and refuses what JSON allows but an input
 * file must not contain: a key twice in one object, nesting deeper than
 * MAX_JSON_DEPTH (checked first, with the non-recursive scanner, so the
 * recursive parser never sees it), and strings with a NUL character or a
 * lone surrogate (`"\ud800"`, which is no text in any encoding).
 */
import { createScanner, printParseErrorCode, visit } from 'jsonc-parser';
import { InputError, type InputIssue } from './errors';

/** Deepest nesting of objects and arrays accepted (the CEC results format needs 4). */
export const MAX_JSON_DEPTH = 64;

interface At {
  /** 0-based offset and length of the value's source text. */
  offset: number;
  length: number;
  /** 1-based line and character (UTF-16 units) where the value starts. */
  line: number;
  char: number;
  /** JSON path from the root: `divisions[3].registered`; "" for the root. */
  path: string;
}

/** One JSON value and where it is in the text. */
export type JsonNode = At &
  (
    | { type: 'object'; entries: Map<string, JsonNode> }
    | { type: 'array'; items: JsonNode[] }
    | { type: 'string'; value: string }
    | { type: 'number'; value: number }
    | { type: 'boolean'; value: boolean }
    | { type: 'null' }
  );

/** What each syntax error of jsonc-parser means, for a person. */
const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'a JSON value, or a key in double quotes (NaN, Infinity, single quotes and bare words are not JSON)',
  InvalidNumberFormat: 'a JSON number',
  PropertyNameExpected: 'a key in double quotes (no trailing comma before "}")',
  ValueExpected: 'a JSON value (no trailing comma before "]", no empty file)',
  ColonExpected: 'a ":" after the key',
  CommaExpected: 'a "," between values',
  CloseBraceExpected: 'a "," or the "}" that closes the object',
  CloseBracketExpected: 'a "," or the "]" that closes the array',
  EndOfFileExpected: 'the end of the file after the JSON value (one value per file)',
  InvalidCommentToken: 'no comments (JSON has none)',
  UnexpectedEndOfComment: 'no comments (JSON has none)',
  UnexpectedEndOfString: 'the closing double quote of the string on the same line',
  UnexpectedEndOfNumber: 'digits after the sign, point or exponent',
  InvalidUnicode: 'four hex digits after \\u',
  InvalidEscapeCharacter: 'a JSON escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)',
  InvalidCharacter: 'no control characters inside a string (write \\n or \\t)',
};

/** "divisions" + 3 -> "divisions[3]"; "divisions[3]" + "registered" -> "divisions[3].registered". */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  const k = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  return k === key ? (parent === '' ? key : `${parent}.${key}`) : `${parent}[${k}]`;
}

/** A string with a NUL or a UTF-16 surrogate that pairs with nothing: what is wrong with it, or null. */
function badString(s: string): string | null {
  if (s.includes('\u0000')) return 'text without NUL characters (\\u0000)';
  if (/\p{Cs}/u.test(s)) return 'text of whole characters (a lone surrogate \\ud800-\\udfff escape is not a character)';
  return null;
}

/**
 * Parse JSON text strictly. Throws an InputError at the first problem, with
 * the line and character, the JSON path where it is known, what was found and what was expected.
 */
export function parseJson(text: string, file: string): JsonNode {
  const fail = (issue: Omit<InputIssue, 'file'>): never => {
    throw new InputError([{ file, ...issue }]);
  };
  checkDepth(text, file);

  type Frame = { node: JsonNode & { type: 'object' | 'array' }; key?: { name: string; line: number; char: number } };
  const stack: Frame[] = [];
  let root: JsonNode | undefined;
  let error: Omit<InputIssue, 'file'> | undefined;
  const here = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    return top.node.type === 'array'
      ? childPath(top.node.path, top.node.items.length)
      : top.key
        ? childPath(top.node.path, top.key.name)
        : top.node.path;
  };
  /** Attach a finished value to its parent (or make it the root); refuse a key given twice. */
  const add = (node: JsonNode): void => {
    const top = stack[stack.length - 1];
    if (!top) root = node;
    else if (top.node.type === 'array') top.node.items.push(node);
    else if (top.key) {
      const { name } = top.key;
      const first = top.node.entries.get(name);
      if (first && !error)
        error = {
          line: top.key.line,
          char: top.key.char,
          column: node.path,
          value: name,
          expected: `each key once per object (a duplicate key: "${name}" is already at line ${first.line}, and JSON readers differ on which one counts)`,
        };
      top.node.entries.set(name, node);
      top.key = undefined;
    }
  };
  const at = (offset: number, length: number, line: number, char: number): At => ({
    offset,
    length,
    line: line + 1,
    char: char + 1,
    path: here(),
  });
  visit(
    text,
    {
      onObjectBegin: (offset, length, line, char) => {
        stack.push({ node: { ...at(offset, length, line, char), type: 'object', entries: new Map() } });
      },
      onObjectProperty: (name, offset, length, line, char) => {
        const top = stack[stack.length - 1];
        if (top) top.key = { name, line: line + 1, char: char + 1 };
        const bad = badString(name);
        if (bad && !error)
          error = {
            line: line + 1,
            char: char + 1,
            column: here(),
            value: text.slice(offset, offset + length),
            expected: `a key of ${bad}`,
          };
      },
      onObjectEnd: (offset) => {
        const done = stack.pop();
        if (!done) return;
        done.node.length = offset + 1 - done.node.offset;
        add(done.node);
      },
      onArrayBegin: (offset, length, line, char) => {
        stack.push({ node: { ...at(offset, length, line, char), type: 'array', items: [] } });
      },
      onArrayEnd: (offset) => {
        const done = stack.pop();
        if (!done) return;
        done.node.length = offset + 1 - done.node.offset;
        add(done.node);
      },
      onLiteralValue: (value: unknown, offset, length, line, char) => {
        const where = at(offset, length, line, char);
        if (typeof value === 'string') {
          const bad = badString(value);
          if (bad && !error)
            error = {
              line: where.line,
              char: where.char,
              column: where.path,
              value: text.slice(offset, offset + length),
              expected: bad,
            };
          add({ ...where, type: 'string', value });
        } else if (typeof value === 'number') add({ ...where, type: 'number', value });
        else if (typeof value === 'boolean') add({ ...where, type: 'boolean', value });
        else add({ ...where, type: 'null' });
      },
      onError: (code, offset, length, line, char) => {
        if (error) return;
        const name = printParseErrorCode(code);
        const atEnd = offset >= text.trimEnd().length;
        const open = stack[stack.length - 1]?.node;
        const found = atEnd ? 'the end of the file' : text.slice(offset, offset + Math.max(length, 1));
        error = {
          line: line + 1,
          char: char + 1,
          column: here(),
          value: found,
          expected:
            `valid JSON: ${SYNTAX[name] ?? name}` +
            (atEnd && open
              ? ` (the ${open.type} opened at line ${open.line} is never closed: the file seems cut short)`
              : name === 'UnexpectedEndOfString' && offset + length >= text.trimEnd().length
                ? ' (the file ends inside this string: it seems cut short)'
                : ''),
        };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  if (error) fail(error);
  if (!root) return fail({ line: 1, char: 1, column: '', value: text.slice(0, 80), expected: 'a JSON value' });
  return root;
}

/**
 * Refuse nesting deeper than MAX_JSON_DEPTH before parsing: the scanner reads
 * token by token without recursion, so 100,000 "[" cost a loop, not the stack.
 */
function checkDepth(text: string, file: string): void {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let kind = scanner.scan(); kind !== 17 /* EOF */; kind = scanner.scan()) {
    // 1 "{", 3 "[" open; 2 "}", 4 "]" close (SyntaxKind, a const enum the build cannot import).
    if (kind === 1 || kind === 3) {
      if (++depth > MAX_JSON_DEPTH)
        throw new InputError([
          {
            file,
            line: scanner.getTokenStartLine() + 1,
            char: scanner.getTokenStartCharacter() + 1,
            column: '',
            value: text.slice(scanner.getTokenOffset(), scanner.getTokenOffset() + 80),
            expected: `objects and arrays nested at most ${MAX_JSON_DEPTH} deep (this one is deeper; the CEC results format needs 4)`,
          },
        ]);
    } else if (kind === 2 || kind === 4) depth = Math.max(0, depth - 1);
  }
}

/** The JSON type of a node as a noun, for messages: "an array", "a string". */
export const typeName = (n: JsonNode | undefined): string =>
  n === undefined
    ? 'nothing (the key is missing)'
    : (
        {
          object: 'an object',
          array: 'an array',
          string: 'a string',
          number: 'a number',
          boolean: 'a boolean',
          null: 'null',
        } as const
      )[n.type];

/** The source text of a node. */
export const sourceOf = (text: string, n: JsonNode): string => text.slice(n.offset, n.offset + n.length);
