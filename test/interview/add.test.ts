// `netplan add <kind>`: one new entry appended; nothing else in the file changes.
import { answer, choose, confirm, interrupt, screen, terminalIo, waitFor } from './terminal.js';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAdd } from '../../src/commands/add.js';
import { cli, tempDir, TODAY } from '../helpers.js';

const PLAN = readFileSync(new URL('./fixtures/commented.plan.yaml', import.meta.url), 'utf8');
const env = { NETPLAN_TODAY: TODAY, NO_COLOR: '1' };

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(join(dir, 'plan.yaml'), PLAN);
});
afterEach(() => cleanup());

function write(name: string, text: string): void {
  writeFileSync(join(dir, name), text);
}

function plan(): string {
  return readFileSync(join(dir, 'plan.yaml'), 'utf8');
}

/** `after` is `before` with `inserted` placed at one spot: returns that spot, or fails. */
function insertionPoint(before: string, after: string, inserted: string): number {
  expect(after.length).toBe(before.length + inserted.length);
  let at = 0;
  while (at < before.length && before[at] === after[at]) at++;
  // Back up to a line start: the inserted text is whole lines.
  at = before.lastIndexOf('\n', at - 1) + 1;
  expect(after.slice(0, at) + after.slice(at + inserted.length)).toBe(before);
  expect(after.slice(at, at + inserted.length)).toBe(inserted);
  return at;
}

