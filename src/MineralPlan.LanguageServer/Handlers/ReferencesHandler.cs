using MineralPlan.LanguageServer.Features;
using MineralPlan.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MineralPlan.LanguageServer.Handlers;

/// <summary>textDocument/references: every use of an item, in its plan and in the plans below.</summary>
internal sealed class ReferencesHandler(PlanLanguageServer server) : IDeclaresCapability
{
    public ServerCapabilities Declare(ServerCapabilities capabilities) => capabilities with { ReferencesProvider = true };

    [JsonRpcMethod("textDocument/references")]
    public Location[] References(ReferenceParams p) =>
        server.Guard(() => Navigation.References(server.Context(p?.TextDocument?.Uri), server.Require(p?.Position), p?.Context?.IncludeDeclaration ?? true));
}
