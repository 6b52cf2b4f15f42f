import * as vscode from 'vscode';
import * as path from 'path';
import * as fs from 'fs';
import { execFile } from 'child_process';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { mplanCommand, withCsp } from './server';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel;

function folders(): string[] {
  return (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
}

function mplan(): string {
  return mplanCommand(vscode.workspace.getConfiguration('mplan').get<string>('server.path'), folders(), undefined, vscode.workspace.isTrusted);
}

function startClient(context: vscode.ExtensionContext): LanguageClient {
  const config = vscode.workspace.getConfiguration('mplan');
  // Restricted mode (the window is not trusted): no plugin folder, and the server is told, so it runs no script either.
  const plugins = vscode.workspace.isTrusted ? config.get<string>('plugins') : undefined;
  const args = ['lsp', '--lang', config.get<string>('language') ?? 'zh', ...(plugins ? ['--plugins', plugins] : [])];
  // The server is the repository's own CLI: the editor shows exactly what `mplan check` shows.
  const serverOptions: ServerOptions = { command: mplan(), args, transport: TransportKind.stdio, options: { cwd: folders()[0] } };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'mplan' }],
    synchronize: {
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.mplan'),
        vscode.workspace.createFileSystemWatcher('**/mplan.json'),
        vscode.workspace.createFileSystemWatcher('**/*.rule.csx'),
        vscode.workspace.createFileSystemWatcher('**/*.{geojson,shp,gpkg}'),
      ],
    },
    initializationOptions: {
      debounceMilliseconds: config.get<number>('debounceMilliseconds') ?? 200,
      language: config.get<string>('language'),
      workspaceTrusted: vscode.workspace.isTrusted,
    },
    outputChannel: output,
  };
  // LanguageClient restarts a server that dies (up to 4 times in 3 minutes), then says so.
  const created = new LanguageClient('mplan', 'MineralPlan', serverOptions, clientOptions);
  context.subscriptions.push(created);
  void created.start();
  return created;
}

function run(args: string[], cwd: string | undefined): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(mplan(), args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error && typeof (error as NodeJS.ErrnoException & { code?: unknown }).code === 'number' ? (error as unknown as { code: number }).code : error ? 2 : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

function planFolderOf(document: vscode.TextDocument | undefined): string | undefined {
  return document && document.languageId === 'mplan' ? path.dirname(document.uri.fsPath) : undefined;
}

async function checkWorkspace(): Promise<void> {
  const folder = folders()[0];
  if (!folder) {
    void vscode.window.showWarningMessage('Open a folder of plans first (打开规划文件夹).');
    return;
  }
  const target = fs.existsSync(path.join(folder, 'plans')) ? 'plans' : '.';
  output.show(true);
  output.appendLine(`$ mplan check ${target}`);
  const result = await run(['check', target], folder);
  output.appendLine(result.stdout + result.stderr);
}

async function render(format: 'docx' | 'html'): Promise<void> {
  const plan = planFolderOf(vscode.window.activeTextEditor?.document);
  if (!plan) {
    void vscode.window.showWarningMessage('Open a .mplan file of the plan to render (请打开要生成的规划文件).');
    return;
  }
  const out = path.join(plan, '..', '..', 'out', path.basename(plan));
  const result = await run(['render', plan, '--format', format, '-o', out], folders()[0]);
  if (result.code === 0) {
    const choice = await vscode.window.showInformationMessage(`Rendered to ${out}`, 'Open folder');
    if (choice) {
      void vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(out));
    }
  } else {
    output.appendLine(result.stdout + result.stderr);
    void vscode.window.showErrorMessage('mplan render failed: see the MineralPlan output (生成失败，详见输出).');
  }
}

class Preview {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;

  constructor(private readonly context: vscode.ExtensionContext) {
    context.subscriptions.push(vscode.workspace.onDidSaveTextDocument((d) => {
      if (this.panel && d.languageId === 'mplan' && path.dirname(d.uri.fsPath) === path.dirname(this.document?.uri.fsPath ?? '')) {
        void this.refresh();
      }
    }));
  }

  async open(document: vscode.TextDocument | undefined): Promise<void> {
    if (!document || document.languageId !== 'mplan') {
      void vscode.window.showWarningMessage('Open a .mplan file to preview (请打开 .mplan 文件).');
      return;
    }
    this.document = document;
    if (!this.panel) {
      // No scripts run in the preview, and it may read nothing but the extension's own media folder.
      this.panel = vscode.window.createWebviewPanel('mplanPreview', 'Plan preview', vscode.ViewColumn.Beside, {
        enableScripts: false,
        localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'media')],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
    }
    await this.refresh();
  }

  private async refresh(): Promise<void> {
    if (!this.panel || !this.document || !client) {
      return;
    }
    try {
      const result = await client.sendRequest<{ html: string; plan: string }>('mplan/preview', { textDocument: { uri: this.document.uri.toString() } });
      this.panel.title = `预览 ${result.plan}`;
      this.panel.webview.html = withCsp(result.html, this.panel.webview.cspSource);
    } catch (e) {
      this.panel.webview.html = `<p>${String((e as Error).message).replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</p>`;
    }
  }
}

async function diffLastCommit(context: vscode.ExtensionContext): Promise<void> {
  const plan = planFolderOf(vscode.window.activeTextEditor?.document);
  const root = folders()[0];
  if (!plan || !root) {
    void vscode.window.showWarningMessage('Open a .mplan file of a plan in a git repository (请打开规划文件).');
    return;
  }
  const relative = path.relative(root, plan).split(path.sep).join('/');
  const result = await run(['diff', `HEAD:${relative}`, relative], root);
  if (result.code !== 0 && result.stdout.length === 0) {
    output.appendLine(result.stderr);
    void vscode.window.showErrorMessage('mplan diff failed: see the MineralPlan output (对照失败，详见输出).');
    return;
  }
  const html = await vscode.commands.executeCommand<string>('markdown.api.render', result.stdout);
  const panel = vscode.window.createWebviewPanel('mplanDiff', `修改对照表 ${path.basename(plan)}`, vscode.ViewColumn.Beside, { enableScripts: false, localResourceRoots: [] });
  panel.webview.html = withCsp(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`, panel.webview.cspSource);
  context.subscriptions.push(panel);
}

export function activate(context: vscode.ExtensionContext): void {
  output = vscode.window.createOutputChannel('MineralPlan', { log: true });
  client = startClient(context);
  const preview = new Preview(context);
  context.subscriptions.push(
    vscode.commands.registerCommand('mplan.checkWorkspace', checkWorkspace),
    vscode.commands.registerCommand('mplan.renderWord', () => render('docx')),
    vscode.commands.registerCommand('mplan.renderHtml', () => render('html')),
    vscode.commands.registerCommand('mplan.preview', () => preview.open(vscode.window.activeTextEditor?.document)),
    vscode.commands.registerCommand('mplan.diffLastCommit', () => diffLastCommit(context)),
    vscode.commands.registerCommand('mplan.restartServer', async () => {
      await client?.stop();
      client = startClient(context);
    }),
    // Trust granted: start again with the plugins, scripts and server the user's settings name.
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      await client?.stop();
      client = startClient(context);
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('mplan')) {
        await client?.stop();
        client = startClient(context);
      }
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
