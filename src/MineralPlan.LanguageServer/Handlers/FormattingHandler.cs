using MineralPlan.LanguageServer.Features;
using MineralPlan.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MineralPlan.LanguageServer.Handlers;

/// <summary>textDocument/formatting: mplan fmt as one edit.</summary>
internal sealed class FormattingHandler(PlanLanguageServer server) : IDeclaresCapability
{
    public ServerCapabilities Declare(ServerCapabilities capabilities) => capabilities with { DocumentFormattingProvider = true };

    [JsonRpcMethod("textDocument/formatting")]
    public TextEdit[] Formatting(DocumentFormattingParams p) =>
        server.Guard(() => Features.Formatting.Format(server.Context(p?.TextDocument?.Uri, check: false)));
}
