using MineralPlan.LanguageServer.Protocol;
using MineralPlan.Semantics.Schema;
using MineralPlan.Workspaces;

namespace MineralPlan.LanguageServer.Features;

/// <summary>workspace/symbol: the items with an id or a name matching the query, in every plan of the open workspaces.</summary>
internal static class Symbols
{
    public static SymbolInformation[] Find(IReadOnlyList<Workspace> workspaces, string query, OpenWorkspaces documents)
    {
        var result = new List<SymbolInformation>();
        foreach (var workspace in workspaces)
        {
            var snapshot = workspace.Current;
            foreach (var folder in snapshot.PlanFolders())
            {
                if (snapshot.Compile(folder)?.Plan is not { } plan)
                {
                    continue;
                }

                foreach (var item in plan.Items.Where(i => Matches(i.Id, query) || Matches(i.Name, query)).Take(500 - result.Count))
                {
                    var file = Path.GetFullPath(Path.Combine(workspace.Options.DisplayRoot, item.Span.File));
                    result.Add(new SymbolInformation(item.Id is null ? item.DisplayName : $"{item.Id} {item.Name}".Trim(), 13,
                        new Location(documents.UriOf(file).Uri, LineMap.ToRange(item.Span)), $"{plan.Header.Id} {Words.Blocks.Find(item.Kind)?.Chinese}"));
                }

                if (result.Count >= 500)
                {
                    return [.. result];
                }
            }
        }

        return [.. result];
    }

    private static bool Matches(string? text, string query) => text is not null && (query.Length == 0 || text.Contains(query, StringComparison.OrdinalIgnoreCase));
}
