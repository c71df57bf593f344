// A real LSP client for tests: starts `netplan lsp` (bin/netplan.js) as a
// child process and talks to it over its standard input and output with
// vscode-jsonrpc, using the request types of vscode-languageserver-protocol.

import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import {
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BIN, ROOT } from '../helpers.js';

export interface Published {
  version?: number;
  diagnostics: Diagnostic[];
}

export class LspClient {
  readonly connection: MessageConnection;
  readonly messages: ShowMessageParams[] = [];
  readonly stderr: string[] = [];
  private readonly published = new Map<string, Published[]>();
  private readonly waiters: (() => void)[] = [];
  private readonly documents = new Map<string, TextDocument>();
  readonly exited: Promise<number | null>;

  private constructor(readonly child: ChildProcess) {
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    child.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const list = this.published.get(params.uri) ?? [];
      list.push({ version: params.version, diagnostics: params.diagnostics });
      this.published.set(params.uri, list);
      this.wake();
    });
    this.connection.onNotification(ShowMessageNotification.type, (params) => {
      this.messages.push(params);
      this.wake();
    });
    // The server asks to watch the config files; a client says yes.
    this.connection.onRequest(RegistrationRequest.type, () => undefined);
    this.connection.listen();
  }

  /** Starts the server and initializes it; `env` is added to a clean environment. */
  static async start(options: { env?: NodeJS.ProcessEnv; capabilities?: ClientCapabilities; rootPath?: string } = {}): Promise<LspClient & { capabilities: InitializeResult }> {
    const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, NETPLAN_TODAY: '2026-11-25', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const client = new LspClient(child);
    const result = await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: options.rootPath ? pathToFileURL(options.rootPath).href : null,
      capabilities: options.capabilities ?? { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return Object.assign(client, { capabilities: result });
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  /** Resolves once `test` holds after a notification (or at once). */
  async until<T>(test: () => T | undefined, what: string, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = test();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; stderr: ${this.stderr.join('')}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  /** Every publish for `uri` so far. */
  publishes(uri: string): Published[] {
    return this.published.get(uri) ?? [];
  }

  /** The diagnostics published for `uri` at its current version (or the next publish after `after` publishes). */
  diagnostics(uri: string, after = 0): Promise<Diagnostic[]> {
    const version = this.documents.get(uri)?.version;
    return this.until(() => {
      const list = this.publishes(uri).slice(after);
      const hit = list.reverse().find((p) => version === undefined || p.version === undefined || p.version === version);
      return hit?.diagnostics;
    }, `diagnostics for ${uri} at version ${version}`);
  }

  async open(uri: string, text: string): Promise<Diagnostic[]> {
    const before = this.publishes(uri).length;
    this.documents.set(uri, TextDocument.create(uri, 'yaml', 1, text));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return this.diagnostics(uri, before);
  }

  /** Sends edits as an incremental change (as editors do) and waits for the diagnostics of the new version. */
  async change(uri: string, edits: TextEdit[]): Promise<Diagnostic[]> {
    const before = this.publishes(uri).length;
    this.changeWithoutWaiting(uri, edits);
    return this.diagnostics(uri, before);
  }

  changeWithoutWaiting(uri: string, edits: TextEdit[]): void {
    const document = this.documents.get(uri)!;
    const changes: TextDocumentContentChangeEvent[] = edits.map((e) => ({ range: e.range, text: e.newText }));
    const next = TextDocument.update(document, changes, document.version + 1);
    this.documents.set(uri, next);
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: next.version }, contentChanges: changes });
  }

  /** Applies a workspace edit from the server to the open document, as an editor would. */
  async apply(edit: WorkspaceEdit): Promise<Diagnostic[]> {
    const [[uri, edits]] = Object.entries(edit.changes ?? {}) as [[string, TextEdit[]]];
    // An editor applies a workspace edit's text edits all at once, against the same version.
    const document = this.documents.get(uri)!;
    const whole = TextDocument.applyEdits(document, edits);
    const end = document.positionAt(document.getText().length);
    return this.change(uri, [{ range: { start: { line: 0, character: 0 }, end }, newText: whole }]);
  }

  text(uri: string): string {
    return this.documents.get(uri)!.getText();
  }

  close(uri: string): void {
    this.documents.delete(uri);
    void this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  configChanged(uri: string): void {
    void this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: 2 }] });
  }

  /** shutdown, then exit; resolves with the server's exit code. */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}
