using MineralPlan.LanguageServer.Features;
using MineralPlan.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MineralPlan.LanguageServer.Handlers;

/// <summary>textDocument/foldingRange: every block folds from its first line to its closing brace.</summary>
internal sealed class FoldingRangeHandler(PlanLanguageServer server) : IDeclaresCapability
{
    public ServerCapabilities Declare(ServerCapabilities capabilities) => capabilities with { FoldingRangeProvider = true };

    [JsonRpcMethod("textDocument/foldingRange")]
    public FoldingRange[] Folding(DocumentSymbolParams p) =>
        server.Guard(() => Outline.Folding(server.Context(p?.TextDocument?.Uri, check: false)));
}