describe('netplan add --answers', () => {
  it('appends a contact after the last one: every original line, comment and blank line is kept', async () => {
    write('lee.yaml', 'name: Lee Park\norganization: acme-foods\nrelationship: referral\nreferred_by: sam-ortiz\napproach:\n  method: introduction\n  rationale: Sam\'s former manager; ask about lane planning\n');
    const r = await cli(['add', 'contact', '--answers', 'lee.yaml'], { cwd: dir, env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const inserted = [
      '  - id: lee-park',
      '    name: Lee Park',
      '    organization: acme-foods',
      '    relationship: referral',
      '    referred_by: sam-ortiz',
      '    approach:',
      '      method: introduction',
      "      rationale: Sam's former manager; ask about lane planning",
      '',
    ].join('\n');
    const at = insertionPoint(PLAN, plan(), inserted);
    // Right after Sam, before the commented-out contact.
    expect(PLAN.slice(0, at).endsWith('    approach: { method: phone, rationale: Ask who he knows at ACME }\n')).toBe(true);
    // Next steps are about the new entry; the rest of the plan is only counted.
    expect(r.stdout).toMatch(
      /^Added contact "lee-park" to plan\.yaml\.\n\nnetplan lint finds nothing missing in it\.\n\d+ more findings? elsewhere in the plan: run "netplan lint plan\.yaml"\.\n$/,
    );
    expect(readdirSync(dir).sort()).toEqual(['lee.yaml', 'plan.yaml']);
  });

  it('adds the first meeting (from JSON) as a new section, with its comment, where meetings go', async () => {
    write(
      'meeting.json',
      JSON.stringify({
        contact: 'sam-ortiz',
        date: '2026-12-03',
        objective: 'Learn who Sam knows at ACME',
        agenda: ['His move to consulting', 'My target list'],
        questions: ['What trends are changing food distribution?'],
        referral_ask: 'Who else should I talk to?',
        follow_up_contacts: [{ info_point: 'head of logistics at ACME' }],
      }),
    );
    const r = await cli(['add', 'meeting', '--answers', 'meeting.json'], { cwd: dir, env });
    expect(r.code).toBe(0);
    const inserted = [
      '# Meetings with contacts: each with an objective, an agenda and the follow-up contacts you want from it.',
      'meetings:',
      '  - id: sam-ortiz-2026-12',
      '    contact: sam-ortiz',
      '    date: 2026-12-03',
      '    objective: Learn who Sam knows at ACME',
      '    agenda:',
      '      - His move to consulting',
      '      - My target list',
      '    questions:',
      '      - What trends are changing food distribution?',
      '    referral_ask: Who else should I talk to?',
      '    follow_up_contacts:',
      '      - info_point: head of logistics at ACME',
      '',
      '',
    ].join('\n');
    const at = insertionPoint(PLAN, plan(), inserted);
    expect(PLAN.slice(at).startsWith('# How much each week.\ncadence:')).toBe(true);
  });

  it('lists what the new entry still lacks as next steps', async () => {
    write('org.yaml', 'name: Gateway Beverage\ntarget: cpg-analytics\n');
    const r = await cli(['add', 'organization', '--answers', 'org.yaml'], { cwd: dir, env });
    expect(r.code).toBe(0);
    const [first, , heading, ...rest] = r.stdout.split('\n');
    expect(first).toBe('Added organization "gateway-beverage" to plan.yaml.');
    expect(heading).toBe('Next steps: what it still lacks');
    expect(rest.filter((l) => l.startsWith('  - '))).toEqual([
      '  - Organization "gateway-beverage" has no research notes: add what is going on there and in its industry, each note with its source (line 29, organization-research)',
      '  - Organization "gateway-beverage" has no value: say in one line how you could make or save them money (line 29, organization-value)',
    ]);
  });

  it('keeps CRLF line ends', async () => {
    write('plan.yaml', PLAN.replace(/\n/g, '\r\n'));
    write('t.yaml', 'function: Transportation planner\nindustry: Food distribution\ngeography: Kansas City\n');
    const r = await cli(['add', 'target', '--answers', 't.yaml'], { cwd: dir, env });
    expect(r.code).toBe(0);
    insertionPoint(
      PLAN.replace(/\n/g, '\r\n'),
      plan(),
      '  - id: transportation-planner\r\n    function: Transportation planner\r\n    industry: Food distribution\r\n    geography: Kansas City\r\n',
    );
  });

  describe('refuses an entry that would break the plan, leaving the file byte for byte as it was', () => {
    const cases: [string, string, string, string][] = [
      [
        'an unknown reference',
        'contact',
        'name: Lee Park\norganization: acme\n',
        'netplan: nothing added to plan.yaml: entry.yaml has a problem:\nentry.yaml:2:15: organization: There is no organization "acme" in the plan: use one of "acme-foods"\n',
      ],
      [
        'a duplicate id',
        'contact',
        'id: sam-ortiz\nname: Sam Ortiz Jr.\n',
        'netplan: nothing added to plan.yaml: entry.yaml has a problem:\nentry.yaml:1:5: id: "sam-ortiz" is already the id of another contact: choose another, e.g. "sam-ortiz-2"\n',
      ],
      [
        'a schema error',
        'organization',
        'name: Gateway Beverage\nmotivation: 5\nwebsite: gateway.example\n',
        'netplan: nothing added to plan.yaml: entry.yaml has 2 problems:\n' +
          'entry.yaml:2:13: motivation: Give a whole number from 0 to 3 (got 5)\n' +
          'entry.yaml:3:1: website: Unknown key "website" in organization "gateway-beverage": use id, name, target, why, value, research, advocacy, motivation or posting, or start the key with "x-" for your own data\n',
      ],
      [
        'a vague target',
        'target',
        'function: Analyst\nindustry: Food\ngeography: anywhere\n',
        'netplan: nothing added to plan.yaml: entry.yaml has a problem:\nentry.yaml:3:12: geography: Target 2 has a vague geography ("anywhere"): say where, e.g. "St. Louis metro" or "remote, US"\n',
      ],
      [
        'a meeting with no contact and no agenda',
        'meeting',
        'date: 2026-12-03\n',
        'netplan: nothing added to plan.yaml: entry.yaml has 3 problems:\n' +
          'entry.yaml:1:1: contact: Name the contact you are meeting (their id under contacts)\n' +
          'entry.yaml:1:1: agenda[0]: A meeting needs at least one agenda item: list what you will cover\n' +
          'entry.yaml:1:1: follow_up_contacts[0].info_point: Describe them by role, e.g. "head of procurement at a regional grocer"\n',
      ],
    ];
    it.each(cases)('%s', async (_name, kind, entry, stderr) => {
      write('entry.yaml', entry);
      const r = await cli(['add', kind, '--answers', 'entry.yaml'], { cwd: dir, env });
      expect(r).toEqual({ code: 1, stdout: '', stderr });
      expect(plan()).toBe(PLAN);
      expect(readdirSync(dir).sort()).toEqual(['entry.yaml', 'plan.yaml']);
    });
  });

  it('exits 2 for an unknown kind, naming the five kinds', async () => {
    const r = await cli(['add', 'person'], { cwd: dir, env });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'netplan: unknown kind "person": add a target, organization, contact, meeting or support entry\n',
    });
    expect(plan()).toBe(PLAN);
  });

  it('exits 2 without a terminal and without --answers, naming --answers', async () => {
    const r = await cli(['add', 'contact'], { cwd: dir, env });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "netplan: add asks questions and there is no terminal to ask them in: give the contact in a file with --answers <file> (YAML or JSON in the contact's shape)\n",
    });
  });

  it('exits 2 when the plan does not exist, and refuses a plan that does not read', async () => {
    write('e.yaml', 'name: Sam\n');
    const missing = await cli(['add', 'support', 'other.yaml', '--answers', 'e.yaml'], { cwd: dir, env });
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'netplan: cannot read other.yaml: no such file (run "netplan init" to write one)\n' });
    write('broken.yaml', 'version: 1\nowner: [\n');
    const broken = await cli(['add', 'support', 'broken.yaml', '--answers', 'e.yaml'], { cwd: dir, env });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^netplan: nothing added: broken\.yaml does not pass "netplan validate"; fix it first:\nbroken\.yaml:2:8: Missing closing \]: the list opened here never ends/);
    expect(readFileSync(join(dir, 'broken.yaml'), 'utf8')).toBe('version: 1\nowner: [\n');
  });

  it('refuses a plan whose contacts key is misspelt, with the schema finding, instead of adding a second contacts section', async () => {
    const misspelt = 'version: 1\nowner:\n  name: Dana Reyes\ncontats:\n  - id: sam-ortiz\n    name: Sam Ortiz\n';
    write('misspelt.yaml', misspelt);
    write('lee.yaml', 'name: Lee Park\n');
    const r = await cli(['add', 'contact', 'misspelt.yaml', '--answers', 'lee.yaml'], { cwd: dir, env });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^netplan: nothing added: misspelt\.yaml does not pass "netplan validate"; fix it first:\nmisspelt\.yaml:4:1: .*"contats".*"contacts".* \(schema\)\n$/);
    expect(readFileSync(join(dir, 'misspelt.yaml'), 'utf8')).toBe(misspelt);
  });
});

