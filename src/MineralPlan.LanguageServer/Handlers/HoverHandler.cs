using MineralPlan.LanguageServer.Features;
using MineralPlan.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MineralPlan.LanguageServer.Handlers;

/// <summary>textDocument/hover: the finding, item, mineral or keyword under the cursor (<see cref="HoverInfo"/>).</summary>
internal sealed class HoverHandler(PlanLanguageServer server) : IDeclaresCapability
{
    public ServerCapabilities Declare(ServerCapabilities capabilities) => capabilities with { HoverProvider = true };

    [JsonRpcMethod("textDocument/hover")]
    public Hover? Hover(TextDocumentPositionParams p) =>
        server.Guard(() =>
        {
            var document = server.Context(p?.TextDocument?.Uri);
            return HoverInfo.At(document, server.Require(p?.Position), document.Workspace.Rules);
        });
}
