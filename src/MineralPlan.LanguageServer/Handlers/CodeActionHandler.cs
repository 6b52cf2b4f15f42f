using MineralPlan.LanguageServer.Features;
using MineralPlan.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MineralPlan.LanguageServer.Handlers;

/// <summary>textDocument/codeAction: a finding's fixes and its acceptance (例外), on the current text's check.</summary>
internal sealed class CodeActionHandler(PlanLanguageServer server) : IDeclaresCapability
{
    public ServerCapabilities Declare(ServerCapabilities capabilities) => capabilities with { CodeActionProvider = new CodeActionOptions(["quickfix"]) };

    [JsonRpcMethod("textDocument/codeAction")]
    public CodeAction[] CodeActions(CodeActionParams p) =>
        server.Guard(() => Features.CodeActions.For(server.CurrentContext(p?.TextDocument?.Uri), server.Require(p?.Range, "range")));
}
