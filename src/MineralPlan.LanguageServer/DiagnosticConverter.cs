using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.LanguageServer.Protocol;
using MineralPlan.Workspaces;

namespace MineralPlan.LanguageServer;

/// <summary>A plan's findings as LSP diagnostics, grouped by the file they point into.</summary>
internal static class DiagnosticConverter
{
    public static Dictionary<string, List<LspDiagnostic>> ByFile(CheckedPlan result, string folder, Workspace workspace, OpenWorkspaces documents, Language language)
    {
        var root = workspace.Options.DisplayRoot;
        // A finding about the folder (no files, a bad settings file) is shown on the plan's first file.
        var firstFile = result.Compilation.Files.Select(f => Path.GetFullPath(Path.Combine(root, f.Source.Path))).FirstOrDefault()
            ?? Directory.EnumerateFiles(folder, "*" + Semantics.PlanLoader.Extension).Order(StringComparer.Ordinal).FirstOrDefault();
        var byFile = new Dictionary<string, List<LspDiagnostic>>(StringComparer.Ordinal);
        foreach (var d in result.Diagnostics)
        {
            var file = Path.GetFullPath(Path.Combine(root, d.Span.File));
            if (!file.EndsWith(Semantics.PlanLoader.Extension, StringComparison.Ordinal))
            {
                if (firstFile is null)
                {
                    continue;
                }

                file = firstFile;
            }

            if (!byFile.TryGetValue(file, out var list))
            {
                byFile[file] = list = [];
            }

            list.Add(Convert(d, Path.GetFileName(folder), root, documents, language));
        }

        return byFile;
    }

    public static LspDiagnostic Convert(Diagnostic d, string plan, string root, OpenWorkspaces documents, Language language)
    {
        var message = d.Message(language);
        if (d.AcceptedReason is { } reason)
        {
            message += language == Language.En ? $" (accepted: {reason})" : $"（已接受：{reason}）";
        }

        return new LspDiagnostic
        {
            Range = LineMap.ToRange(d.Span),
            Severity = d.AcceptedReason is not null ? 4 : d.Severity switch
            {
                DiagnosticSeverity.Error => 1,
                DiagnosticSeverity.Warning => 2,
                _ => 3,
            },
            Code = d.Code,
            Message = message,
            RelatedInformation = d.Related.IsDefaultOrEmpty ? null :
                [.. d.Related.Select(r => new DiagnosticRelatedInformation(
                    new Location(documents.UriOf(Path.GetFullPath(Path.Combine(root, r.Span.File))).Uri, LineMap.ToRange(r.Span)),
                    r.Message(language)))],
            Data = d.Fixes.IsDefaultOrEmpty ? null : new DiagnosticData(plan, d.Fixes.Length),
        };
    }
}
