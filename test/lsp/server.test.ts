// `netplan lsp` as an editor sees it: a real child process, a real LSP client
// over its standard input and output. Diagnostics match `netplan lint`; hover,
// completion, definition, references, rename, outline and quick fixes work on
// the open plan; the server stays up through odd input and ends cleanly.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type Location,
  type MarkupContent,
  type Range,
} from 'vscode-languageserver-protocol';
import { bin, ROOT, tempDir } from '../helpers.js';
import { fileUri, LspClient } from './client.js';

const FIXTURE = join(ROOT, 'test/lsp/fixtures/flawed.plan.yaml');
const FLAWED = readFileSync(FIXTURE, 'utf8');

/** A diagnostic as "rule-id line:char-line:char severity" (0-based, as LSP counts). */
function brief(d: Diagnostic): string {
  const { start, end } = d.range;
  return `${String(d.code)} ${start.line}:${start.character}-${end.line}:${end.character} ${d.severity === 1 ? 'error' : 'warning'}`;
}

function at(line: number, character: number) {
  return { line, character };
}

function range(line: number, character: number, endLine: number, endCharacter: number): Range {
  return { start: at(line, character), end: at(endLine, endCharacter) };
}

function lineOf(text: string, n: number): string {
  return text.split('\n')[n]!;
}

/** The keys the plan schema lists at a JSON Pointer into the schema, in order. */
function schemaKeys(pointer: string): string[] {
  let node = JSON.parse(readFileSync(join(ROOT, 'schemas/plan.schema.json'), 'utf8'));
  for (const segment of pointer.slice(1).split('/')) node = node[segment];
  return Object.keys(node.properties);
}

const FLAWED_DIAGNOSTICS = [
  'organization-count 14:2-20:0 warning',
  'meeting-agenda 40:4-46:0 error',
  'meeting-follow-up-contacts 46:4-52:0 error',
  'no-openings-ask 49:15-49:49 error',
];

