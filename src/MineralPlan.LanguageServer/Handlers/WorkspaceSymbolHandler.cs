using MineralPlan.LanguageServer.Features;
using MineralPlan.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MineralPlan.LanguageServer.Handlers;

/// <summary>workspace/symbol: items of every plan of the open workspaces, by id or name.</summary>
internal sealed class WorkspaceSymbolHandler(PlanLanguageServer server) : IDeclaresCapability
{
    public ServerCapabilities Declare(ServerCapabilities capabilities) => capabilities with { WorkspaceSymbolProvider = true };

    [JsonRpcMethod("workspace/symbol")]
    public SymbolInformation[] WorkspaceSymbols(WorkspaceSymbolParams p) =>
        server.Guard(() => Symbols.Find(server.Documents.All, p?.Query ?? string.Empty, server.Documents));
}
