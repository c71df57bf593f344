// `netplan log <meeting-id>`: a meeting's outcome and what follows from it,
// from an answers file and typed in a real terminal. Only the lines of the
// meeting, its contact and the new contact change.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, EXAMPLE_PLAN } from '../helpers.js';
import { hasTmux, inCI, Tmux } from './tmux.js';

/** The day after the planned meeting lee-2026-12 (Thu 2026-12-03). */
const AFTER = '2026-12-04';
const env = { NETPLAN_TODAY: AFTER, NO_COLOR: '1' };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'netplan-log-'));
  writeFileSync(join(dir, 'plan.yaml'), EXAMPLE_PLAN);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const plan = () => readFileSync(join(dir, 'plan.yaml'), 'utf8');
const write = (name: string, text: string) => writeFileSync(join(dir, name), text);

const ANSWERS = `notes: ACME adds a second DC in 2027; carrier capacity is the worry
next_steps:
  - action: Send Lee the lane-consolidation one-pager
    due: 2026-12-07
follow_up_contacts:
  - name: Priya Shah
  - name: Omar Haddad
  - info_point: carrier sales lead for ACME's new DC
`;

/** The example plan as `log lee-2026-12` with ANSWERS leaves it: these lines and no others. */
function expectedLog(notes = 'ACME adds a second DC in 2027; carrier capacity is the worry'): string {
  const swap = (text: string, from: string, to: string) => {
    expect(text.split(from)).toHaveLength(2);
    return text.replace(from, to);
  };
  let text = swap(EXAMPLE_PLAN, '    status: scheduled\n    last_contact: 2026-11-20\n    next_follow_up: 2026-12-01\n', '    status: met\n    last_contact: 2026-12-03\n    next_follow_up: 2026-12-08\n');
  // The new contact goes after the last one; Priya Shah is a contact already.
  const last = '      rationale: Ask Tom Brennan who owns inbound freight from suppliers\n    status: to-contact\n';
  text = swap(text, last, last + '  - id: omar-haddad\n    name: Omar Haddad\n    relationship: referral\n    referred_by: lee-park\n    status: to-contact\n    next_follow_up: 2026-12-08\n');
  text = swap(text, '    duration_min: 20\n    status: planned\n', '    duration_min: 20\n    status: done\n');
  text = swap(
    text,
    '      - name: Priya Shah\n      - contact: sam-ortiz\n',
    '      - name: Priya Shah\n        contact: priya-shah\n      - contact: sam-ortiz\n      - contact: omar-haddad\n' +
      "      - info_point: carrier sales lead for ACME's new DC\n    outcome:\n" +
      `      notes: ${notes}\n      next_steps:\n        - action: Send Lee the lane-consolidation one-pager\n          due: 2026-12-07\n`,
  );
  return text;
}

