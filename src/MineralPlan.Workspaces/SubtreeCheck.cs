using MineralPlan.Semantics;
using MineralPlan.Semantics.Schema;
using MineralPlan.Syntax;
using MineralPlan.Syntax.Tree;

namespace MineralPlan.Workspaces;

/// <summary>
/// Every plan of a workspace folder checked as one plan is checked (against its parents and the children present),
/// every plan compiled once and the work spread over all cores, for every host (<c>mplan check plans/</c>, the
/// benchmarks). A plan needs only its ancestors and its children, so the workspace is checked one subtree (a top plan
/// and everything below it) at a time and each subtree's compilations are released before the next: memory follows
/// the largest province, not the country. Findings are the same as checking the whole workspace at once.
/// </summary>
public static class SubtreeCheck
{
    /// <summary>
    /// Checks every plan folder of <paramref name="root"/> and keeps, in folder order, what <paramref name="keep"/> makes
    /// of each (a host's report): the checked plan itself goes with its subtree.
    /// </summary>
    /// <param name="bySubtree">false: the whole workspace in one piece (the yardstick the subtree run is tested against).</param>
    public static IReadOnlyList<T> Run<T>(string root, WorkspaceOptions options, Func<string, CheckedPlan, T> keep, bool bySubtree = true)
    {
        var folders = new Workspace(root, options).Current.Plans().PlanFolders();
        var peeked = Parents(root, folders);
        var groups = bySubtree ? Group(folders, peeked) : [[.. folders]];

        var kept = new Dictionary<string, (T Value, string? Parent)>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            // One workspace per subtree: its cache, and so the subtree's compilations, go when the subtree is done.
            var snapshot = new Workspace(root, options).Current;
            var plans = snapshot.Plans(groups.Count == 1 ? null : group.ToHashSet(StringComparer.Ordinal));
            foreach (var (name, value) in group.AsParallel().AsOrdered()
                .Select(name => (Name: name, Checked: snapshot.Check(Path.Combine(root, name), plans: plans)))
                .SelectMany(c => c.Checked is { } result
                    ? [(c.Name, (keep(c.Name, result), result.Compilation.Plan?.Header.Parent?.Text))]
                    : Array.Empty<(string, (T, string?))>())
                .ToList())
            {
                kept[name] = value;
            }
        }

        // A plan whose parent the look at the headers misread (two headers, an unreadable file) may have been checked
        // without a child in another subtree: then check the workspace in one piece, so findings never depend on the grouping.
        if (groups.Count > 1 && kept.Any(k => k.Value.Parent != peeked[k.Key]))
        {
            return Run(root, options, keep, bySubtree: false);
        }

        return [.. folders.Where(kept.ContainsKey).Select(f => kept[f].Value)];
    }

    /// <summary>The subtrees a check of <paramref name="root"/> works through, as the look at the headers finds them.</summary>
    public static List<List<string>> Subtrees(string root)
    {
        var folders = new Workspace(root, new WorkspaceOptions { DisplayRoot = root }).Current.Plans().PlanFolders();
        return Group(folders, Parents(root, folders));
    }

    private static Dictionary<string, string?> Parents(string root, IReadOnlyList<string> folders)
    {
        var realRoot = Syntax.Files.PathConfinement.RealPath(root) ?? root;
        return folders.AsParallel().Select(f => (Folder: f, Parent: HeaderParent(Path.Combine(root, f), realRoot)))
            .ToDictionary(p => p.Folder, p => p.Parent, StringComparer.Ordinal);
    }

    /// <summary>The workspace's subtrees: each top plan with every plan below it, in the order their first folder appears.</summary>
    private static List<List<string>> Group(IReadOnlyList<string> folders, Dictionary<string, string?> parents)
    {
        string Top(string name)
        {
            var current = name;
            for (var depth = 0; depth < PlanLookup.MaxDepth && parents.GetValueOrDefault(current) is { } parent && parents.ContainsKey(parent) && parent != name; depth++)
            {
                current = parent;
            }

            return current;
        }

        return [.. folders.GroupBy(Top, StringComparer.Ordinal).Select(g => g.ToList())];
    }

    /// <summary>
    /// The parent the plan's header names (<c>上级规划: x</c>), read by the parser from the files in name order up to the
    /// first that holds the 规划 block. Only the text up to the header's closing brace is parsed (a plan of one large
    /// file is not parsed twice); the files are read as a check reads them (size limits, confinement to the workspace).
    /// </summary>
    private static string? HeaderParent(string folder, string realRoot)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*" + PlanLoader.Extension).Order(StringComparer.Ordinal))
        {
            var (text, _) = SourceReader.ReadFile(file, file, realRoot);
            if (text is null)
            {
                continue;
            }

            if (HeaderEnd(text) is not { } end)
            {
                continue;
            }

            var header = PlanParser.Parse(text[..end], file).Document.Members.OfType<BlockSyntax>()
                .FirstOrDefault(b => Words.Blocks.Canonical(b.Keyword.Text) == "plan");
            if (header is not null)
            {
                return header.Members.OfType<PropertySyntax>().FirstOrDefault(p => Words.Properties.Canonical(p.Key.Text) == "parent")?.Value switch
                {
                    ReferenceSyntax reference => reference.Text,
                    _ => null,
                };
            }
        }

        return null;
    }

    /// <summary>
    /// Where the 规划 block ends (the offset after its closing brace), found by the language's lexer: a block keyword at
    /// the start of a top-level statement; null when the text has no such block.
    /// </summary>
    private static int? HeaderEnd(string text)
    {
        var depth = 0;
        var statementStart = true;
        var inHeader = false;
        foreach (var token in Syntax.Parsing.LexicalTokens.Enumerate(text))
        {
            switch (token.Kind)
            {
                case Syntax.Parsing.LexicalKind.Comment:
                    continue;
                case Syntax.Parsing.LexicalKind.OpenBrace:
                    depth++;
                    break;
                case Syntax.Parsing.LexicalKind.CloseBrace:
                    depth = Math.Max(0, depth - 1);
                    if (depth == 0 && inHeader)
                    {
                        return token.End;
                    }

                    statementStart = depth == 0;
                    continue;
                case Syntax.Parsing.LexicalKind.Other when depth == 0 && statementStart:
                    inHeader = Words.Blocks.Canonical(text[token.Start..token.End]) == "plan";
                    break;
            }

            statementStart = false;
        }

        return null;
    }
}
