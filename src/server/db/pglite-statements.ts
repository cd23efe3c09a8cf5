import { protocol, type PGlite, type QueryOptions, type Results } from '@electric-sql/pglite';

/**
 * Queries on one PGlite instance through named prepared statements and a lean reading of PostgreSQL's
 * answer, for the PGlite host (pglite-host.ts), which alone talks to its instance, one operation at a
 * time.
 *
 * Why, measured on demo list pages (CPU per request, in-process): PGlite's own `query()` sends each
 * statement unnamed, in six calls into WebAssembly (parse, describe, bind, describe, execute, sync), so
 * that every request parses and plans its SQL again (the folded sort key is a long expression matched
 * against the expression indexes); then it reads the answer through its protocol parser (a copy of each
 * value's bytes) and `parseResults`, which copies its table of ~320 type parsers for every query
 * (~0.1–0.3 ms each). Its JavaScript cost more than PostgreSQL itself.
 *
 * Here a text seen a second time is prepared once under a name, with its parameter types described
 * once; each execution is one call (bind, describe, execute, sync) whose bytes are read here, each
 * column's parser chosen once per result. PostgreSQL's plan cache then plans it as its own server does
 * (custom plans for the first executions, a generic plan when it costs no more) and re-plans it after a
 * schema change. A text seen once (a migration's statement) stays unnamed, as in `query()`.
 *
 * Same results as `query()`: the same serializers (by parameter type), parsers (the caller's first,
 * then the instance's), result shape (`rows`, `fields`, `command`, `affectedRows`, `rowCount`) and error
 * fields (`code`, `detail`, `constraint`…).
 */

const { serialize } = protocol;

/** Statements kept prepared (least recently used closed beyond); texts remembered as seen once. */
const MAX_PREPARED = 256;
const MAX_SEEN = 2048;

interface Prepared {
  name: string;
  types: number[];
}

