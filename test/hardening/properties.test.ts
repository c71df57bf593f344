// Property-based tests: whatever text or plan-shaped data goes in, load →
// validate → lint never throws, every finding has a valid 1-based position
// inside the file, findings come sorted, and the same input always gives the
// same findings. In-process, for speed; numRuns keeps the suite well under a
// minute on a 2-core machine.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { Finding } from '../../src/findings.js';
import { lintPlan } from '../../src/lint/engine.js';
import { RULE_METAS } from '../../src/lint/rules/index.js';
import { loadPlan, type LoadedPlan } from '../../src/plan/load.js';
import { loadPlanBytes } from '../../src/plan/load.js';
import { validatePlan } from '../../src/plan/validate.js';
import { TODAY } from '../helpers.js';
import { MINI } from './make-corpus.js';

const RULE_IDS = new Set(['syntax', 'schema', ...RULE_METAS.map((m) => m.id)]);

/** Runs per property; FC_RUNS_SCALE=20 searches deeper (a failure prints the seed that replays it). */
const runs = (n: number) => Math.max(1, Math.round(n * Number(process.env.FC_RUNS_SCALE ?? 1)));

/** Why `finding` is not well formed for `text`, or undefined when it is. */
function badFinding(text: string, finding: Finding): string | undefined {
  const lines = text.split('\n');
  const lineLength = (line: number) => lines[line - 1]?.length ?? -1;
  const { line, column, endLine, endColumn } = finding;
  const whole = [line, column, endLine, endColumn].every((n) => Number.isInteger(n) && n >= 1);
  if (!whole) return 'a position is not a whole number from 1';
  if (line > lines.length || endLine > lines.length) return `a line is past the ${lines.length} lines of the file`;
  if (column > lineLength(line) + 1) return `column ${column} is past the end of line ${line}`;
  if (endColumn > lineLength(endLine) + 1) return `end column ${endColumn} is past the end of line ${endLine}`;
  if (endLine < line || (endLine === line && endColumn < column)) return 'the end is before the start';
  if (!RULE_IDS.has(finding.ruleId)) return `unknown rule id ${finding.ruleId}`;
  if (finding.severity !== 'error' && finding.severity !== 'warning') return `severity ${String(finding.severity)}`;
  if (typeof finding.message !== 'string' || finding.message.trim() === '') return 'an empty message';
  if (typeof finding.path !== 'string' || (finding.path !== '' && !finding.path.startsWith('/'))) return 'a bad path';
  return undefined;
}

/** Loads, validates and lints `text` (or bytes), and checks every property that does not need to know what the input means. */
function checkAll(input: string | Uint8Array): { plan: LoadedPlan; findings: Finding[] } {
  const load = () => (typeof input === 'string' ? loadPlan(input, 'p.yaml') : loadPlanBytes(input, 'p.yaml'));
  const plan = load();
  const validated = validatePlan(plan);
  const findings = lintPlan(plan, { rules: new Map(), today: TODAY });
  for (const f of [...plan.syntax, ...validated, ...findings]) {
    const problem = badFinding(plan.text, f);
    if (problem) throw new Error(`${problem}: ${JSON.stringify(f)}`);
  }
  // Sorted by line, then column.
  for (let i = 1; i < findings.length; i++) {
    const [a, b] = [findings[i - 1]!, findings[i]!];
    if (b.line < a.line || (b.line === a.line && b.column < a.column)) throw new Error('findings are not sorted');
  }
  // Validate's findings are lint's too (lint adds the rules to them).
  for (const f of validated) expect(findings).toContainEqual(f);
  // Deterministic: a fresh load of the same input gives the same findings.
  const again = load();
  expect(validatePlan(again)).toEqual(validated);
  expect(lintPlan(again, { rules: new Map(), today: TODAY })).toEqual(findings);
  return { plan, findings };
}

