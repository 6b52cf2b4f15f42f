using System.Text.Json;
using MineralPlan.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MineralPlan.LanguageServer.Handlers;

/// <summary>
/// didOpen, didChange, didSave, didClose: the editor's text, full sync, applied in arrival order. Each text makes a new
/// snapshot at once and schedules its plan's check; a closed file is the disk's copy again.
/// </summary>
internal sealed class TextSyncHandler(PlanLanguageServer server)
{
    [JsonRpcMethod("textDocument/didOpen")]
    public void DidOpen(DidOpenTextDocumentParams p) => Apply(p?.TextDocument?.Uri, p?.TextDocument?.Text, p?.TextDocument?.Version ?? 0, opened: true);

    [JsonRpcMethod("textDocument/didChange")]
    public void DidChange(DidChangeTextDocumentParams p)
    {
        // Full sync: the last change holds the whole text.
        if (p?.ContentChanges?.LastOrDefault() is { } change)
        {
            Apply(p.TextDocument?.Uri, change.Text, p.TextDocument?.Version ?? 0, opened: true);
        }
    }

    [JsonRpcMethod("textDocument/didSave")]
    public void DidSave(JsonElement p)
    {
    }

    [JsonRpcMethod("textDocument/didClose")]
    public void DidClose(DidCloseTextDocumentParams p)
    {
        try
        {
            if (!server.IsInitialized)
            {
                return;
            }

            var path = DocumentUri.ToPath(server.Require(p?.TextDocument?.Uri, "textDocument.uri"));
            if (!server.Documents.IsOpen(path))
            {
                return;
            }

            server.Documents.Closed(path);
            var workspace = server.Documents.For(path);
            workspace.Update(path, text: null, version: 0);
            if (workspace.PlanFolderOf(path) is { } folder)
            {
                // The disk copy is the plan again; when none of its files is open its findings are withdrawn.
                if (server.Documents.OpenPaths.Any(o => workspace.PlanFolderOf(o) == folder))
                {
                    server.Scheduler.Schedule(workspace, folder);
                }
                else
                {
                    _ = server.Scheduler.ClearAsync(folder);
                }
            }
        }
        catch (Exception e)
        {
            server.Log("didClose: " + e.Message);
        }
    }

    private void Apply(string? uri, string? text, int version, bool opened)
    {
        try
        {
            // Notifications before initialize are dropped, as the specification says; a document outside the opened folders is not taken.
            if (!server.IsInitialized || server.IsShutDown || text is null)
            {
                return;
            }

            var documentUri = server.Require(uri, "textDocument.uri");
            var path = DocumentUri.ToPath(documentUri);
            if (!server.Roots.Serves(path, isOpen: opened))
            {
                server.Log($"text sync of {uri}: outside the opened folders, ignored");
                return;
            }

            if (opened)
            {
                server.Documents.Opened(path, documentUri, version);
            }

            var workspace = server.Documents.For(path);
            workspace.Update(path, text, version);
            if (workspace.PlanFolderOf(path) is { } folder)
            {
                server.Scheduler.Schedule(workspace, folder);
                server.ShowFirstCheck();
            }
        }
        catch (Exception e)
        {
            // A notification has no answer: a bad URI or a failure is logged, and the server goes on.
            server.Log($"text sync of {uri}: {e.Message}");
        }
    }
}
