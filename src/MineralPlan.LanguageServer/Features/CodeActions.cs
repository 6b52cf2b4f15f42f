using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.LanguageServer.Protocol;

namespace MineralPlan.LanguageServer.Features;

/// <summary>
/// codeAction: the fixes the rules attached to the findings in the range (the same <see cref="CodeFix"/> data
/// <c>mplan fix</c> applies), and for each finding an acceptance (例外) block to write its reason in.
/// </summary>
internal static class CodeActions
{
    public static CodeAction[] For(DocumentContext document, Protocol.Range range)
    {
        if (document.Checked is not { } result)
        {
            return [];
        }

        var (start, end) = (document.Lines.Offset(range.Start), document.Lines.Offset(range.End));
        var here = result.Diagnostics.Where(d => document.FullPathOf(d.Span.File) == document.Path
            && d.Span.Offset <= end && d.Span.Offset + d.Span.Length >= start && d.AcceptedReason is null).ToList();
        var actions = new List<CodeAction>();
        foreach (var d in here)
        {
            var shown = DiagnosticConverter.Convert(d, Path.GetFileName(Path.GetDirectoryName(document.Path) ?? string.Empty), document.Workspace.Options.DisplayRoot, document.Documents, document.Language);
            foreach (var fix in d.Fixes)
            {
                actions.Add(new CodeAction
                {
                    Title = fix.Title(document.Language),
                    Diagnostics = [shown],
                    IsPreferred = fix.IsPreferred ? true : null,
                    Edit = Edit(document, fix.Edits),
                });
            }

            actions.Add(Accept(document, d, shown));
        }

        return [.. actions];
    }

    private static WorkspaceEdit Edit(DocumentContext document, IEnumerable<FixEdit> edits)
    {
        var changes = new Dictionary<string, TextEdit[]>(StringComparer.Ordinal);
        foreach (var group in edits.GroupBy(e => e.Span.File))
        {
            changes[document.LocationOf(group.First().Span).Uri] = [.. group.Select(e => new TextEdit(LineMap.ToRange(e.Span), e.NewText))];
        }

        return new WorkspaceEdit(changes);
    }

    /// <summary>An acceptance of the finding at the end of the file, with the reason left for the reviewer to write.</summary>
    private static CodeAction Accept(DocumentContext document, Diagnostic d, LspDiagnostic shown)
    {
        var target = document.Plan?.Items.FirstOrDefault(i => i.Id is not null && i.Span.Contains(d.Span))?.Id;
        var id = (target ?? "plan") + "_" + d.Code.ToLowerInvariant();
        var chinese = Completion.WritesChinese(document.Text);
        var block = chinese
            ? $"\n例外 {id} {{\n    规则: {d.Code}\n" + (target is null ? string.Empty : $"    对象: {target}\n") + "    理由: \"\"\n}\n"
            : $"\naccept {id} {{\n    rule: {d.Code}\n" + (target is null ? string.Empty : $"    target: {target}\n") + "    reason: \"\"\n}\n";
        var endOfFile = document.Lines.PositionOf(document.Text.Length);
        var prefix = document.Text.EndsWith('\n') || document.Text.Length == 0 ? string.Empty : "\n";
        return new CodeAction
        {
            Title = document.Language == Language.En ? $"Accept {d.Code} here (write the reviewers' reason)" : $"接受此处的 {d.Code}（填写审查理由）",
            Diagnostics = [shown],
            Edit = new WorkspaceEdit(new Dictionary<string, TextEdit[]>(StringComparer.Ordinal)
            {
                [document.Documents.UriOf(document.Path).Uri] = [new TextEdit(new Protocol.Range(endOfFile, endOfFile), prefix + block)],
            }),
        };
    }
}
