// Quick fixes for findings: disable a rule for the line (or the file, for a
// finding about the whole plan) with an inline directive whose reason is left
// to fill in; add an agenda or follow-up contacts skeleton to a meeting that
// lacks one; remove a suppression directive that suppresses nothing. Every
// edit that rewrites the plan is tried on a copy first and offered only when
// the result does what it says (see each function).

import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../findings.js';
import { field } from '../lint/read.js';
import { parseDirectives, type Directive } from '../lint/suppressions.js';
import { loadPlan } from '../plan/load.js';
import type { LoadedPlan } from '../plan/loaded.js';
import { parsePointer } from '../plan/pointer.js';
import { checkPlanSchema } from '../plan/schema.js';
import { INTERNAL_ERROR } from './check.js';
import { rangesTouch, sameRange, toRange } from './ranges.js';

export interface ActionContext {
  uri: string;
  version: number;
  text: string;
  plan: LoadedPlan;
  findings: readonly Finding[];
  /** The range the editor asks about (the cursor or the selection). */
  range: Range;
  /** Whether the client takes snippet edits (LSP 3.18), so a placeholder can be left selected. */
  snippets: boolean;
  /** Lints text as the document's own findings were linted (same config and date). */
  lint(text: string): Finding[];
}

/** One edit: plain text, or a snippet whose `${1:…}` placeholder the editor selects. */
interface Edit {
  range: Range;
  text: string;
  /** The text with a placeholder, for clients that take snippets. */
  snippet?: string;
}

const NOT_SUPPRESSIBLE = new Set(['syntax', 'schema', INTERNAL_ERROR, 'unused-disable']);

function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

function workspaceEdit(context: ActionContext, edits: Edit[]): WorkspaceEdit {
  if (context.snippets && edits.some((e) => e.snippet !== undefined)) {
    return {
      documentChanges: [
        {
          textDocument: { uri: context.uri, version: context.version },
          edits: edits.map((e) =>
            e.snippet === undefined ? { range: e.range, newText: e.text } : { range: e.range, snippet: { kind: 'snippet', value: e.snippet } },
          ),
        },
      ],
    };
  }
  return { changes: { [context.uri]: edits.map((e): TextEdit => ({ range: e.range, newText: e.text })) } };
}

function applyEdits(text: string, edits: Edit[]): string {
  const doc = TextDocument.create('file:///edit', 'yaml', 0, text);
  return TextDocument.applyEdits(doc, edits.map((e) => ({ range: e.range, newText: e.text })));
}

/** The document's own line ending, for the lines an edit adds. */
function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function lineText(text: string, line: number): string {
  return text.split('\n')[line]?.replace(/\r$/, '') ?? '';
}

/** The directive a finding's line is covered by when one more rule is named in it. */
function directiveFor(plan: LoadedPlan, kind: Directive['kind'], line: number): Directive | undefined {
  if (!plan.text.includes('netplan-disable')) return undefined;
  return parseDirectives(plan.comments()).find((d) => d.kind === kind && (kind === 'disable-file' || d.line === line) && d.ruleIds.length > 0);
}

/** Where a directive's list of rule ids ends (0-based character), before any ` -- reason`. */
function idsEnd(directive: Directive): number {
  const text = directive.comment.text;
  const reason = text.search(/\s--(?:\s|$)/);
  const end = (reason === -1 ? text : text.slice(0, reason)).trimEnd().length;
  return directive.comment.column + end;
}

