using MineralPlan.LanguageServer.Features;
using MineralPlan.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MineralPlan.LanguageServer.Handlers;

/// <summary>textDocument/completion: what fits where the cursor is (<see cref="Features.Completion"/>), offered after the characters that open a value.</summary>
internal sealed class CompletionHandler(PlanLanguageServer server) : IDeclaresCapability
{
    public ServerCapabilities Declare(ServerCapabilities capabilities) => capabilities with { CompletionProvider = new CompletionOptions([":", "：", ".", "{", "，"], ResolveProvider: false) };

    [JsonRpcMethod("textDocument/completion")]
    public CompletionList Completion(TextDocumentPositionParams p) =>
        server.Guard(() =>
        {
            var document = server.Context(p?.TextDocument?.Uri);
            var position = server.Require(p?.Position);
            var plans = document.Snapshot.PlanFolders().Select(Path.GetFileName).OfType<string>()
                .Concat(document.Workspace.Options.Plugins.SelectMany(x => x.Plans).Select(x => x.Name)).Distinct().ToList();
            return Features.Completion.Complete(document, position, plans, document.Workspace.Rules.Select(r => r.Descriptor.Code).Distinct());
        });
}
