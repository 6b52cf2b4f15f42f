using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.LanguageServer.Features;
using MineralPlan.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MineralPlan.LanguageServer.Handlers;

/// <summary>textDocument/prepareRename and rename: an item's id, its declaration and every use (in the plans below too), edited together.</summary>
internal sealed class RenameHandler(PlanLanguageServer server) : IDeclaresCapability
{
    public ServerCapabilities Declare(ServerCapabilities capabilities) => capabilities with { RenameProvider = new RenameOptions(PrepareProvider: true) };

    [JsonRpcMethod("textDocument/prepareRename")]
    public PrepareRenameResult? PrepareRename(TextDocumentPositionParams p) =>
        server.Guard(() => Navigation.PrepareRename(server.Context(p?.TextDocument?.Uri), server.Require(p?.Position)));

    [JsonRpcMethod("textDocument/rename")]
    public WorkspaceEdit? Rename(RenameParams p) => server.Guard(() =>
        Navigation.Rename(server.CurrentContext(p?.TextDocument?.Uri), server.Require(p?.Position), server.Require(p?.NewName, "newName"))
        ?? throw new ArgumentException(server.Language == Language.En ? "nothing to rename here: put the cursor on an item's id" : "此处没有可重命名的标识：请将光标放在条目的标识上"));
}
