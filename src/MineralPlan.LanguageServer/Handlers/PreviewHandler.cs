using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.LanguageServer.Protocol;
using MineralPlan.Workspaces;
using StreamJsonRpc;

namespace MineralPlan.LanguageServer.Handlers;

/// <summary>
/// mplan/preview: the plan as HTML, through render's html format. Rendering a large plan takes seconds, so it runs off
/// the request loop (other requests are answered meanwhile), stops when the client cancels it ($/cancelRequest) or after
/// <see cref="ServerOptions.PreviewTimeout"/>, and a plan over <see cref="ServerOptions.PreviewMaxCharacters"/> is refused
/// with a pointer to mplan render. A method of this server's own, so no capability is declared.
/// </summary>
internal sealed class PreviewHandler(PlanLanguageServer server)
{
    [JsonRpcMethod("mplan/preview")]
    public async Task<PreviewResult> Preview(PreviewParams p, CancellationToken cancellation)
    {
        // On the loop: only what orders the request among the edits (which snapshot, which document).
        var (path, workspace, snapshot) = server.Guard(() =>
        {
            var path = server.ServedPath(p?.TextDocument?.Uri);
            var workspace = server.Documents.For(path);
            return (path, workspace, workspace.Current);
        });
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        budget.CancelAfter(server.Options.PreviewTimeout);
        try
        {
            return await Task.Run(() => server.Guard(() => Render(path, workspace, snapshot, budget.Token)), budget.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            var seconds = server.Options.PreviewTimeout.TotalSeconds;
            throw new LocalRpcException(server.Language == Language.En
                ? $"the preview took longer than {seconds:0} s and was stopped; render the document with mplan render --format html"
                : $"预览超过 {seconds:0} 秒，已停止；请用 mplan render --format html 生成文档")
            { ErrorCode = ErrorCodes.RequestFailed };
        }
    }

    private PreviewResult Render(string path, Workspace workspace, Snapshot snapshot, CancellationToken cancellation)
    {
        var folder = workspace.PlanFolderOf(path) ?? Path.GetDirectoryName(path) ?? path;
        var checkedPlan = snapshot.Check(folder, cancellation);
        if (checkedPlan?.Compilation.Plan is not { } plan)
        {
            throw new ArgumentException(server.Language == Language.En ? "the plan has no 规划 header yet: nothing to preview" : "该规划还没有“规划”头部，无法预览");
        }

        var characters = checkedPlan.Compilation.Files.Sum(f => (long)f.Source.Text.Length);
        if (characters > server.Options.PreviewMaxCharacters)
        {
            var mb = characters >> 20;
            throw new ArgumentException(server.Language == Language.En
                ? $"the plan holds {mb} M characters, more than the preview shows ({server.Options.PreviewMaxCharacters >> 20} M); render the document with mplan render --format html"
                : $"该规划含 {mb} M 个字符，超过预览上限（{server.Options.PreviewMaxCharacters >> 20} M）；请用 mplan render --format html 生成文档");
        }

        cancellation.ThrowIfCancellationRequested();
        var maps = new Rendering.Maps.FigureMaps(plan, folder, checkedPlan.FindSource);
        // The preview is the html format of render, through the same registry.
        var html = Rendering.Formats.DocumentFormats.Html.Text(plan, new Rendering.Formats.RenderRequest(Figures: maps, Cancellation: cancellation));
        // Cancelled while the last part rendered: the editor no longer wants this answer.
        cancellation.ThrowIfCancellationRequested();
        return new PreviewResult(html, plan.Header.Id);
    }
}