describe('netplan lsp', () => {
  let client: Awaited<ReturnType<typeof LspClient.start>>;
  let dir: string;
  let cleanup: () => void;
  let count = 0;

  /** A fresh copy of a plan, open in the editor under its own name. */
  async function openCopy(text = FLAWED, name = `plan-${++count}.plan.yaml`) {
    const uri = fileUri(join(dir, name));
    const diagnostics = await client.open(uri, text);
    return { uri, diagnostics };
  }

  async function hover(uri: string, line: number, character: number): Promise<string | undefined> {
    const result = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at(line, character) });
    return result ? (result.contents as MarkupContent).value : undefined;
  }

  async function complete(uri: string, line: number, character: number): Promise<CompletionItem[]> {
    const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: at(line, character) });
    return Array.isArray(result) ? result : (result?.items ?? []);
  }

  async function actions(uri: string, where: Range): Promise<CodeAction[]> {
    const result = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: where,
      context: { diagnostics: [] },
    });
    return (result ?? []) as CodeAction[];
  }

  beforeAll(async () => {
    ({ dir, cleanup } = tempDir());
    client = await LspClient.start({ rootPath: dir });
  });

  afterAll(async () => {
    // shutdown, then exit: the server ends with code 0.
    expect(await client.stop()).toBe(0);
    cleanup();
  });

  it('says what it serves when initialized', () => {
    const { capabilities, serverInfo } = client.capabilities;
    expect(serverInfo).toEqual({ name: 'netplan', version: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version });
    expect(capabilities).toMatchObject({
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentSymbolProvider: true,
      renameProvider: { prepareProvider: true },
      codeActionProvider: { codeActionKinds: ['quickfix'] },
    });
  });

  it('publishes the findings of netplan lint, at the same positions, as diagnostics', async () => {
    const { diagnostics } = await openCopy();
    expect(diagnostics.map(brief)).toEqual(FLAWED_DIAGNOSTICS);
    expect(diagnostics[1]).toEqual({
      range: range(40, 4, 46, 0),
      severity: 1,
      source: 'netplan',
      code: 'meeting-agenda',
      message: 'Meeting "lee-2026-12" has no agenda: list what you will cover',
    });
    // The command line says the same, 1-based.
    const cli = JSON.parse(bin(['lint', FIXTURE, '--today', '2026-11-25', '-f', 'json']).stdout)[0].messages;
    expect(diagnostics.map((d) => [d.code, d.message, d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1])).toEqual(
      cli.map((m: Record<string, unknown>) => [m.ruleId, m.message, m.line, m.column, m.endLine, m.endColumn]),
    );
  });

  it('republishes after an edit, for the latest version only', async () => {
    const { uri } = await openCopy();
    // Two quick edits: only the second version is checked and published.
    client.changeWithoutWaiting(uri, [{ range: range(49, 15, 49, 49), newText: 'Ask whether they are hiring' }]);
    const diagnostics = await client.change(uri, [{ range: range(49, 15, 49, 42), newText: 'Learn how his team buys freight' }]);
    expect(diagnostics.map(brief)).toEqual(FLAWED_DIAGNOSTICS.slice(0, 3));
    expect(client.publishes(uri).map((p) => p.version)).toEqual([1, 3]);
    // An edit that makes a new finding shows it.
    const again = await client.change(uri, [{ range: range(25, 18, 25, 27), newText: 'friend' }]);
    expect(again.map(brief)).toContain('schema 25:18-25:24 error');
  });

  it('gives a plan with a syntax error mid-edit its syntax finding, and recovers when it is fixed', async () => {
    const { uri } = await openCopy();
    const broken = await client.change(uri, [{ range: range(43, 15, 43, 15), newText: '"' }]);
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatchObject({ code: 'syntax', severity: 1, source: 'netplan' });
    expect(broken[0]!.range.start.line).toBe(43);
    expect(await hover(uri, 21, 10)).toBeUndefined();
    const fixed = await client.change(uri, [{ range: range(43, 15, 43, 16), newText: '' }]);
    expect(fixed.map(brief)).toEqual(FLAWED_DIAGNOSTICS);
  });

  describe('hover', () => {
    it("on a finding shows the rule's explanation, as netplan explain gives it", async () => {
      const { uri } = await openCopy();
      const text = await hover(uri, 40, 6);
      expect(text).toContain('**meeting-agenda (default: error)**  \nFires when a meeting has no agenda items.');
      expect(text).toContain('**Why**');
      expect(text).toContain('**Fails**\n\n```yaml\nmeetings:');
      expect(bin(['explain', 'meeting-agenda']).stdout).toContain('Fires when a meeting has no agenda items.');
    });

    it("on a key shows the schema's description of the field", async () => {
      const { uri } = await openCopy();
      expect(await hover(uri, 25, 6)).toBe(
        'How you know them: primary (friends, relatives, acquaintances), secondary (people you know less well), referral (introduced by someone), or cold.\n\n' +
          'One of: `primary`, `secondary`, `referral`, `cold`.',
      );
    });

    it('on an id reference shows a line about the entry it names', async () => {
      const { uri } = await openCopy();
      expect(await hover(uri, 34, 20)).toBe('contact `lee-park`: **Lee Park** · VP Logistics, ACME Foods · secondary · scheduled · next follow-up 2026-12-01');
      expect(await hover(uri, 23, 20)).toBe('organization `acme-foods`: **ACME Foods** · target `cpg-analytics` · Cut LTL spend on the new Midwest DC lanes');
      // Inside a finding's range too: the line first, then the explanation.
      expect(await hover(uri, 16, 14)).toMatch(
        /^target `cpg-analytics`: \*\*Senior supply-chain analyst\*\* · Consumer packaged goods · St\. Louis metro\n\n---\n\n\*\*organization-count /,
      );
      await client.change(uri, [{ range: range(34, 17, 34, 25), newText: 'lee-prak' }]);
      expect(await hover(uri, 34, 20)).toMatch(/^No contact in this plan has the id `lee-prak`\.\n\n---\n\n\*\*valid-references /);
    });
  });

  describe('completion', () => {
    it('offers the contact ids a meeting may refer to, with their names', async () => {
      const { uri } = await openCopy();
      await client.change(uri, [{ range: range(47, 13, 47, 22), newText: '' }]);
      const items = await complete(uri, 47, 13);
      expect(items.map((i) => [i.label, i.detail])).toEqual([
        ['lee-park', 'Lee Park'],
        ['sam-ortiz', 'Sam Ortiz'],
      ]);
      expect(items[0]!.textEdit).toEqual({ range: range(47, 13, 47, 13), newText: 'lee-park' });
    });

    it('offers the values of an enumeration, replacing the word typed so far', async () => {
      const { uri } = await openCopy();
      const items = await complete(uri, 38, 13);
      expect(items.map((i) => i.label)).toEqual(['to-contact', 'contacted', 'scheduled', 'met', 'dormant']);
      expect(items[0]!.textEdit).toEqual({ range: range(38, 12, 38, 13), newText: 'to-contact' });
    });

    it('offers the keys the schema allows where the cursor is, less those already there, while the line does not parse', async () => {
      const { uri } = await openCopy();
      const diagnostics = await client.change(uri, [{ range: range(44, 0, 44, 0), newText: '    sta\n' }]);
      expect(diagnostics.map((d) => d.code)).toEqual(['syntax']);
      const items = await complete(uri, 44, 7);
      const present = ['id', 'contact', 'date', 'objective', 'follow_up_contacts'];
      expect(items.map((i) => i.label)).toEqual(schemaKeys('/properties/meetings/items').filter((k) => !present.includes(k)));
      expect(items.map((i) => i.label)).toContain('agenda');
      expect(items.find((i) => i.label === 'agenda')!.textEdit).toEqual({ range: range(44, 4, 44, 7), newText: 'agenda:\n      - ' });
    });

    it('offers keys in a plan that has not parsed since it was opened', async () => {
      const { uri, diagnostics } = await openCopy('version: 1\nowner:\n  name: Dana Reyes\n  em\n');
      expect(diagnostics.map((d) => d.code)).toEqual(['syntax']);
      expect((await complete(uri, 3, 4)).map((i) => i.label)).toEqual(schemaKeys('/properties/owner').filter((k) => k !== 'name'));
    });
  });

  it('goes to the entry an id names, and finds every reference to it', async () => {
    const { uri } = await openCopy();
    const definition = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: at(41, 15) })) as Location[];
    expect(definition).toEqual([{ uri, range: range(21, 8, 21, 16) }]);
    const references = await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri },
      position: at(21, 10),
      context: { includeDeclaration: true },
    });
    expect(references).toEqual([
      { uri, range: range(21, 8, 21, 16) },
      { uri, range: range(34, 17, 34, 25) },
      { uri, range: range(41, 13, 41, 21) },
    ]);
  });

  it('renames an id and every reference to it in the file', async () => {
    const { uri } = await openCopy();
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: at(34, 20) });
    expect(prepared).toEqual({ range: range(34, 17, 34, 25), placeholder: 'lee-park' });
    const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: at(34, 20), newName: 'lee-chen' });
    expect(edit!.changes![uri]).toEqual([
      { range: range(21, 8, 21, 16), newText: 'lee-chen' },
      { range: range(34, 17, 34, 25), newText: 'lee-chen' },
      { range: range(41, 13, 41, 21), newText: 'lee-chen' },
    ]);
    const diagnostics = await client.apply(edit!);
    expect(diagnostics.map(brief)).toEqual(FLAWED_DIAGNOSTICS);
    expect(client.text(uri)).toBe(FLAWED.replaceAll('lee-park', 'lee-chen'));

    await expect(
      client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: at(34, 20), newName: 'Lee Chen' }),
    ).rejects.toThrow('"Lee Chen" is not an id: use lowercase letters, digits and hyphens, starting with a letter or digit');
    await expect(
      client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: at(34, 20), newName: 'sam-ortiz' }),
    ).rejects.toThrow('Another contact already has the id "sam-ortiz"');
    expect(await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: at(25, 20) })).toBeNull();
    // An id YAML would read as a number is written quoted.
    const numeric = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: at(16, 14), newName: '2026' });
    expect(numeric!.changes![uri]!.map((e) => e.newText)).toEqual(['"2026"', '"2026"']);
  });

  it('outlines targets, organizations, contacts and meetings by name', async () => {
    const { uri } = await openCopy();
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    expect(symbols.map((s) => [s.name, s.children!.map((c) => `${c.name} (${c.detail})`)])).toEqual([
      ['Targets', ['Senior supply-chain analyst (cpg-analytics)']],
      ['Organizations', ['ACME Foods (acme-foods)']],
      ['Contacts', ['Lee Park (lee-park)', 'Sam Ortiz (sam-ortiz)']],
      ['Meetings', ['Lee Park, 2026-12-03 (lee-2026-12)', 'Sam Ortiz, 2026-12-08 (sam-2026-12)']],
    ]);
    expect(symbols[2]!.children![0]).toMatchObject({ range: range(21, 4, 31, 0), selectionRange: range(21, 8, 21, 16) });
  });

  describe('quick fixes', () => {
    it('disables a rule for the line with a directive whose reason is left to write, and the finding goes', async () => {
      const { uri } = await openCopy();
      const offered = await actions(uri, range(40, 6, 40, 6));
      expect(offered.map((a) => a.title)).toEqual(['Add an agenda', 'Disable meeting-agenda for this line']);
      const disable = offered[1]!;
      expect(disable.diagnostics!.map((d) => d.code)).toEqual(['meeting-agenda']);
      const diagnostics = await client.apply(disable.edit!);
      expect(lineOf(client.text(uri), 40)).toBe('  # netplan-disable-next-line meeting-agenda -- reason');
      expect(diagnostics.map(brief)).toEqual([FLAWED_DIAGNOSTICS[0], 'meeting-follow-up-contacts 47:4-53:0 error', 'no-openings-ask 50:15-50:49 error']);
    });

    it('adds the rule to a directive already on the line above instead of stacking another', async () => {
      const { uri } = await openCopy();
      await client.change(uri, [{ range: range(46, 0, 46, 0), newText: '  # netplan-disable-next-line meeting-objective -- new contact\n' }]);
      const offered = await actions(uri, range(47, 6, 47, 6));
      const disable = offered.find((a) => a.title === 'Disable meeting-follow-up-contacts for this line')!;
      const diagnostics = await client.apply(disable.edit!);
      expect(lineOf(client.text(uri), 46)).toBe('  # netplan-disable-next-line meeting-objective, meeting-follow-up-contacts -- new contact');
      // meeting-objective silences nothing there (the meeting has one), which the engine says.
      const end = lineOf(client.text(uri), 46).length;
      expect(diagnostics.map(brief)).toEqual([FLAWED_DIAGNOSTICS[0], FLAWED_DIAGNOSTICS[1], `unused-disable 46:2-46:${end} warning`, 'no-openings-ask 50:15-50:49 error']);
    });

    it('leaves the reason selected in clients that take snippet edits', async () => {
      const snippetClient = await LspClient.start({
        rootPath: dir,
        capabilities: { workspace: { workspaceEdit: { documentChanges: true, snippetEditSupport: true } } },
      });
      try {
        const uri = fileUri(join(dir, 'snippets.plan.yaml'));
        await snippetClient.open(uri, FLAWED);
        const result = (await snippetClient.connection.sendRequest(CodeActionRequest.type, {
          textDocument: { uri },
          range: range(40, 6, 40, 6),
          context: { diagnostics: [] },
        })) as CodeAction[];
        expect(result.map((a) => a.edit!.documentChanges)).toEqual([
          [{ textDocument: { uri, version: 1 }, edits: [{ range: range(45, 26, 45, 26), snippet: { kind: 'snippet', value: '\n    agenda:\n      - ${1:What you will cover}' } }] }],
          [{ textDocument: { uri, version: 1 }, edits: [{ range: range(40, 0, 40, 0), snippet: { kind: 'snippet', value: '  # netplan-disable-next-line meeting-agenda -- ${1:reason}\n' } }] }],
        ]);
      } finally {
        expect(await snippetClient.stop()).toBe(0);
      }
    });

    it('adds an agenda skeleton that parses, passes the schema and satisfies meeting-agenda', async () => {
      const { uri } = await openCopy();
      const add = (await actions(uri, range(40, 6, 40, 6))).find((a) => a.title === 'Add an agenda')!;
      expect(add.isPreferred).toBe(true);
      const diagnostics = await client.apply(add.edit!);
      expect(client.text(uri).split('\n').slice(45, 49)).toEqual(['      - contact: sam-ortiz', '    agenda:', '      - What you will cover', '  - id: sam-2026-12']);
      expect(diagnostics.map(brief)).toEqual([FLAWED_DIAGNOSTICS[0], 'meeting-follow-up-contacts 48:4-54:0 error', 'no-openings-ask 51:15-51:49 error']);

      // An agenda key with nothing under it is filled in, and the comment after it kept.
      const empty = await openCopy(FLAWED.replace('    follow_up_contacts:\n      - contact: sam-ortiz\n', '    follow_up_contacts:\n      - contact: sam-ortiz\n    agenda:  # to do\n'));
      // The schema reports the empty key (and meeting-agenda then does not); the fix is offered on it.
      expect(empty.diagnostics.map((d) => d.code)).not.toContain('meeting-agenda');
      const finding = empty.diagnostics.find((d) => d.code === 'schema' && d.message.startsWith('"agenda" of meeting'))!;
      const fill = (await actions(empty.uri, finding.range)).find((a) => a.title === 'Add an agenda')!;
      await client.apply(fill.edit!);
      expect(client.text(empty.uri).split('\n').slice(46, 48)).toEqual(['    agenda:', '      - What you will cover  # to do']);
      const after = await client.diagnostics(empty.uri);
      expect(after.map((d) => d.code)).not.toContain('meeting-agenda');
      expect(after.filter((d) => d.message.startsWith('"agenda"'))).toEqual([]);
    });

    it('adds follow-up contacts to a meeting, replacing an empty list', async () => {
      const { uri, diagnostics: before } = await openCopy(FLAWED.replace('      - How his team buys freight\n', '      - How his team buys freight\n    follow_up_contacts: []\n'));
      const finding = before.find((d) => d.code === 'meeting-follow-up-contacts')!;
      expect(finding.range).toEqual(range(52, 24, 52, 26));
      const add = (await actions(uri, finding.range)).find((a) => a.title === 'Add follow-up contacts')!;
      const diagnostics = await client.apply(add.edit!);
      expect(client.text(uri).split('\n').slice(52, 55)).toEqual(['    follow_up_contacts:', '      - info_point: who you want to meet next', 'support:']);
      expect(diagnostics.map(brief)).toEqual(FLAWED_DIAGNOSTICS.filter((d) => !d.startsWith('meeting-follow-up-contacts')));
    });

    it('removes a directive that suppresses nothing, or only the rule ids in it that do not', async () => {
      const directive = '    # netplan-disable-next-line organization-value -- written before the value\n';
      const withDirective = FLAWED.replace('    value: Cut LTL', `${directive}    value: Cut LTL`);
      const { uri, diagnostics } = await openCopy(withDirective);
      expect(diagnostics.map(brief).slice(0, 3)).toEqual(['organization-count 14:2-21:0 warning', 'unused-disable 17:4-17:78 warning', 'meeting-agenda 41:4-47:0 error']);
      // (The line is inside the organizations list too, which organization-count is about.)
      const offered = await actions(uri, range(17, 10, 17, 10));
      expect(offered.map((a) => a.title)).toEqual(['Disable organization-count for this line', 'Remove unused disable directive']);
      expect((await client.apply(offered[1]!.edit!)).map(brief)).toEqual(FLAWED_DIAGNOSTICS);
      expect(client.text(uri)).toBe(FLAWED);

      const two = FLAWED.replace('  - id: lee-2026-12\n', '  # netplan-disable-next-line meeting-agenda, organization-value -- first meeting\n  - id: lee-2026-12\n');
      const second = await openCopy(two);
      expect(second.diagnostics.map(brief)).toContain(`unused-disable 40:2-40:${lineOf(two, 40).length} warning`);
      const partial = await actions(second.uri, range(40, 5, 40, 5));
      expect(partial.map((a) => a.title)).toEqual(['Remove organization-value from the disable directive']);
      await client.apply(partial[0]!.edit!);
      expect(lineOf(client.text(second.uri), 40)).toBe('  # netplan-disable-next-line meeting-agenda -- first meeting');
      expect((await client.diagnostics(second.uri)).map((d) => d.code)).not.toContain('unused-disable');
    });
  });

  describe('odd input', () => {
    it('checks a plan with CRLF line ends at the same positions, and keeps them in the lines a fix adds', async () => {
      const crlf = FLAWED.replaceAll('\n', '\r\n');
      const { uri, diagnostics } = await openCopy(crlf);
      expect(diagnostics.map(brief)).toEqual(FLAWED_DIAGNOSTICS);
      const offered = await actions(uri, range(40, 6, 40, 6));
      await client.apply(offered.find((a) => a.title === 'Add an agenda')!.edit!);
      // The agenda took two lines: the objective is on line 51 now.
      await client.apply((await actions(uri, range(51, 20, 51, 20))).find((a) => a.title === 'Disable no-openings-ask for this line')!.edit!);
      expect(client.text(uri)).toBe(
        crlf
          .replace('      - contact: sam-ortiz\r\n', '      - contact: sam-ortiz\r\n    agenda:\r\n      - What you will cover\r\n')
          .replace('    objective: Ask whether', '    # netplan-disable-next-line no-openings-ask -- reason\r\n    objective: Ask whether'),
      );
      expect((await client.diagnostics(uri)).map((d) => d.code)).toEqual(['organization-count', 'meeting-follow-up-contacts']);
    });

    it('answers a 5 MB plan with the size limit, and keeps serving', async () => {
      const big = FLAWED + '# filler\n'.repeat(Math.ceil((5 * 1024 * 1024) / 9));
      const { uri, diagnostics } = await openCopy(big, 'big.plan.yaml');
      expect(diagnostics).toEqual([
        {
          range: range(0, 0, 0, 0),
          severity: 1,
          source: 'netplan',
          code: 'syntax',
          message:
            'The file is 5 MiB, over the 2 MiB limit for a plan: a plan is well under 1 MiB, so check this is the right file (set NETPLAN_MAX_FILE_SIZE to raise the limit)',
        },
      ]);
      expect(await hover(uri, 40, 6)).toBeUndefined();
      client.close(uri);
      expect((await openCopy()).diagnostics.map(brief)).toEqual(FLAWED_DIAGNOSTICS);
    });

    it('leaves YAML that is not a plan alone, and checks a plan by its content whatever its name', async () => {
      const compose = await openCopy('services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n', 'compose.yaml');
      expect(compose.diagnostics).toEqual([]);
      expect(await hover(compose.uri, 1, 3)).toBeUndefined();
      expect(await complete(compose.uri, 1, 3)).toEqual([]);
      const notes = await openCopy(FLAWED, 'notes.yaml');
      expect(notes.diagnostics.map(brief)).toEqual(FLAWED_DIAGNOSTICS);
    });
  });
});

