// `netplan init` at a terminal: the real prompts, driven with @inquirer/testing.
import { answer, choose, confirm, interrupt, retype, screen, terminalIo, waitFor } from './terminal.js';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInit } from '../../src/commands/init.js';
import { draftPath } from '../../src/interview/draft.js';
import { tempDir, TODAY } from '../helpers.js';

let env: NodeJS.ProcessEnv;
const COMMENTED = readFileSync(new URL('./fixtures/commented.plan.yaml', import.meta.url), 'utf8');

let dir: string;
let cleanup: () => void;
let state: { dir: string; cleanup: () => void };
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  // Drafts go to the user's state folder, never beside the plan.
  state = tempDir();
  env = { NETPLAN_TODAY: TODAY, NO_COLOR: '1', XDG_STATE_HOME: state.dir };
});
afterEach(() => {
  cleanup();
  state.cleanup();
});

/** Where the draft of dir/plan.yaml lives. */
function draftFile(): string {
  return draftPath(join(dir, 'plan.yaml'), env);
}

function read(name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}

/** Declines every list and takes every default from "headline" on: the shortest way through. */
async function skipToTheEnd(): Promise<void> {
  await answer('Your headline');
  await answer('Your pitch');
  await answer('Your phone opening');
  await confirm('Add a value claim', false);
  await confirm('Add a job target?', false);
  await confirm('Add an organization?', false);
  await confirm('Add a contact?', false);
  await confirm('Add someone who supports you?', false);
  await answer('How many meetings');
  await answer('How many new people');
  await answer('Follow up how many');
}

