import * as fs from 'fs';
import * as path from 'path';

/**
 * How to start `mplan`: the configured command, else the repository's ./mplan in a workspace folder, else mplan on PATH.
 * In a window the user has not trusted, the folder's own ./mplan is code from the folder and is never run: mplan on PATH
 * (VS Code already ignores a folder's own mplan.server.path there, a restricted configuration).
 */
export function mplanCommand(configured: string | undefined, folders: readonly string[], exists: (p: string) => boolean = fs.existsSync, trusted = true): string {
  if (configured && configured.trim().length > 0) {
    return configured.trim();
  }
  if (!trusted) {
    return 'mplan';
  }
  for (const folder of folders) {
    const repo = path.join(folder, 'mplan');
    if (exists(repo)) {
      return repo;
    }
  }
  return 'mplan';
}

/** The Content-Security-Policy a preview webview runs under: no scripts from the plan, styles and images inline or local only. */
export function previewCsp(cspSource: string): string {
  return `default-src 'none'; style-src 'unsafe-inline' ${cspSource}; img-src ${cspSource} data:; font-src ${cspSource} data:;`;
}

/** The rendered plan HTML with the webview's CSP added to its head. */
export function withCsp(html: string, cspSource: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${previewCsp(cspSource)}">`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}\n${meta}`) : `${meta}\n${html}`;
}