/** Pieces of YAML syntax, plan words and awkward characters, to build text that is nearly YAML. */
const PIECES = [
  '\n', '\n', '\n', ' ', ' ', '  ', '    ', '- ', '- ', ': ', ': ', ':', '? ', ',', '[', ']', '{', '}', '"', "'", '#',
  '# netplan-disable-line pitch-tone', '# netplan-disable-next-line', '&a ', '*a', '!t ', '!!str ', '!!js/function ',
  '!!binary ', '|', '>', '|-', '|2', '---', '...', '%YAML 1.1\n', '%TAG ! tag:x,2000:\n', '<<: ', '\\', '\\u',
  'version', 'version: 1\n', 'owner', 'name', 'owner:\n  name: Dana\n', 'profile', 'pitch', 'targets', 'meetings',
  'agenda', 'contacts', 'id', 'contact', 'x-', '__proto__', 'constructor', '1', '-1', '0x1F', '1e3', '.nan', 'null',
  '~', 'true', '2026-12-03', 'any', 'any job', 'open to anything', 'are you hiring', 'openings', 'sorry to bother',
  'Dana', '\t', '\r\n', '\r', '\uFEFF', '\0', '\x07', '\x7F', '\u0085', '\u2028', 'é', '😀', '\uD800', '\uFFFE',
];
const nearlyYaml = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((pieces) => pieces.join(''));

/** A valid plan with random edits: close enough to reach the rules, broken in random places. */
const editedPlan = fc
  .tuple(
    fc.constantFrom(MINI, stringify({ version: 1, owner: { name: 'Dana' }, meetings: [{ id: 'm', contact: 'c', agenda: ['a'] }] })),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 4 }), fc.constantFrom(...PIECES)), { minLength: 1, maxLength: 6 }),
  )
  .map(([text, edits]) => {
    let out = text;
    for (const [at, remove, insert] of edits) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + insert + out.slice(i + remove);
    }
    return out;
  });

/** Prose for plan fields: words the rules look for, mixed with noise. */
const WORDS = [
  'any', 'anything', 'open', 'to', 'hiring', 'openings', 'job', 'jobs', 'sorry', 'bother', 'I', 'need', 'a', 'resume',
  'CV', 'Are', 'you', 'is', 'ACME', 'freight', 'St.', 'Louis', 'saved', '$1.2M', '30%', 'one', 'of', 'not', '-', '--',
  '  ', "'", '"', 'é', '😀', 'TBD', 'n/a', 'whatever', 'leads', 'on', 'vacancies',
];
const prose = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join(' ')),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const slug = fc.oneof(fc.constantFrom('a', 'b', 'acme', 'lee-park', 'sam-ortiz', 'm-1'), fc.string({ maxLength: 6 }));
const date = fc.oneof(
  fc.constantFrom('2026-11-24', '2026-11-25', '2026-12-01', '2026-12-03T10:00:00Z', 'tomorrow', '2026-02-30'),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
/** Sometimes the right type, sometimes anything at all: the linter must cope with both. */
const or = <T,>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 6, arbitrary: arb }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });
const opt = { requiredKeys: [] as never[] };