describe('netplan add at a terminal', () => {
  it('offers the plan\'s ids for references and appends the contact', async () => {
    const t = terminalIo(dir, env);
    const done = runAdd('contact', 'plan.yaml', {}, t.io);
    await answer('Their name', 'Lee Park');
    await answer('A short id for this contact');
    const orgs = await waitFor('Which organization are they at?');
    expect(orgs).toContain('acme-foods (ACME Foods)');
    await choose('Which organization are they at?', 'acme-foods');
    await answer('Their job title', 'VP Logistics');
    await choose('How do you know them?', 'referral');
    const referrers = await waitFor('Who referred you to them?');
    expect(referrers).toContain('sam-ortiz (Sam Ortiz)');
    await choose('Who referred you to them?', 'sam-ortiz');
    await choose('How will you reach them?', 'introduction');
    await answer('Why them', 'Ask whether they have any openings');
    await waitFor('openings');
    screen.keypress({ name: 'u', ctrl: true });
    screen.type('Ask how ACME plans carrier capacity');
    screen.keypress('enter');
    await choose('Where do things stand with them?', 'to-contact');
    await answer('When will you reach out?', '2026-12-01');
    await confirm('Add it to plan.yaml?', true);
    expect(await done).toBe(0);
    insertionPoint(
      PLAN,
      plan(),
      [
        '  - id: lee-park',
        '    name: Lee Park',
        '    organization: acme-foods',
        '    title: VP Logistics',
        '    relationship: referral',
        '    referred_by: sam-ortiz',
        '    approach:',
        '      method: introduction',
        '      rationale: Ask how ACME plans carrier capacity',
        '    status: to-contact',
        '    next_follow_up: 2026-12-01',
        '',
      ].join('\n'),
    );
    expect(t.stdout()).toContain('Added contact "lee-park" to plan.yaml.');
  });

  it('asks a meeting\'s objective, agenda, TIARA questions, referral ask and follow-up contacts', async () => {
    const t = terminalIo(dir, env);
    const done = runAdd('meeting', 'plan.yaml', {}, t.io);
    await choose('Who are you meeting?', 'sam-ortiz');
    await answer('When?', '2026-12-3');
    await waitFor('real date');
    screen.keypress({ name: 'u', ctrl: true });
    screen.type('2026-12-03T10:00');
    screen.keypress('enter');
    await answer('A short id for this meeting');
    await choose('How will you meet?', 'video');
    await answer('How many minutes');
    await answer('objective', 'Learn who Sam knows at ACME');
    await answer('What will you cover first?', 'My target list');
    await confirm('Add another agenda item?', false);
    await confirm('Add a question to ask?', true);
    // TIARA: the first suggestion is about trends; Enter takes it.
    await answer('Your question');
    await confirm('Add another question?', false);
    await answer('How will you ask who else to talk to?');
    await choose('Who do you want to meet next?', 'someone not in your contacts yet');
    await answer('Their name');
    await answer('key information point', 'head of logistics at ACME');
    await confirm('Add another person to meet next?', false);
    await confirm('Add it to plan.yaml?', true);
    expect(await done).toBe(0);
    const inserted = [
      '# Meetings with contacts: each with an objective, an agenda and the follow-up contacts you want from it.',
      'meetings:',
      '  - id: sam-ortiz-2026-12',
      '    contact: sam-ortiz',
      '    date: 2026-12-03T10:00',
      '    format: video',
      '    duration_min: 20',
      '    objective: Learn who Sam knows at ACME',
      '    agenda:',
      '      - My target list',
      '    questions:',
      '      - What trends are changing your part of the industry?',
      '    referral_ask: Who else would you suggest I talk to?',
      '    follow_up_contacts:',
      '      - info_point: head of logistics at ACME',
      '',
      '',
    ].join('\n');
    insertionPoint(PLAN, plan(), inserted);
  });

  it('Ctrl-C exits 130 and adds nothing', async () => {
    const t = terminalIo(dir, env);
    const done = runAdd('support', 'plan.yaml', {}, t.io);
    await answer('Who keeps you going?', 'Sam Ortiz');
    await interrupt('What are they to your search?');
    expect(await done).toBe(130);
    expect(t.stderr()).toBe('\nInterrupted: nothing added; plan.yaml is as it was.\n');
    expect(plan()).toBe(PLAN);
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });

  it('refuses to add a meeting to a plan with no contacts: exit 2', async () => {
    write('plan.yaml', 'version: 1\nowner:\n  name: Dana\n');
    const t = terminalIo(dir, env);
    await expect(runAdd('meeting', 'plan.yaml', {}, t.io)).rejects.toThrow(
      'plan.yaml has no contacts to meet yet: add one first with "netplan add contact plan.yaml"',
    );
  });
});
