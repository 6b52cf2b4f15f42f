using MineralPlan.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MineralPlan.LanguageServer.Handlers;

/// <summary>workspace/didChangeWatchedFiles: files changed on disk; every workspace reads them again, open documents keep the editor's text.</summary>
internal sealed class WatchedFilesHandler(PlanLanguageServer server)
{
    [JsonRpcMethod("workspace/didChangeWatchedFiles")]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams p)
    {
        if (!server.IsInitialized)
        {
            return;
        }

        foreach (var workspace in server.Documents.All)
        {
            workspace.Refresh();
            foreach (var folder in server.Documents.OpenPaths.Select(workspace.PlanFolderOf).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                server.Scheduler.Schedule(workspace, folder);
            }
        }
    }
}