const planObject = fc.record(
  {
    version: fc.oneof(fc.constant(1), fc.constantFrom(2, '1')),
    owner: or(fc.record({ name: or(prose), email: or(fc.constantFrom('dana@example.com', 'not an email')) }, { requiredKeys: ['name'] })),
    profile: or(
      fc.record(
        {
          headline: or(prose),
          pitch: or(prose),
          phone_intro: or(prose),
          value: or(fc.array(fc.record({ claim: or(prose), metric: or(prose) }, opt), { maxLength: 3 })),
        },
        opt,
      ),
    ),
    targets: or(
      fc.array(fc.record({ id: slug, function: or(prose), industry: or(prose), geography: or(prose) }, opt), { maxLength: 5 }),
    ),
    organizations: or(
      fc.array(
        fc.record(
          {
            id: slug,
            name: or(prose),
            target: slug,
            value: or(prose),
            research: or(fc.array(fc.record({ note: or(prose), date }, opt), { maxLength: 2 })),
          },
          opt,
        ),
        { maxLength: 5 },
      ),
    ),
    contacts: or(
      fc.array(
        fc.record(
          {
            id: slug,
            name: or(prose),
            organization: slug,
            relationship: fc.constantFrom('primary', 'secondary', 'referral', 'cold', 'friend'),
            referred_by: slug,
            approach: or(fc.record({ method: fc.constantFrom('phone', 'email', 'resume', 'fax'), rationale: or(prose) }, opt)),
            status: fc.constantFrom('to-contact', 'contacted', 'scheduled', 'met', 'dormant', 'lost'),
            next_follow_up: date,
          },
          opt,
        ),
        { maxLength: 5 },
      ),
    ),
    meetings: or(
      fc.array(
        fc.record(
          {
            id: slug,
            contact: slug,
            date,
            status: fc.constantFrom('planned', 'done', 'cancelled'),
            objective: or(prose),
            agenda: or(fc.array(or(prose), { maxLength: 3 })),
            questions: or(fc.array(prose, { maxLength: 2 })),
            referral_ask: or(prose),
            follow_up_contacts: or(
              fc.array(fc.oneof(fc.record({ name: prose }), fc.record({ info_point: prose }), fc.record({ contact: slug })), {
                maxLength: 2,
              }),
            ),
            outcome: or(fc.record({ notes: prose, thank_you_sent: date }, opt)),
          },
          opt,
        ),
        { maxLength: 4 },
      ),
    ),
    support: or(fc.array(fc.record({ name: or(prose), role: fc.constantFrom('coach', 'friend', 'other', 'boss') }, opt), { maxLength: 2 })),
    cadence: or(fc.record({ meetings_per_week: or(fc.integer({ min: -2, max: 20 })), follow_up_days: or(fc.array(fc.nat(10))) }, opt)),
    'x-notes': fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }),
  },
  { requiredKeys: ['version', 'owner'] },
);

/** How the plan is written out: block or flow style, wrapped or not, quoted or not. */
const yamlOptions = fc.record({
  indent: fc.constantFrom(2, 4),
  lineWidth: fc.constantFrom(0, 20, 80),
  collectionStyle: fc.constantFrom('any', 'block', 'flow'),
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
  lineEnds: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
});

describe('load → validate → lint, on any input', () => {
  it('text that is nearly YAML', () => {
    fc.assert(fc.property(nearlyYaml, (text) => void checkAll(text)), { numRuns: runs(1500) });
  });

  it('any string at all', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 })), (text) => void checkAll(text)),
      { numRuns: runs(500) },
    );
  });

  it('any bytes (read as a file is)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => void checkAll(bytes)), { numRuns: runs(500) });
  });

  it('a valid plan with random edits', () => {
    fc.assert(fc.property(editedPlan, (text) => void checkAll(text)), { numRuns: runs(1500) });
  });

  it('plan-shaped data written out as YAML reads back as the same data, and lints', () => {
    fc.assert(
      fc.property(planObject, yamlOptions, (plan, { lineEnds, bom, ...options }) => {
        const yaml = stringify(plan, options);
        const text = (bom ? '\uFEFF' : '') + (lineEnds === '\n' ? yaml : yaml.replace(/\n/g, lineEnds));
        const { plan: loaded } = checkAll(text);
        // netplan reads the data the yaml package itself reads from the text.
        // (Not always the data it wrote: with a narrow line width, yaml 2.9
        // can fold a block scalar into a different string, or write a
        // double-quoted one with an invalid "\undefined" escape.) It refuses
        // only what that reader refuses too, or what it refuses on purpose.
        const refused = loaded.syntax.filter((f) => f.severity === 'error');
        let reference: unknown;
        try {
          reference = parse(text.replace(/^\uFEFF/, ''));
        } catch {
          expect(refused).not.toEqual([]);
          return;
        }
        if (refused.length === 0) expect(loaded.data).toEqual(reference);
        else for (const f of refused) expect(f.message).toMatch(/^Control character|^NUL character/);
      }),
      { numRuns: runs(700) },
    );
  });
});