async function lintMessages(): Promise<string[]> {
  const r = await cli(['lint', 'plan.yaml', '-f', 'json'], { cwd: dir, env });
  return (JSON.parse(r.stdout) as { messages: { ruleId: string; message: string }[] }[])[0]!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('netplan log --answers', () => {
  it('records the outcome of a planned meeting of the example plan, and next and lint follow', async () => {
    const lintBefore = await lintMessages();
    write('outcome.yaml', ANSWERS);
    const r = await cli(['log', 'lee-2026-12', '--answers', 'outcome.yaml'], { cwd: dir, env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Logged meeting "lee-2026-12" in plan.yaml: status done, lee-park met.\n' +
        'New contact "omar-haddad" to reach, referred by lee-park.\n' +
        'Run "netplan next plan.yaml" for the follow-ups and the thank-you note.\n',
    );
    expect(plan()).toBe(expectedLog());
    expect((await cli(['validate', 'plan.yaml'], { cwd: dir, env })).code).toBe(0);

    const next = JSON.parse((await cli(['next', '-f', 'json'], { cwd: dir, env })).stdout) as { overdue: { handle: string; date: string }[]; due: { handle: string; date: string }[] };
    const listed = [...next.overdue, ...next.due].map((i) => `${i.date} ${i.handle}`);
    expect(listed).toEqual(expect.arrayContaining(['2026-12-03 thank-you:lee-2026-12', '2026-12-07 step:lee-2026-12:1', '2026-12-08 follow-up:lee-park', '2026-12-08 follow-up:omar-haddad']));
    expect(listed).not.toContain('2026-12-03 meeting:lee-2026-12');

    // Lint: Lee's overdue follow-up is gone; what is new comes from the answers (a new contact has no approach yet).
    const lintAfter = await lintMessages();
    const added = lintAfter.filter((m) => !lintBefore.includes(m));
    expect(added).toEqual([
      'contact-approach: Contact "omar-haddad" has no approach: add approach.method (how you will get in to see them) and approach.rationale (why them, and what you will ask)',
      'meeting-thank-you: Meeting "lee-2026-12" is done but records no thank-you note: send one and set outcome.thank_you_sent to the date you sent it',
    ]);
    expect(lintBefore.filter((m) => !lintAfter.includes(m))).toEqual([
      expect.stringMatching(/^follow-up-overdue: Contact "lee-park" was due a follow-up on 2026-12-01/),
      expect.stringMatching(/^meeting-thank-you: Meeting "lee-2026-12" was on 2026-12-03 but records no thank-you note/),
    ]);
  });

  it('a date held other than the planned one moves the meeting; a thank-you date is recorded and not listed again', async () => {
    write('outcome.yaml', 'date: 2026-12-02\nthank_you_sent: 2026-12-03\n');
    const r = await cli(['log', 'lee-2026-12', '--answers', 'outcome.yaml'], { cwd: dir, env });
    expect(r.code).toBe(0);
    expect(plan()).toBe(
      EXAMPLE_PLAN.replace('    status: scheduled\n    last_contact: 2026-11-20\n    next_follow_up: 2026-12-01\n', '    status: met\n    last_contact: 2026-12-02\n    next_follow_up: 2026-12-07\n')
        .replace('    date: 2026-12-03T10:00\n', '    date: 2026-12-02\n')
        .replace('    duration_min: 20\n    status: planned\n', '    duration_min: 20\n    status: done\n')
        .replace('      - contact: sam-ortiz\n  - id: maria-2026-11\n', '      - contact: sam-ortiz\n    outcome:\n      thank_you_sent: 2026-12-03\n  - id: maria-2026-11\n'),
    );
    const next = (await cli(['next'], { cwd: dir, env })).stdout;
    expect(next).not.toContain('thank-you:lee-2026-12');
  });

  it('refuses answers it cannot use, at their line, and writes nothing', async () => {
    write('typo.yaml', 'notes: Good talk\nthank_you: 2026-12-03\n');
    const typo = await cli(['log', 'lee-2026-12', '--answers', 'typo.yaml'], { cwd: dir, env });
    expect(typo).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'netplan: nothing logged: typo.yaml has a problem:\n' +
        'typo.yaml:2:1: thank_you: "thank_you" is not an answer log takes; did you mean "thank_you_sent"? (it takes date, notes, thank_you_sent, next_steps, follow_up_contacts)\n',
    });
    write('date.yaml', 'thank_you_sent: 2026-12-32\nnext_steps:\n  - due: 2026-12-07\n');
    const bad = await cli(['log', 'lee-2026-12', '--answers', 'date.yaml'], { cwd: dir, env });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(
      'netplan: nothing logged: date.yaml has 2 problems:\n' +
        'date.yaml:1:17: thank_you_sent: Write a real date as YYYY-MM-DD, e.g. 2026-12-03 (got "2026-12-32")\n' +
        'date.yaml:3:5: next_steps[0].action: Say what you will do\n',
    );
    expect(plan()).toBe(EXAMPLE_PLAN);
  });

  it('answers that are not YAML, or not a mapping, are a usage error (exit 2) at their place', async () => {
    write('broken.yaml', 'notes: [Good talk\n');
    const broken = await cli(['log', 'lee-2026-12', '--answers', 'broken.yaml'], { cwd: dir, env });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^netplan: nothing logged: broken\.yaml has a problem:\nbroken\.yaml:1:\d+: /);
    write('list.yaml', '- Good talk\n');
    const list = await cli(['log', 'lee-2026-12', '--answers', 'list.yaml'], { cwd: dir, env });
    expect(list).toMatchObject({ code: 2, stderr: expect.stringContaining('list.yaml:1:1: the answers must be a mapping') });
    expect(plan()).toBe(EXAMPLE_PLAN);
  });

  it('an unknown meeting is exit 2 with the closest id; no terminal and no --answers names the flag', async () => {
    write('outcome.yaml', 'notes: x\n');
    const r = await cli(['log', 'lee-2026-11', '--answers', 'outcome.yaml'], { cwd: dir, env });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'netplan: no meeting "lee-2026-11" in plan.yaml; did you mean "lee-2026-12"?\n' });
    const noTerminal = await cli(['log', 'lee-2026-12'], { cwd: dir, env });
    expect(noTerminal.code).toBe(2);
    expect(noTerminal.stderr).toMatch(/^netplan: log asks questions and there is no terminal to ask them in: give the outcome in a file with --answers <file>/);
    expect(plan()).toBe(EXAMPLE_PLAN);
  });
});

describe.skipIf(!hasTmux && !inCI)('netplan log in a real terminal (tmux)', () => {
  let tmux: Tmux;
  beforeEach(() => (tmux = new Tmux()));
  afterEach(() => tmux.stop());

  it('asks for the outcome with the meeting\'s day as the default and writes the same lines as the answers file', async () => {
    tmux.start(dir, ['log', 'lee-2026-12']);
    await tmux.answer('? When did you meet? (YYYY-MM-DD) (2026-12-03)');
    await tmux.answer('? What did you learn?', 'ACME adds a second DC in 2027; carrier capacity is the worry');
    await tmux.answer('? When did you send the thank-you note?');
    await tmux.answer('? Add a next step?', 'y');
    await tmux.answer('? What will you do?', 'Send Lee the lane-consolidation one-pager');
    await tmux.answer('? By when?', '2026-12-07');
    await tmux.answer('? Add another next step?', 'n');
    await tmux.answer('? Did they name someone to talk to?', 'y');
    await tmux.answer('? Someone already in your contacts?');
    await tmux.answer('? Their name', 'Priya Shah');
    await tmux.answer('? Anyone else?', 'y');
    await tmux.answer('? Someone already in your contacts?');
    await tmux.answer('? Their name', 'Omar Haddad');
    await tmux.answer('? Anyone else?', 'y');
    await tmux.answer('? Someone already in your contacts?');
    await tmux.answer('? Their name');
    await tmux.answer('? Who are they?', "carrier sales lead for ACME's new DC");
    await tmux.answer('? Anyone else?', 'n');
    await tmux.waitFor('New contact "omar-haddad" to reach, referred by lee-park.');
    await tmux.answer('? Write plan.yaml?');
    expect(await tmux.exitCode()).toBe(0);
    expect(plan()).toBe(expectedLog());
  });
});