/** "Disable <rule> for this line": a directive above the finding's first line, or the rule added to the one already there. */
function disableAction(context: ActionContext, finding: Finding, diagnostic: Diagnostic): CodeAction {
  const wholePlan = finding.path === '';
  const kind = wholePlan ? 'disable-file' : 'disable-next-line';
  const title = wholePlan ? `Disable ${finding.ruleId} for this file` : `Disable ${finding.ruleId} for this line`;
  const existing = directiveFor(context.plan, kind, finding.line);
  let edit: Edit;
  if (existing) {
    const at = { line: existing.comment.line - 1, character: idsEnd(existing) };
    edit = { range: { start: at, end: at }, text: `, ${finding.ruleId}` };
  } else {
    const line = wholePlan ? 0 : finding.line - 1;
    const indent = wholePlan ? '' : /^[ \t]*/.exec(lineText(context.text, line))![0];
    const head = `${indent}# netplan-${kind} ${finding.ruleId} -- `;
    const at = { line, character: 0 };
    const eol = eolOf(context.text);
    edit = { range: { start: at, end: at }, text: `${head}reason${eol}`, snippet: `${escapeSnippet(head)}\${1:reason}${eol}` };
  }
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: workspaceEdit(context, [edit]) };
}

const SKELETONS: Record<string, { key: string; title: string; item: string; placeholder: string }> = {
  'meeting-agenda': { key: 'agenda', title: 'Add an agenda', item: '', placeholder: 'What you will cover' },
  'meeting-follow-up-contacts': {
    key: 'follow_up_contacts',
    title: 'Add follow-up contacts',
    item: 'info_point: ',
    placeholder: 'who you want to meet next',
  },
};

/**
 * The skeleton a finding calls for: its rule's, or, for an empty `agenda:` or
 * `follow_up_contacts:` (which the schema reports, and the rule then does not),
 * that key's.
 */
function skeletonFor(finding: Finding): (typeof SKELETONS)[string] | undefined {
  if (finding.ruleId !== 'schema') return SKELETONS[finding.ruleId];
  const [list, , key, ...deeper] = parsePointer(finding.path);
  if (list !== 'meetings' || deeper.length > 0) return undefined;
  return Object.values(SKELETONS).find((s) => s.key === key);
}

/**
 * "Add an agenda" / "Add follow-up contacts": the key with one item to fill
 * in, written into the meeting (replacing an empty one). Offered only when
 * the result parses, adds no schema problem, and gives the meeting the item.
 */
function skeletonAction(context: ActionContext, finding: Finding, diagnostic: Diagnostic): CodeAction | undefined {
  const skeleton = skeletonFor(finding);
  const [list, index] = parsePointer(finding.path);
  if (!skeleton || list !== 'meetings' || index === undefined) return undefined;
  const { plan } = context;
  const meetingPath = `/meetings/${index}`;
  const meeting = (plan.data as { meetings?: unknown[] }).meetings?.[Number(index)];
  const entry = toRange(plan.span(meetingPath));
  const indent = ' '.repeat(entry.start.character);
  const eol = eolOf(context.text);
  const item = `${indent}  - ${skeleton.item}`;
  let range: Range;
  let lead: string;
  if (field(meeting, skeleton.key) !== undefined) {
    // An empty or blank one: replace it, key and all.
    const key = toRange(plan.span(`${meetingPath}/${skeleton.key}`, 'key'));
    const value = toRange(plan.span(`${meetingPath}/${skeleton.key}`));
    // An empty value is placed at its key: replace up to the colon, and keep any comment after it.
    const colon = /^[ \t]*:/.exec(lineText(context.text, key.end.line).slice(key.end.character));
    let end = value.end;
    if (sameRange(value, key) && colon) end = { line: key.end.line, character: key.end.character + colon[0].length };
    else if (value.end.line > key.start.line && value.end.character === 0) end = { line: value.end.line - 1, character: lineText(context.text, value.end.line - 1).length };
    range = { start: key.start, end };
    lead = `${skeleton.key}:${eol}`;
  } else {
    // After the meeting's last line (a range that ends at the start of a line stops before it).
    const last = entry.end.character === 0 && entry.end.line > entry.start.line ? entry.end.line - 1 : entry.end.line;
    const end = { line: last, character: lineText(context.text, last).length };
    range = { start: end, end };
    lead = `${eol}${indent}${skeleton.key}:${eol}`;
  }
  const edit: Edit = {
    range,
    text: `${lead}${item}${skeleton.placeholder}`,
    snippet: `${escapeSnippet(lead + item)}\${1:${escapeSnippet(skeleton.placeholder)}}`,
  };

  const after = loadPlan(applyEdits(context.text, [edit]), plan.filePath);
  if (after.syntax.some((f) => f.severity === 'error')) return undefined;
  const before = new Set(checkPlanSchema(plan.data).map((p) => `${p.path}\0${p.message}`));
  if (checkPlanSchema(after.data).some((p) => !before.has(`${p.path}\0${p.message}`))) return undefined;
  const added = field((after.data as { meetings?: unknown[] }).meetings?.[Number(index)], skeleton.key);
  if (!Array.isArray(added) || added.length !== 1) return undefined;
  return { title: skeleton.title, kind: CodeActionKind.QuickFix, isPreferred: true, diagnostics: [diagnostic], edit: workspaceEdit(context, [edit]) };
}

