// The language server behind `netplan lsp`: one connection over standard
// input and output, a document manager, and a handler per request. Each plan
// is checked by the same engine as `netplan lint` (lsp/check.ts), on open and
// after edits (debounced per document, the latest version winning), and the
// findings are published as diagnostics. Requests about a document reuse the
// check of its current version, so a plan is read once per version.

import { existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DiagnosticTag,
  DidChangeWatchedFilesNotification,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../findings.js';
import { CONFIG_FILES } from '../lint/config.js';
import { lintPlan, type LintOptions } from '../lint/engine.js';
import { loadPlan } from '../plan/load.js';
import { resolveToday } from '../today.js';
import { version } from '../version.js';
import { checkDocument, type DocumentCheck } from './check.js';
import { codeActions } from './code-actions.js';
import { completionsAt } from './completion.js';
import { Configs, type ConfigResult } from './configs.js';
import { hoverAt } from './hover.js';
import { definitionsAt, referencesAt, renameEdits, renameTarget } from './navigation.js';
import { toRange } from './ranges.js';
import { documentSymbols } from './symbols.js';

export interface ServerOptions {
  /** The date rules compare against; without it, the system date at each check. */
  today?: string;
  /** Bytes: a larger document gets the command line's "too large" finding and is not read. */
  maxFileSize: number;
  /** How long typing must pause before a document is checked again. */
  debounceMs: number;
}

/** A document's check at one version, with what it was checked with. */
interface Analysis {
  version: number;
  text: string;
  check: DocumentCheck;
  lint: LintOptions;
  filePath: string;
  config: ConfigResult;
}

function toDiagnostic(f: Finding): Diagnostic {
  return {
    range: toRange(f),
    severity: f.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'netplan',
    code: f.ruleId,
    message: f.message,
    // A directive that silences nothing is shown faded, as editors show unused code.
    ...(f.ruleId === 'unused-disable' ? { tags: [DiagnosticTag.Unnecessary] } : {}),
  };
}

function pathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

function isConfigFile(path: string | undefined): boolean {
  return path !== undefined && (CONFIG_FILES as readonly string[]).includes(basename(path));
}

/** Starts the server on `input` and `output`; the protocol library ends the process on `exit` or when input closes. */
export function startServer(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, options: ServerOptions): Connection {
  const connection = createConnection(input, output);
  const documents = new TextDocuments(TextDocument);
  const configs = new Configs();
  const analyses = new Map<string, { version: number; analysis: Promise<Analysis> }>();
  /**
   * Per document: whether its last check found a plan, and the last plan data
   * that loaded, whose ids completion offers while the current text does not parse.
   */
  const lastSeen = new Map<string, { isPlan: boolean; data: unknown }>();
  const timers = new Map<string, NodeJS.Timeout>();
  /** Config files whose problem is on show, with the problem shown. */
  const shownConfigProblems = new Map<string, string>();
  let workspaceDir = process.cwd();
  let snippets = false;
  let watchConfigs = false;

  function analyze(document: TextDocument): Promise<Analysis> {
    const cached = analyses.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis;
    const text = document.getText();
    const path = pathOf(document.uri);
    const analysis = (async (): Promise<Analysis> => {
      const config = await configs.forFolder(path ? dirname(path) : workspaceDir);
      const lint: LintOptions = { rules: config.config.rules, today: options.today ?? resolveToday(undefined, {}) };
      const filePath = path ?? document.uri;
      const name = basename(path ?? new URL(document.uri).pathname);
      const check = isConfigFile(path) ? { isPlan: false, findings: [] } : checkDocument(text, filePath, name, { lint, maxFileSize: options.maxFileSize });
      const data = check.plan?.data ?? lastSeen.get(document.uri)?.data;
      lastSeen.set(document.uri, { isPlan: check.isPlan, data });
      return { version: document.version, text, check, lint, filePath, config };
    })();
    analyses.set(document.uri, { version: document.version, analysis });
    return analysis;
  }

  /** A refused config is said once, at the config file and in a message; fixed, its diagnostic goes. */
  function showConfig(result: ConfigResult): void {
    if (!result.path) return;
    const problem = result.problem;
    const where = problem?.at ? `${result.path}:${problem.at.line}:${problem.at.column}` : result.path;
    const shown = problem && `${where}: ${problem.reason}`;
    if (shownConfigProblems.get(result.path) === shown) return;
    const uri = pathToFileURL(result.path).href;
    if (!problem) {
      shownConfigProblems.delete(result.path);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    shownConfigProblems.set(result.path, shown!);
    const until = '(plans are checked with the default rules until it is fixed)';
    const range = toRange(problem.at ?? { line: 1, column: 1, endLine: 1, endColumn: 1 });
    void connection.sendDiagnostics({
      uri,
      diagnostics: [{ range, severity: DiagnosticSeverity.Error, source: 'netplan', code: 'config', message: `${problem.reason} ${until}` }],
    });
    // A notification, not a request: there is nothing to choose, and a client need not answer.
    void connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Warning,
      message: `netplan: ${problem.at ? 'invalid config' : 'cannot read config'} ${shown} ${until}`,
    });
  }

  async function publish(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const analysis = await analyze(document);
    // A newer version is on its way and will be published in turn.
    if (documents.get(uri)?.version !== analysis.version) return;
    showConfig(analysis.config);
    // A config file open in the editor shows its own problem, not an empty list.
    if (isConfigFile(pathOf(uri))) return;
    await connection.sendDiagnostics({ uri, version: analysis.version, diagnostics: analysis.check.findings.map(toDiagnostic) });
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        publish(uri).catch((error: unknown) => connection.console.error(`netplan: checking ${uri}: ${String(error)}`));
      }, delay),
    );
  }

  /** Checks every open document again (a config changed); a config that is gone takes its problem with it. */
  function recheckAll(): void {
    for (const path of shownConfigProblems.keys()) {
      if (existsSync(path)) continue;
      shownConfigProblems.delete(path);
      void connection.sendDiagnostics({ uri: pathToFileURL(path).href, diagnostics: [] });
    }
    analyses.clear();
    for (const document of documents.all()) schedule(document.uri, 0);
  }

  connection.onInitialize((params): InitializeResult => {
    const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    const rootPath = root ? pathOf(root) : undefined;
    if (rootPath) workspaceDir = rootPath;
    const edits = params.capabilities.workspace?.workspaceEdit;
    snippets = Boolean(edits?.snippetEditSupport && edits.documentChanges);
    watchConfigs = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' '] },
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        renameProvider: { prepareProvider: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'netplan', version: version() },
    };
  });

  connection.onInitialized(() => {
    // Told when a config changes on disk, where the editor can watch files for the server
    // (without it, a changed config is still read at the next check: configs.ts compares its mtime).
    if (!watchConfigs) return;
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: CONFIG_FILES.map((name) => ({ globPattern: `**/${name}` })),
    });
  });
  connection.onDidChangeWatchedFiles(() => recheckAll());

  documents.onDidChangeContent(({ document }) => {
    // The first version is checked at once; edits wait for a pause in typing.
    schedule(document.uri, analyses.has(document.uri) ? options.debounceMs : 0);
  });
  documents.onDidSave(({ document }) => {
    if (isConfigFile(pathOf(document.uri))) recheckAll();
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    analyses.delete(document.uri);
    lastSeen.delete(document.uri);
    if (!isConfigFile(pathOf(document.uri))) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  /** The current version's check, when the document is an open plan that could be read. */
  async function planOf(uri: string) {
    const document = documents.get(uri);
    if (!document) return undefined;
    const analysis = await analyze(document);
    return analysis.check.plan && analysis.version === document.version ? { analysis, plan: analysis.check.plan } : undefined;
  }

  connection.onHover(async ({ textDocument, position }) => {
    const found = await planOf(textDocument.uri);
    return found ? hoverAt(found.plan, found.analysis.check.findings, position) : null;
  });

  // From the text as it is now, without waiting for a check: completion comes with every keystroke.
  connection.onCompletion(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    const seen = lastSeen.get(textDocument.uri);
    return document && seen?.isPlan ? completionsAt(document.getText(), position, seen.data) : [];
  });

  connection.onDefinition(async ({ textDocument, position }) => {
    const found = await planOf(textDocument.uri);
    return found ? definitionsAt(found.plan, position).map((range) => ({ uri: textDocument.uri, range })) : [];
  });

  connection.onReferences(async ({ textDocument, position, context }) => {
    const found = await planOf(textDocument.uri);
    return found ? referencesAt(found.plan, position, context.includeDeclaration).map((range) => ({ uri: textDocument.uri, range })) : [];
  });

  connection.onPrepareRename(async ({ textDocument, position }) => {
    const found = await planOf(textDocument.uri);
    return (found && renameTarget(found.plan, position)) ?? null;
  });

  connection.onRenameRequest(async ({ textDocument, position, newName }) => {
    const found = await planOf(textDocument.uri);
    if (!found) return null;
    const edits = renameEdits(found.plan, position, newName);
    if ('problem' in edits) return new ResponseError(LSPErrorCodes.RequestFailed, edits.problem);
    return { changes: { [textDocument.uri]: edits } };
  });

  connection.onDocumentSymbol(async ({ textDocument }) => {
    const found = await planOf(textDocument.uri);
    return found ? documentSymbols(found.plan) : [];
  });

  connection.onCodeAction(async ({ textDocument, range, context }) => {
    if (context.only && !context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
    const found = await planOf(textDocument.uri);
    if (!found) return [];
    const { analysis, plan } = found;
    return codeActions(
      {
        uri: textDocument.uri,
        version: analysis.version,
        text: analysis.text,
        plan,
        findings: analysis.check.findings,
        range,
        snippets,
        lint: (text) => lintPlan(loadPlan(text, analysis.filePath), analysis.lint),
      },
      toDiagnostic,
    );
  });

  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
  });

  // A bug in a handler is logged to the editor, and the server keeps serving.
  process.on('unhandledRejection', (error) => connection.console.error(`netplan: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));

  documents.listen(connection);
  connection.listen();
  return connection;
}
