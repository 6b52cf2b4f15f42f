using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.LanguageServer.Protocol;
using MineralPlan.Semantics.Model;
using MineralPlan.Syntax;
using MineralPlan.Workspaces;

namespace MineralPlan.LanguageServer;

/// <summary>
/// What a request about one document works with: its current text (parsed on its own, never the whole plan), the
/// snapshot of the request's turn, and the plan's last check (for the model, relatives and findings).
/// </summary>
internal sealed class DocumentContext
{
    private ParseResult? _parse;
    private List<Occurrence>? _occurrences;

    public DocumentContext(string path, string text, Workspace workspace, Snapshot snapshot, CheckedPlan? checkedPlan, Language language, OpenWorkspaces documents)
    {
        Path = path;
        Text = text;
        Lines = new LineMap(text);
        Workspace = workspace;
        Snapshot = snapshot;
        Checked = checkedPlan;
        Language = language;
        Documents = documents;
    }

    public string Path { get; }

    public string Text { get; }

    public LineMap Lines { get; }

    public Workspace Workspace { get; }

    public Snapshot Snapshot { get; }

    public CheckedPlan? Checked { get; }

    public Language Language { get; }

    public OpenWorkspaces Documents { get; }

    public Plan? Plan => Checked?.Compilation.Plan;

    public IReadOnlyList<Plan> Ancestors => Checked?.Ancestors ?? [];

    public string DisplayPath => Semantics.PlanLoader.DisplayPath(Path, Workspace.Options.DisplayRoot);

    public ParseResult Parse => _parse ??= PlanParser.Parse(Text, DisplayPath);

    public List<Occurrence> Occurrences => _occurrences ??= Occurrence.In(Parse.Document);

    public string FullPathOf(string displayPath) => System.IO.Path.GetFullPath(System.IO.Path.Combine(Workspace.Options.DisplayRoot, displayPath));

    public Location LocationOf(SourceSpan span) => new(Documents.UriOf(FullPathOf(span.File)).Uri, LineMap.ToRange(span));

    public Occurrence? OccurrenceAt(int offset) => Occurrences.LastOrDefault(o => o.PartAt(offset) >= 0);
}
