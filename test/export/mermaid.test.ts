// The graph is read back with Mermaid's own parser (the one GitHub runs) and
// checked against the plan: one node per contact, solid edges for whom you
// know and who referred whom, dashed edges to whom each meeting leads next.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mermaidText, planToMermaid } from '../../src/export/mermaid.js';
import { loadPlan } from '../../src/plan/load.js';
import type { Plan } from '../../src/plan/types.js';
import { validatePlan } from '../../src/plan/validate.js';
import { BASE, cli, ROOT, tempDir } from '../helpers.js';
import { PLAN, TRICKY_NAME, TRICKY_ORG, TRICKY_TITLE, writePlan } from '../next/plan-fixture.js';

type Mermaid = typeof import('mermaid').default;
let mermaid: Mermaid;
beforeAll(async () => {
  // Mermaid sanitizes labels with DOMPurify, which needs a DOM window when it
  // loads. jsdom's, given to this file only (a jsdom test environment would
  // also replace Node's URL, which the test helpers need).
  const { JSDOM } = await import('jsdom');
  const { window } = new JSDOM('');
  Object.assign(globalThis, { window, document: window.document });
  mermaid = (await import('mermaid')).default;
});

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

interface Vertex {
  id: string;
  text: string;
  type: string;
  classes: string[];
}
interface Edge {
  start: string;
  end: string;
  stroke: string;
  type: string;
}

/** Mermaid keeps entity codes as placeholders until it draws; turn them into the characters they stand for. */
function decode(text: string): string {
  const named: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>' };
  return text
    .replace(/ﬂ°°(\d+)¶ß/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/ﬂ°(\w+)¶ß/g, (_, name: string) => named[name] ?? `&${name};`);
}

async function readGraph(source: string): Promise<{ nodes: Map<string, Vertex & { lines: string[] }>; edges: string[] }> {
  expect(await mermaid.parse(source)).toMatchObject({ diagramType: 'flowchart-v2' });
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
  const db = diagram.db as unknown as { getVertices(): Map<string, Vertex>; getEdges(): Edge[] };
  const nodes = new Map<string, Vertex & { lines: string[] }>();
  for (const v of db.getVertices().values()) nodes.set(v.id, { ...v, lines: decode(v.text).split(/<br\s*\/?>/) });
  const edges = db.getEdges().map((e) => `${e.start} ${e.stroke === 'dotted' ? '-.->' : '-->'} ${e.end}`);
  for (const e of db.getEdges()) expect(e.type).toBe('arrow_point');
  return { nodes, edges };
}

const key = (id: string) => `c_${id.replace(/-/g, '_')}`;