describe('netplan init at a terminal', () => {
  it('walks you, targets, organizations, contacts, support and cadence, re-asking what would not pass, and writes the plan', async () => {
    const t = terminalIo(dir, env);
    const done = runInit('plan.yaml', {}, t.io);
    await answer('Your full name', 'Dana Reyes');
    await answer('Your email address', 'dana@example');
    await waitFor('That is not an email address (got "dana@example")');
    retype('dana@example.com');
    await answer('Where do you live', 'St. Louis, MO');
    await answer('Your headline', 'Supply-chain analyst who cuts freight cost');
    await answer('Your pitch', 'I help consumer-goods companies cut freight spend, and saved $1.2M a year at my last company.');
    // The pitch may run over several lines: an empty line ends it.
    await answer('Line 2 (Enter when done)', 'Next I want to do the same for a regional distributor.');
    await answer('Line 3 (Enter when done)');
    // A short pitch is advice, not a refusal, given on the whole pitch: Enter again keeps it.
    await waitFor('The profile pitch is 27 words, fewer than 40');
    screen.keypress('enter');
    await answer('Your phone opening');
    await confirm('Add a value claim', true);
    await answer('What did you do?', 'Consolidated regional LTL lanes');
    await answer('What was the measurable result?', 'saved a lot');
    // Advice, not a refusal: Enter again keeps the answer.
    await waitFor('(press Enter again to keep it)');
    screen.keypress('enter');
    await confirm('Add another value claim', false);
    await confirm('Add a job target?', true);
    await answer('What role do you want?', 'open to anything');
    await waitFor('Target 1 has a vague function ("open to anything")');
    retype('Senior supply-chain analyst');
    await answer('In which industry?', 'Consumer packaged goods');
    await answer('Where? (the geography)', 'St. Louis metro');
    await answer('What size of organization?');
    await answer('A short id for this job target', 'cpg-analytics');
    await confirm('Add another job target?', false);
    await confirm('Add an organization?', true);
    await answer('Which organization do you want to talk to?', 'ACME Foods');
    await answer('A short id for this organization');
    await choose('Which of your job targets is it for?', 'cpg-analytics');
    await answer('Why do you want to work there?', 'Fast-growing regional distribution network');
    await answer('How could you make or save them money?', 'Cut LTL spend on the new Midwest DC lanes');
    await confirm('Add a research note', true);
    await answer('What did you learn?', 'Opened a Midwest DC in 2026');
    await answer('Where did you learn it?', 'Q3 earnings call');
    await answer('When? (YYYY-MM-DD)', '2026-13-01');
    await waitFor('Write a real date as YYYY-MM-DD');
    retype('2026-10-14');
    await confirm('Add another research note?', false);
    await answer('Advocacy: do you already know someone there?', 'maybe');
    await waitFor('Answer yes or no');
    retype('no');
    await answer('Motivation: how much do you want to work there?', '4');
    await waitFor('Give a whole number from 0 to 3 (got 4)');
    retype('3');
    await answer('Posting: how relevant are their job postings?');
    await confirm('Add another organization?', false);
    await confirm('Add a contact?', true);
    await answer('Their name', 'Lee Park');
    await answer('A short id for this contact');
    await choose('Which organization are they at?', 'acme-foods');
    await answer('Their job title', 'VP Logistics');
    await choose('How do you know them?', 'secondary');
    await choose('How will you reach them?', 'phone');
    await answer('Why them, and what will you ask of them?', 'Ask 20 minutes on lane planning');
    await choose('Where do things stand with them?', 'to-contact');
    await answer('When will you reach out?', '2026-11-27');
    await confirm('Add another contact?', false);
    await confirm('Add someone who supports you?', true);
    await answer('Who keeps you going?', 'Sam Ortiz');
    await choose('What are they to your search?', 'accountability-partner');
    await answer('How often do you check in?');
    await confirm('Add another supporter?', false);
    await answer('How many meetings will you aim for each week?');
    await answer('How many new people will you contact each week?', '8');
    await answer('Follow up how many business days after reaching out?');
    await confirm('Write plan.yaml?', true);
    expect(await done).toBe(0);

    expect(read('plan.yaml')).toBe(`# yaml-language-server: $schema=./netplan.schema.json
# Your networking plan. Check it with "netplan lint plan.yaml";
# add to it with "netplan add <target|organization|contact|meeting|support> plan.yaml".

version: 1

# The person whose job search this is.
owner:
  name: Dana Reyes
  email: dana@example.com
  location: St. Louis, MO

# Your personal profile: how you sell your future in a sentence, in 30-60 seconds, and on the phone.
profile:
  headline: Supply-chain analyst who cuts freight cost
  pitch: >-
    I help consumer-goods companies cut freight spend, and saved $1.2M a year at
    my last company.

    Next I want to do the same for a regional distributor.
  value:
    - claim: Consolidated regional LTL lanes
      metric: saved a lot

# Your job targets: a function, in an industry, in a geography. Keep them few and specific.
targets:
  - id: cpg-analytics
    function: Senior supply-chain analyst
    industry: Consumer packaged goods
    geography: St. Louis metro

# The organizations you want to talk to (your LAMP list), with why, how you make or save them money, and your research.
organizations:
  - id: acme-foods
    name: ACME Foods
    target: cpg-analytics
    why: Fast-growing regional distribution network
    value: Cut LTL spend on the new Midwest DC lanes
    research:
      - note: Opened a Midwest DC in 2026
        source: Q3 earnings call
        date: 2026-10-14
    advocacy: false
    motivation: 3

# The people you want to talk to, by name or by key information point.
contacts:
  - id: lee-park
    name: Lee Park
    organization: acme-foods
    title: VP Logistics
    relationship: secondary
    approach:
      method: phone
      rationale: Ask 20 minutes on lane planning
    status: to-contact
    next_follow_up: 2026-11-27

# The people who keep you going: you should not do this alone.
support:
  - name: Sam Ortiz
    role: accountability-partner
    cadence: weekly call

# Your weekly plan.
cadence:
  meetings_per_week: 3
  outreach_per_week: 8
  follow_up_days: [3, 7]
`);
    const out = t.stdout();
    // Each question carries one line on why it matters.
    expect(out).toContain('  A target is a function, in an industry, in a geography: nobody can introduce you to "anything".\n');
    expect(out).toContain(
      [
        'Summary',
        'What will be written to plan.yaml:',
        'You: Dana Reyes, dana@example.com, St. Louis, MO',
        '  Headline: Supply-chain analyst who cuts freight cost',
        '  Pitch: 27 words; phone opening: none yet; value claims: 1',
        'Job targets (1): cpg-analytics: Senior supply-chain analyst, Consumer packaged goods, St. Louis metro',
        'Organizations (1): acme-foods: ACME Foods',
        'Contacts (1): lee-park: Lee Park',
        'Support (1): Sam Ortiz, accountability-partner',
        'Each week: 3 meetings, 8 new contacts; follow up after 3 and 7 business days',
        '',
        'Wrote plan.yaml.',
        'Wrote netplan.schema.json beside it, a copy of the plan schema for editors (the modeline points at it); "netplan schema --write netplan.schema.json" refreshes it.',
        '',
        'Next steps: what plan.yaml still lacks',
      ].join('\n'),
    );
    expect(out).toContain('Value claim 1 has no number in its metric "saved a lot"');
    expect(readdirSync(dir).sort()).toEqual(['netplan.schema.json', 'plan.yaml']);
  });

  describe('with an existing plan', () => {
    beforeEach(() => writeFileSync(join(dir, 'plan.yaml'), COMMENTED));

    it('updates only the section picked (meetings are among them), and the summary can go back to another', async () => {
      const t = terminalIo(dir, env);
      const done = runInit('plan.yaml', {}, t.io);
      await choose('plan.yaml already exists. What should init do?', 'update');
      const menu = await waitFor('What do you want to change in plan.yaml?');
      for (const section of ['everything, section by section', 'You', 'Job targets', 'Organizations', 'Contacts', 'Meetings', 'Support', 'Weekly cadence']) {
        expect(menu).toContain(section);
      }
      await choose('What do you want to change in plan.yaml?', 'Weekly cadence');
      await answer('How many meetings will you aim for each week?', '4');
      await answer('How many new people will you contact each week?');
      await answer('Follow up how many business days after reaching out?');
      // Not yet: back to the owner's details first.
      await confirm('Write plan.yaml?', false);
      await choose('Go back to a section to change an answer?', 'You');
      await answer('Your full name', '');
      await answer('Your email address');
      await answer('Where do you live', 'St. Louis, MO');
      await answer('Your headline');
      await answer('Your pitch');
      await answer('Your phone opening');
      await confirm('Add a value claim', false);
      await confirm('Write plan.yaml?', true);
      expect(await done).toBe(0);
      expect(read('plan.yaml')).toBe(
        COMMENTED.replace('  email: "dana@example.com"\n', '  email: "dana@example.com"\n  location: St. Louis, MO\n').replace('meetings_per_week:   3\n', 'meetings_per_week:   4\n  outreach_per_week: 5\n'), // the question's default, taken
      );
    });

    it('updates it: its values are the defaults, and its comments and layout survive', async () => {
      const t = terminalIo(dir, env);
      const done = runInit('plan.yaml', {}, t.io);
      await choose('plan.yaml already exists. What should init do?', 'update');
      await choose('What do you want to change in plan.yaml?', 'everything');
      const name = await waitFor('Your full name');
      expect(name).toContain('(Dana Reyes)');
      retype('Dana Q. Reyes');
      await answer('Your email address');
      await answer('Where do you live', 'St. Louis, MO');
      await answer('Your headline');
      await answer('Your pitch');
      await answer('Your phone opening');
      await confirm('Add a value claim', false);
      await confirm('Go through your job target again?', false);
      await confirm('Add another job target?', false);
      await confirm('Go through your organization again?', true);
      await answer('Which organization do you want to talk to?');
      await choose('Which of your job targets is it for?', 'cpg-analytics');
      await answer('Why do you want to work there?', 'Biggest regional distributor');
      await answer('How could you make or save them money?');
      await confirm('Go through your research note again?', false);
      await confirm('Add another research note?', false);
      // The LAMP scores are optional: Enter leaves them out.
      await answer('Advocacy: do you already know someone there?');
      await answer('Motivation: how much do you want to work there?');
      await answer('Posting: how relevant are their job postings?');
      await confirm('Add another organization?', false);
      await confirm('Go through your contact again?', false);
      await confirm('Add another contact?', false);
      await confirm('Add someone who supports you?', true);
      await answer('Who keeps you going?', 'Sam Ortiz');
      await choose('What are they to your search?', 'accountability-partner');
      await answer('How often do you check in?');
      await confirm('Add another supporter?', false);
      await answer('How many meetings will you aim for each week?', '4');
      await answer('How many new people will you contact each week?');
      await answer('Follow up how many business days after reaching out?');
      await confirm('Write plan.yaml?', true);
      expect(await done).toBe(0);

      expect(read('plan.yaml')).toBe(
        COMMENTED.replace('  name: Dana Reyes   # as on LinkedIn\n', '  name: Dana Q. Reyes   # as on LinkedIn\n')
          .replace('  email: "dana@example.com"\n', '  email: "dana@example.com"\n  location: St. Louis, MO\n')
          .replace('    target: cpg-analytics\n    research:', '    target: cpg-analytics\n    why: Biggest regional distributor\n    research:')
          .replace(
            '# How much each week.\n',
            '# The people who keep you going: you should not do this alone.\nsupport:\n  - name: Sam Ortiz\n    role: accountability-partner\n    cadence: weekly call\n\n# How much each week.\n',
          )
          .replace('  meetings_per_week:   3\n', '  meetings_per_week:   4\n  outreach_per_week: 5\n'),
      );
      expect(readdirSync(dir)).toEqual(['plan.yaml']);
    });

    it('cancel leaves it untouched', async () => {
      const t = terminalIo(dir, env);
      const done = runInit('plan.yaml', {}, t.io);
      await choose('plan.yaml already exists. What should init do?', 'cancel');
      expect(await done).toBe(0);
      expect(t.stdout()).toBe('Nothing written; plan.yaml is as it was.\n');
      expect(read('plan.yaml')).toBe(COMMENTED);
      expect(readdirSync(dir)).toEqual(['plan.yaml']);
    });

    it('Ctrl-C during the update exits 130, leaves it byte for byte intact, and keeps a draft', async () => {
      const t = terminalIo(dir, env);
      const done = runInit('plan.yaml', {}, t.io);
      await choose('plan.yaml already exists. What should init do?', 'update');
      await choose('What do you want to change in plan.yaml?', 'everything');
      await answer('Your full name', '');
      await interrupt('Your email address');
      expect(await done).toBe(130);
      expect(read('plan.yaml')).toBe(COMMENTED);
      expect(readdirSync(dir).sort()).toEqual(['plan.yaml']);
      expect(JSON.parse(readFileSync(draftFile(), 'utf8')).answers).toEqual({ owner: { name: 'Dana Reyes' } });
    });

    it('--force overwrites it without asking what to do', async () => {
      const t = terminalIo(dir, env);
      const done = runInit('plan.yaml', { force: true }, t.io);
      await answer('Your full name', 'Someone New');
      await answer('Your email address');
      await answer('Where do you live');
      await skipToTheEnd();
      await confirm('Write plan.yaml?', true);
      expect(await done).toBe(0);
      expect(read('plan.yaml')).toContain('owner:\n  name: Someone New\n');
      expect(read('plan.yaml')).not.toContain('as on LinkedIn');
    });
  });

  it('does not offer to update a file that does not read as a plan', async () => {
    writeFileSync(join(dir, 'plan.yaml'), 'owner: [\n');
    const t = terminalIo(dir, env);
    const done = runInit('plan.yaml', {}, t.io);
    const menu = await waitFor('plan.yaml already exists. What should init do?');
    expect(menu).not.toContain('update');
    expect(menu).toContain('overwrite');
    await choose('plan.yaml already exists. What should init do?', 'cancel');
    expect(await done).toBe(0);
    expect(t.stdout()).toMatch(/^plan\.yaml already exists but does not read as a plan \(line 1: Missing closing \]: the list opened here never ends, or a line inside it is not indented enough\), so it cannot be updated\.\n/);
    expect(read('plan.yaml')).toBe('owner: [\n');
  });

  it('"no" at the summary writes nothing and keeps the answers as a draft', async () => {
    const t = terminalIo(dir, env);
    const done = runInit('plan.yaml', {}, t.io);
    await answer('Your full name', 'Dana Reyes');
    await answer('Your email address');
    await answer('Where do you live');
    await skipToTheEnd();
    await confirm('Write plan.yaml?', false);
    await choose('Go back to a section to change an answer?', '(no: keep my answers as a draft and stop)');
    expect(await done).toBe(0);
    expect(existsSync(join(dir, 'plan.yaml'))).toBe(false);
    expect(t.stdout()).toContain('Nothing written. Your answers are kept: run "netplan init plan.yaml" again to pick them up.\n');
    expect(JSON.parse(readFileSync(draftFile(), 'utf8')).answers.owner).toEqual({ name: 'Dana Reyes' });
  });

  it('Ctrl-C exits 130 and writes only the draft, which the next init offers to resume; a write then removes it', async () => {
    const first = terminalIo(dir, env);
    const interrupted = runInit('plan.yaml', {}, first.io);
    await answer('Your full name', 'Dana Reyes');
    await answer('Your email address', 'dana@example.com');
    await interrupt('Where do you live');
    expect(await interrupted).toBe(130);
    expect(first.stderr()).toBe(
      `\nInterrupted: nothing written. Your answers so far are kept in ${draftFile()}; run "netplan init plan.yaml" again to pick up where you left off.\n`,
    );
    expect(readdirSync(dir)).toEqual([]);
    expect(JSON.parse(readFileSync(draftFile(), 'utf8')).answers).toEqual({ owner: { name: 'Dana Reyes', email: 'dana@example.com' } });
    // Personal notes: readable by the owner only.
    expect(statSync(draftFile()).mode & 0o777).toBe(0o600);

    const second = terminalIo(dir, env);
    const resumed = runInit('plan.yaml', {}, second.io);
    await confirm(/You left an interview for plan\.yaml unfinished \(.* UTC, 2 answers\)\. Pick up where you left off\?/, true);
    // It goes on at the first question not answered: were the name asked again, this would time out on it.
    await answer('Where do you live', 'St. Louis, MO');
    await skipToTheEnd();
    await confirm('Write plan.yaml?', true);
    expect(await resumed).toBe(0);
    expect(read('plan.yaml')).toContain('owner:\n  name: Dana Reyes\n  email: dana@example.com\n  location: St. Louis, MO\n');
    expect(second.stdout()).toContain('Picking up at the first question not answered yet; your earlier answers are kept.\n');
    // The draft is gone; the schema copy stays beside the plan.
    expect(existsSync(draftFile())).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['netplan.schema.json', 'plan.yaml']);
  });

  it('re-asks a pitch over the word limit, and advises on one under it', async () => {
    const t = terminalIo(dir, env);
    const done = runInit('plan.yaml', {}, t.io);
    await answer('Your full name', 'Dana Reyes');
    await answer('Your email address');
    await answer('Where do you live');
    await answer('Your headline');
    await answer('Your pitch', 'freight '.repeat(121).trim());
    await waitFor('The profile pitch is 121 words, more than 120: cut it to what you can say in 30 to 60 seconds');
    retype('I help consumer-goods companies cut freight spend.');
    await answer('Line 2', 'freight '.repeat(114).trim());
    await waitFor('The profile pitch is 121 words, more than 120');
    retype('At my last company I saved $1.2M a year.');
    await answer('Line 3');
    await waitFor('The profile pitch is 16 words, fewer than 40');
    screen.keypress('enter');
    await interrupt('Your phone opening');
    expect(await done).toBe(130);
    expect(JSON.parse(readFileSync(draftFile(), 'utf8')).answers.profile).toEqual({ pitch: 'I help consumer-goods companies cut freight spend.\nAt my last company I saved $1.2M a year.' });
  });

  it('Ctrl-C at the very first question writes nothing at all', async () => {
    const t = terminalIo(dir, env);
    const done = runInit('plan.yaml', {}, t.io);
    await interrupt('Your full name');
    expect(await done).toBe(130);
    expect(t.stderr()).toBe('\nInterrupted: nothing written.\n');
    expect(readdirSync(dir)).toEqual([]);
  });
});