/** Findings as a multiset that ignores positions (a removed line moves the findings below it). */
function findingKeys(findings: readonly Finding[], skipLine: number): string[] {
  return findings
    .filter((f) => !(f.ruleId === 'unused-disable' && f.line === skipLine))
    .map((f) => `${f.ruleId}\0${f.path}\0${f.message}`)
    .sort();
}

/**
 * "Remove unused disable directive": the whole comment, or only the rule ids
 * it names that silence nothing. Each removal is linted first and offered
 * only when every other finding stays as it was.
 */
function removeDirectiveActions(context: ActionContext, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
  const directive = parseDirectives(context.plan.comments()).find((d) => d.comment.line === finding.line && d.comment.column === finding.column);
  if (!directive) return [];
  const { comment } = directive;
  const line = comment.line - 1;
  const original = findingKeys(context.findings, comment.line);
  const unchanged = (edit: Edit) => {
    const keys = findingKeys(context.lint(applyEdits(context.text, [edit])), comment.line);
    return keys.length === original.length && keys.every((k, i) => k === original[i]);
  };

  const before = lineText(context.text, line).slice(0, comment.column - 1);
  const whole: Edit = comment.trailing
    ? { range: { start: { line, character: before.trimEnd().length }, end: { line, character: comment.endColumn - 1 } }, text: '' }
    : { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: '' };
  const action = (title: string, edit: Edit): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    isPreferred: true,
    diagnostics: [diagnostic],
    edit: workspaceEdit(context, [edit]),
  });
  if (unchanged(whole)) return [action('Remove unused disable directive', whole)];
  if (directive.ruleIds.length < 2) return [];

  // Keep the directive, without the ids that silence nothing.
  const kindEnd = comment.column + comment.text.indexOf(`netplan-${directive.kind}`) + `netplan-${directive.kind}`.length;
  const listRange = { start: { line, character: kindEnd }, end: { line, character: idsEnd(directive) } };
  return directive.ruleIds.flatMap((id) => {
    const edit: Edit = { range: listRange, text: ` ${directive.ruleIds.filter((other) => other !== id).join(', ')}` };
    return unchanged(edit) ? [action(`Remove ${id} from the disable directive`, edit)] : [];
  });
}

/** The quick fixes for the findings that touch `context.range`; `diagnosticOf` gives each its LSP diagnostic. */
export function codeActions(context: ActionContext, diagnosticOf: (f: Finding) => Diagnostic): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const finding of context.findings) {
    if (!rangesTouch(toRange(finding), context.range)) continue;
    const diagnostic = diagnosticOf(finding);
    if (finding.ruleId === 'unused-disable') {
      actions.push(...removeDirectiveActions(context, finding, diagnostic));
      continue;
    }
    const skeleton = skeletonAction(context, finding, diagnostic);
    if (skeleton) actions.push(skeleton);
    if (!NOT_SUPPRESSIBLE.has(finding.ruleId)) actions.push(disableAction(context, finding, diagnostic));
  }
  return actions;
}