describe('netplan export --format mermaid', () => {
  it('is a flowchart Mermaid parses, with you and one node per contact', async () => {
    writePlan(dir);
    const r = await cli(['export', '-f', 'mermaid'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('flowchart LR');
    const { nodes } = await readGraph(r.stdout);
    expect(nodes.get('me')).toMatchObject({ type: 'stadium', lines: ['Dana Reyes'] });
    for (const c of PLAN.contacts!) {
      const node = nodes.get(key(c.id))!;
      expect(node.type).toBe('square');
      expect(node.lines[0]).toBe((c.name ?? c.info_point)!.replace(/\s+/g, ' '));
    }
    // Plus the one person named in meetings who is not a contact yet (named twice, drawn once).
    const others = [...nodes.values()].filter((n) => n.id !== 'me' && !n.id.startsWith('c_'));
    expect(others.map((n) => [n.type, n.lines[0], n.classes])).toEqual([['round', 'Priya Shah', ['wanted']]]);
  });

  it('draws you -> contacts, referred_by edges, and dashed edges to whom meetings lead next', async () => {
    const { edges } = await readGraph(planToMermaid(PLAN));
    // From the plan: each contact hangs off its referrer, or off you.
    const solid = PLAN.contacts!.map((c) => `${c.referred_by ? key(c.referred_by) : 'me'} --> ${key(c.id)}`);
    expect(edges.filter((e) => e.includes(' --> '))).toEqual(solid);
    // lee-2026-11 names an information point (a contact already referred by
    // Lee: drawn solid, once), Priya Shah, and Sam; sam-coffee names Lee (Sam
    // already referred him); first-call names Priya again.
    expect(edges.filter((e) => e.includes('-.->'))).toEqual(['c_lee_park -.-> n1', 'c_lee_park -.-> c_sam_ortiz']);
  });

  it('escapes labels: quotes, brackets, #, &, <, | and line breaks come back as written', async () => {
    const { nodes } = await readGraph(planToMermaid(PLAN));
    expect(nodes.get('c_ana_ruiz')!.lines).toEqual([TRICKY_NAME.replace('\n', ' '), `${TRICKY_TITLE}, ${TRICKY_ORG}`]);
    expect(nodes.get('c_lee_park')!.lines).toEqual(['Lee Park', 'VP Logistics, ACME Foods']);
  });

  it('survives unicode, Mermaid keywords as ids, and text that looks like Mermaid syntax', async () => {
    const plan = parse(BASE) as Plan;
    plan.owner.name = 'José "Pepe" Núñez 日本 😀';
    plan.contacts = [
      { id: 'end', name: 'A --> B %% not a comment' },
      { id: 'graph', name: 'click me; style x fill:#f00; classDef y color:#0f0;', referred_by: 'end' },
      { id: 'o-x', name: '`code` {braces} (parens) [[sub]] ((circle))', referred_by: 'graph' },
      { id: 'x', info_point: 'owner of "#1" & <b>bold</b> at 3M', referred_by: 'o-x' },
      { id: 'subgraph', name: '   spaced\n\tout   ' },
    ];
    plan.meetings = [{ id: 'm', contact: 'x', follow_up_contacts: [{ info_point: 'CFO | finance ; lead' }, { name: 'end' }] }];
    const { nodes, edges } = await readGraph(planToMermaid(plan));
    expect(nodes.get('me')!.lines).toEqual([plan.owner.name]);
    for (const c of plan.contacts) expect(nodes.get(key(c.id))!.lines[0]).toBe((c.name ?? c.info_point)!.trim().replace(/\s+/g, ' '));
    expect(edges).toEqual([
      'me --> c_end',
      'c_end --> c_graph',
      'c_graph --> c_o_x',
      'c_o_x --> c_x',
      'me --> c_subgraph',
      'c_x -.-> k1',
      'c_x -.-> n2',
    ]);
    expect(nodes.get('k1')).toMatchObject({ type: 'hexagon', lines: ['CFO | finance ; lead'] });
    expect(nodes.get('n2')!.lines).toEqual(['end']);
  });

  it('colours contacts by status', async () => {
    const { nodes } = await readGraph(planToMermaid(PLAN));
    for (const c of PLAN.contacts!) {
      const expected = c.status && c.status !== 'to-contact' ? [c.status] : [];
      expect(nodes.get(key(c.id))!.classes).toEqual(expected);
    }
  });

  it('draws just you for a plan with no contacts', async () => {
    const { nodes, edges } = await readGraph(planToMermaid(parse(BASE) as Plan));
    expect([...nodes.keys()]).toEqual(['me']);
    expect(edges).toEqual([]);
  });
});

// The example plans shipped in examples/: each that validates draws a graph Mermaid accepts.
const examples = existsSync(join(ROOT, 'examples')) ? readdirSync(join(ROOT, 'examples')).filter((f) => /\.ya?ml$/.test(f)) : [];

describe.skipIf(examples.length === 0)('the example plans', () => {
  it.each(examples)('%s draws a graph with a node per contact', async (file) => {
    const loaded = loadPlan(readFileSync(join(ROOT, 'examples', file), 'utf8'), file);
    if (validatePlan(loaded).some((f) => f.severity === 'error')) return; // a plan of mistakes, on purpose
    const plan = loaded.data as Plan;
    const { nodes } = await readGraph(planToMermaid(plan));
    for (const c of plan.contacts ?? []) expect(nodes.has(key(c.id)), c.id).toBe(true);
  });
});

describe('mermaidText', () => {
  it('encodes only what Mermaid would misread', () => {
    expect(mermaidText('Smith | Jones [x] (y) ü')).toBe('Smith | Jones [x] (y) ü');
    expect(mermaidText('say "hi" #1 <b> & `x`: y')).toBe('say #34;hi#34; #35;1 #60;b#62; #38; #96;x#96;#58; y');
  });
});
