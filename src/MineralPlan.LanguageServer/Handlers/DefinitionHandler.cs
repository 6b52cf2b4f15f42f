using MineralPlan.LanguageServer.Features;
using MineralPlan.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MineralPlan.LanguageServer.Handlers;

/// <summary>textDocument/definition: an id to its declaration, in the plan or up in the plans above.</summary>
internal sealed class DefinitionHandler(PlanLanguageServer server) : IDeclaresCapability
{
    public ServerCapabilities Declare(ServerCapabilities capabilities) => capabilities with { DefinitionProvider = true };

    [JsonRpcMethod("textDocument/definition")]
    public Location[] Definition(TextDocumentPositionParams p) =>
        server.Guard(() => Navigation.Definition(server.Context(p?.TextDocument?.Uri), server.Require(p?.Position)));
}
