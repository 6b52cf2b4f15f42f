using MineralPlan.LanguageServer.Features;
using MineralPlan.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MineralPlan.LanguageServer.Handlers;

/// <summary>textDocument/documentSymbol: the file's outline, sections nested in chapters.</summary>
internal sealed class DocumentSymbolHandler(PlanLanguageServer server) : IDeclaresCapability
{
    public ServerCapabilities Declare(ServerCapabilities capabilities) => capabilities with { DocumentSymbolProvider = true };

    [JsonRpcMethod("textDocument/documentSymbol")]
    public DocumentSymbol[] DocumentSymbols(DocumentSymbolParams p) =>
        server.Guard(() => Outline.Symbols(server.Context(p?.TextDocument?.Uri, check: false)));
}