describe('netplan lsp with a config', () => {
  it('checks with the config found for the plan, says when the config has errors, and reloads it when it changes', async () => {
    const { dir, cleanup } = tempDir();
    const { rmSync, writeFileSync } = await import('node:fs');
    const configPath = join(dir, '.netplanrc.yaml');
    writeFileSync(configPath, 'rules:\n  organization-cont: off\n');
    const client = await LspClient.start({ rootPath: dir });
    try {
      const planUri = fileUri(join(dir, 'plans', 'dana.plan.yaml'));
      const configUri = fileUri(configPath);
      // A config with an error: said at the config file and in a message; the plan is checked with the defaults.
      const diagnostics = await client.open(planUri, FLAWED);
      expect(diagnostics.map(brief)).toEqual(FLAWED_DIAGNOSTICS);
      const [configDiagnostic] = await client.until(() => client.publishes(configUri)[0]?.diagnostics, 'the config diagnostic');
      expect(configDiagnostic).toEqual({
        range: range(1, 2, 1, 19),
        severity: 1,
        source: 'netplan',
        code: 'config',
        message: 'unknown rule "organization-cont": did you mean "organization-count"? (plans are checked with the default rules until it is fixed)',
      });
      expect(client.messages).toEqual([
        {
          type: 2,
          message: `netplan: invalid config ${configPath}:2:3: unknown rule "organization-cont": did you mean "organization-count"? (plans are checked with the default rules until it is fixed)`,
        },
      ]);

      // Fixed on disk: the editor says the file changed, the plan is checked again with it.
      const published = client.publishes(planUri).length;
      writeFileSync(configPath, 'rules:\n  organization-count: off\n');
      client.configChanged(configUri);
      expect((await client.diagnostics(planUri, published)).map(brief)).toEqual(FLAWED_DIAGNOSTICS.slice(1));
      expect(await client.until(() => client.publishes(configUri)[1]?.diagnostics, 'the config diagnostic cleared')).toEqual([]);

      // Changed again without a notice (an editor that watches no files): the next check reads it anyway.
      writeFileSync(configPath, 'rules:\n  organization-count: off\n  meeting-agenda: warning\n');
      const next = await client.change(planUri, [{ range: range(0, 0, 0, 0), newText: '# Dana\n' }]);
      expect(next.map(brief)).toEqual(['meeting-agenda 41:4-47:0 warning', 'meeting-follow-up-contacts 47:4-53:0 error', 'no-openings-ask 50:15-50:49 error']);

      // Broken again, then deleted: its diagnostic goes with it.
      writeFileSync(configPath, 'rules: [\n');
      client.configChanged(configUri);
      const [broken] = await client.until(() => client.publishes(configUri)[2]?.diagnostics, 'the config syntax diagnostic');
      expect(broken).toMatchObject({ code: 'config', severity: 1 });
      rmSync(configPath);
      client.configChanged(configUri);
      expect(await client.until(() => client.publishes(configUri)[3]?.diagnostics, 'the config diagnostic cleared')).toEqual([]);
      expect((await client.diagnostics(planUri, client.publishes(planUri).length)).map(brief)).toEqual(FLAWED_DIAGNOSTICS.map((d) => d.replace(/ (\d+):(\d+)-(\d+):/, (_, a, b, c) => ` ${Number(a) + 1}:${b}-${Number(c) + 1}:`)));
    } finally {
      expect(await client.stop()).toBe(0);
      cleanup();
    }
  });
});

