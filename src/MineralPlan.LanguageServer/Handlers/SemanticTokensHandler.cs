using MineralPlan.LanguageServer.Features;
using MineralPlan.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MineralPlan.LanguageServer.Handlers;

/// <summary>textDocument/semanticTokens/full: keywords, properties, ids, strings, numbers, units and comments as the lexer reads them.</summary>
internal sealed class SemanticTokensHandler(PlanLanguageServer server) : IDeclaresCapability
{
    public ServerCapabilities Declare(ServerCapabilities capabilities) => capabilities with { SemanticTokensProvider = new SemanticTokensOptions(new SemanticTokensLegend(SemanticTokenizer.Types, []), Full: true) };

    [JsonRpcMethod("textDocument/semanticTokens/full")]
    public SemanticTokens SemanticTokens(SemanticTokensParams p) =>
        server.Guard(() => SemanticTokenizer.Tokens(server.Context(p?.TextDocument?.Uri, check: false)));
}