function concat(parts: Uint8Array[], length = parts.reduce((n, p) => n + p.length, 0)): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** PostgreSQL's ErrorResponse field codes, named as PGlite's (and node-postgres's) DatabaseError names them. */
const ERROR_FIELDS: Record<string, string> = {
  S: 'severity',
  C: 'code',
  D: 'detail',
  H: 'hint',
  P: 'position',
  p: 'internalPosition',
  q: 'internalQuery',
  W: 'where',
  s: 'schema',
  t: 'table',
  c: 'column',
  d: 'dataType',
  n: 'constraint',
  F: 'file',
  L: 'line',
  R: 'routine',
};

const decoder = new TextDecoder();

interface Answer {
  result?: Results;
  paramTypes?: number[];
  error?: Error;
}

type Parser = (value: string, typeId: number) => unknown;

/** Reads the backend messages of one extended-protocol exchange (up to ReadyForQuery). */
function readAnswer(bytes: Uint8Array, parserOf: (typeId: number) => Parser | undefined, rowMode: 'array' | 'object' | undefined): Answer {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const answer: Answer = {};
  let fields: { name: string; dataTypeID: number }[] = [];
  let parsers: (Parser | undefined)[] = [];
  let rows: unknown[] = [];
  let affectedRows = 0;
  const cstring = (from: number) => {
    let end = from;
    while (bytes[end] !== 0) end++;
    return { text: decoder.decode(bytes.subarray(from, end)), next: end + 1 };
  };
  for (let at = 0; at + 5 <= bytes.length; ) {
    const type = bytes[at];
    const end = at + 1 + view.getInt32(at + 1);
    let p = at + 5;
    switch (type) {
      case 0x74: {
        // 't' ParameterDescription
        const count = view.getInt16(p);
        answer.paramTypes = Array.from({ length: count }, (_, i) => view.getInt32(p + 2 + 4 * i));
        break;
      }
      case 0x54: {
        // 'T' RowDescription
        const count = view.getInt16(p);
        p += 2;
        fields = [];
        for (let i = 0; i < count; i++) {
          const { text, next } = cstring(p);
          fields.push({ name: text, dataTypeID: view.getInt32(next + 6) });
          p = next + 18;
        }
        parsers = fields.map((f) => parserOf(f.dataTypeID));
        break;
      }
      case 0x44: {
        // 'D' DataRow
        const count = view.getInt16(p);
        p += 2;
        const values: unknown[] = new Array(count);
        for (let i = 0; i < count; i++) {
          const length = view.getInt32(p);
          p += 4;
          if (length < 0) values[i] = null;
          else {
            const text = decoder.decode(bytes.subarray(p, p + length));
            p += length;
            const parse = parsers[i];
            values[i] = parse ? parse(text, fields[i].dataTypeID) : text;
          }
        }
        if (rowMode === 'array') rows.push(values);
        else {
          const row: Record<string, unknown> = {};
          for (let i = 0; i < count; i++) row[fields[i].name] = values[i];
          rows.push(row);
        }
        break;
      }
      case 0x43: {
        // 'C' CommandComplete: « SELECT 25 », « INSERT 0 1 », « UPDATE 3 », « BEGIN »…
        const words = cstring(p).text.split(' ');
        const command = words[0];
        const n = parseInt(words[words.length - 1], 10);
        if (['INSERT', 'UPDATE', 'DELETE', 'COPY', 'MERGE'].includes(command)) affectedRows += n;
        const result: Results = { rows, fields, command, affectedRows } as Results;
        if (!Number.isNaN(n)) (result as { rowCount?: number }).rowCount = n;
        answer.result ??= result; // one statement per exchange
        rows = [];
        fields = [];
        break;
      }
      case 0x45: {
        // 'E' ErrorResponse
        const info: Record<string, string> = {};
        while (bytes[p] !== 0 && p < end) {
          const code = String.fromCharCode(bytes[p]);
          const { text, next } = cstring(p + 1);
          if (ERROR_FIELDS[code]) info[ERROR_FIELDS[code]] = text;
          else if (code === 'M') info.message = text;
          p = next;
        }
        const error = Object.assign(new Error(info.message ?? 'Erreur PostgreSQL'), info, { name: 'DatabaseError' });
        answer.error ??= error;
        break;
      }
      // ParseComplete, BindComplete, CloseComplete, NoData, notices, ParameterStatus, ReadyForQuery: nothing to read.
    }
    at = end;
  }
  return answer;
}

export interface StatementRunner {
  query<T = Record<string, unknown>>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
  /** Statements held prepared now (tests). */
  readonly size: number;
}

export function statementRunner(pg: PGlite, limits = { prepared: MAX_PREPARED, seen: MAX_SEEN }): StatementRunner {
  const prepared = new Map<string, Prepared>(); // insertion order = least recently used first
  const seen = new Set<string>();
  /** Statements to close once no transaction is open (a Close in an aborted transaction would fail). */
  const toClose: string[] = [];
  let counter = 0;

  /** Sends one exchange and returns PostgreSQL's answer, bypassing PGlite's protocol parser. */
  async function exchange(parts: Uint8Array[], options?: QueryOptions): Promise<Answer> {
    const chunks: Uint8Array[] = [];
    let length = 0;
    await pg.execProtocolRawStream(concat(parts), {
      syncToFs: false,
      // A view of WebAssembly memory, valid during the call only.
      onRawData: (data) => {
        chunks.push(data.slice());
        length += data.length;
      },
    });
    const custom = options?.parsers;
    const parserOf = (typeId: number) => (custom?.[typeId] ?? pg.parsers[typeId]) as Parser | undefined;
    return readAnswer(concat(chunks, length), parserOf, options?.rowMode);
  }

  function closing(): Uint8Array[] {
    if (!toClose.length || pg.isInTransaction()) return [];
    return toClose.splice(0).map((name) => serialize.close({ type: 'S', name }));
  }

  async function describe(text: string, name: string | undefined, paramTypes?: number[]): Promise<number[]> {
    const answer = await exchange([...closing(), serialize.parse({ name, text, types: paramTypes }), serialize.describe({ type: 'S', name }), serialize.sync()]);
    if (answer.error) throw answer.error;
    return answer.paramTypes ?? [];
  }

  async function statementOf(text: string, options?: QueryOptions): Promise<Prepared> {
    const hit = prepared.get(text);
    if (hit) {
      prepared.delete(text);
      prepared.set(text, hit);
      return hit;
    }
    if (!seen.has(text) || options?.paramTypes) {
      // First sight (a one-off statement, e.g. a migration's): unnamed, as PGlite's query() does.
      if (seen.size >= limits.seen) seen.clear();
      seen.add(text);
      return { name: '', types: await describe(text, undefined, options?.paramTypes) };
    }
    const name = `maillage_${++counter}`;
    const statement = { name, types: await describe(text, name) };
    prepared.set(text, statement);
    if (prepared.size > limits.prepared) {
      const [oldText, old] = prepared.entries().next().value!;
      prepared.delete(oldText);
      toClose.push(old.name);
    }
    return statement;
  }

  async function execute<T>(text: string, params: unknown[], options?: QueryOptions): Promise<Results<T>> {
    const statement = await statementOf(text, options);
    const { types } = statement;
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const serializer = options?.serializers?.[types[i]] ?? pg.serializers[types[i]];
      return serializer ? serializer(value) : (value as { toString(): string }).toString();
    });
    const answer = await exchange([...closing(), serialize.bind({ statement: statement.name, values }), serialize.describe({ type: 'P' }), serialize.execute({}), serialize.sync()], options);
    if (answer.error) {
      // A prepared statement that failed may be stale (« cached plan must not change result type »
      // after a schema change): prepare it again next time. Errors are rare; preparing is cheap.
      if (statement.name && prepared.get(text) === statement) {
        prepared.delete(text);
        toClose.push(statement.name);
      }
      throw answer.error;
    }
    if (!pg.isInTransaction()) await pg.syncToFs();
    return (answer.result ?? { rows: [], fields: [], affectedRows: 0 }) as Results<T>;
  }

  return {
    get size() {
      return prepared.size;
    },
    async query<T>(text: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<T>> {
      try {
        try {
          return await execute<T>(text, params, options);
        } catch (error) {
          // « cached plan must not change result type »: nothing ran; outside a transaction, once more.
          if ((error as { code?: string }).code === '0A000' && !pg.isInTransaction()) return await execute<T>(text, params, options);
          throw error;
        }
      } catch (error) {
        if (error && typeof error === 'object') Object.assign(error, { query: text, params });
        throw error;
      }
    },
  };
}