describe('netplan lsp when a rule fails', () => {
  it('turns the failure into one internal-error diagnostic and keeps serving', async () => {
    const { dir, cleanup } = tempDir();
    const failing = join(dir, 'failing.plan.yaml');
    const client = await LspClient.start({ rootPath: dir, env: { NETPLAN_TEST_INTERNAL_ERROR: failing } });
    try {
      const diagnostics = await client.open(fileUri(failing), FLAWED.replace('    role: accountability-partner', '    role: partner'));
      expect(diagnostics.map(brief)).toEqual(['internal-error 0:0-0:0 error', 'schema 54:10-54:17 error']);
      expect(diagnostics[0]!.message).toBe(
        `netplan's rules failed on this plan (forced internal error checking ${failing} (NETPLAN_TEST_INTERNAL_ERROR is set)): this is a bug in netplan, please report it with the plan; until then only syntax and schema are checked`,
      );
      const other = fileUri(join(dir, 'other.plan.yaml'));
      expect((await client.open(other, FLAWED)).map(brief)).toEqual(FLAWED_DIAGNOSTICS);
    } finally {
      expect(await client.stop()).toBe(0);
      cleanup();
    }
  });
});

describe('netplan lsp start-up', () => {
  it('refuses a bad --today before starting, as a usage error', () => {
    expect(bin(['lsp', '--today', '2026-13-01'])).toMatchObject({ code: 2, stdout: '', stderr: 'netplan: --today must be a date written YYYY-MM-DD (got "2026-13-01")\n' });
  });

  it('ends with code 1 when the editor exits without shutting down first, as LSP says', async () => {
    const client = await LspClient.start();
    const { ExitNotification } = await import('vscode-languageserver-protocol');
    await client.connection.sendNotification(ExitNotification.type);
    expect(await client.exited).toBe(1);
    client.connection.dispose();
  });
});

