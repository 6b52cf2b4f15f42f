using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.LanguageServer.Protocol;
using MineralPlan.Semantics.Model;
using MineralPlan.Syntax;
using MineralPlan.Workspaces;

namespace MineralPlan.LanguageServer.Features;

/// <summary>
/// definition, references and rename: the item a name resolves to (in the plan or the plans above), and every place
/// that names it in the plan's files and in the plans below that carry or cite it.
/// </summary>
internal static class Navigation
{
    /// <summary>The item under the cursor, or the parent plan named by <c>上级规划</c>.</summary>
    public static (Occurrence Occurrence, Resolved Target)? At(DocumentContext document, Position position)
    {
        if (document.Plan is not { } plan)
        {
            return null;
        }

        var offset = document.Lines.Offset(position);
        var occurrence = document.OccurrenceAt(offset);
        return occurrence is not null && Resolver.Resolve(occurrence, plan, document.Ancestors) is { } target ? (occurrence, target) : null;
    }

    public static Location[] Definition(DocumentContext document, Position position)
    {
        if (ParentAt(document, position) is { } parentHeader)
        {
            return [document.LocationOf(parentHeader)];
        }

        return At(document, position) is { } found ? [document.LocationOf(found.Target.Item.Span)] : [];
    }

    public static Location[] References(DocumentContext document, Position position, bool includeDeclaration) =>
        At(document, position) is { } found
            ? [.. Places(document, found.Target).Where(p => includeDeclaration || !p.IsDeclaration).Select(p => document.LocationOf(p.Span))]
            : [];

    /// <summary>The id under the cursor and its range, when it can be renamed (an item with an id of this workspace, not a plugin's).</summary>
    public static PrepareRenameResult? PrepareRename(DocumentContext document, Position position)
    {
        if (At(document, position) is not { } found || found.Target.Item.Id is not { } id)
        {
            return null;
        }

        var part = found.Occurrence.Parts[Math.Clamp(found.Occurrence.PartAt(document.Lines.Offset(position)), 0, found.Occurrence.Parts.Count - 1)];
        return part.Text == id && IsWorkspaceFile(document, found.Target.Item.Span) ? new PrepareRenameResult(document.Lines.RangeOf(part.Offset, part.End), id) : null;
    }

    public static WorkspaceEdit? Rename(DocumentContext document, Position position, string newName)
    {
        if (PrepareRename(document, position) is null || At(document, position) is not { } found)
        {
            return null;
        }

        if (!IsIdentifier(newName))
        {
            throw new StreamJsonRpc.LocalRpcException(document.Language == Language.En
                ? $"'{newName}' is not an id: use letters, digits and _ (Chinese characters count as letters), starting with a letter or _"
                : $"“{newName}”不是合法的标识：只能用字母、数字和 _（汉字算字母），且以字母或 _ 开头")
            {
                ErrorCode = Protocol.ErrorCodes.RequestFailed,
            };
        }

        var changes = new Dictionary<string, TextEdit[]>(StringComparer.Ordinal);
        foreach (var group in Places(document, found.Target).GroupBy(p => p.Span.File))
        {
            changes[document.LocationOf(group.First().Span).Uri] = [.. group.Select(p => new TextEdit(LineMap.ToRange(p.Span), newName))];
        }

        return new WorkspaceEdit(changes);
    }

    public static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_')
        && Semantics.Schema.Words.Blocks.Find(name) is null;

    private static bool IsWorkspaceFile(DocumentContext document, SourceSpan span) =>
        File.Exists(document.FullPathOf(span.File)) && document.Workspace.PlanFolderOf(document.FullPathOf(span.File)) is not null;

    private static SourceSpan? ParentAt(DocumentContext document, Position position)
    {
        if (document.Plan?.Header.Parent is not { } parent || document.Ancestors.Count == 0)
        {
            return null;
        }

        var offset = document.Lines.Offset(position);
        var span = parent.Span;
        return span.File == document.DisplayPath && offset >= span.Offset && offset <= span.Offset + span.Length ? document.Ancestors[0].Header.Span : null;
    }

    /// <summary>Every place naming <paramref name="target"/>: its declaration, the plan's own references, and those of the plans below.</summary>
    private static List<(SourceSpan Span, bool IsDeclaration)> Places(DocumentContext document, Resolved target)
    {
        var snapshot = document.Snapshot;
        var owner = document.Workspace.PlanFolderOf(document.FullPathOf(target.Item.Span.File));
        var folders = new List<string>();
        if (owner is not null)
        {
            folders.Add(owner);
            folders.AddRange(snapshot.Dependents(owner).Where(d => IsBelow(snapshot, d, target.Plan)));
        }

        var plans = snapshot.Plans();
        var result = new List<(SourceSpan, bool)>();
        foreach (var folder in folders)
        {
            if (snapshot.Compile(folder) is not { Plan: { } plan } compilation)
            {
                continue;
            }

            var ancestors = plans.Ancestors(plan).Ancestors.Select(c => c.Plan).OfType<Plan>().ToList();
            foreach (var file in compilation.Files)
            {
                var source = file.Source;
                var text = document.FullPathOf(source.Path) == document.Path ? document.Parse : file;
                foreach (var occurrence in Occurrence.In(text.Document))
                {
                    if (Resolver.Resolve(occurrence, plan, ancestors) is { } resolved && resolved.Item.Span == target.Item.Span)
                    {
                        var part = occurrence.Parts[resolved.PartIndex];
                        result.Add((text.Source.Span(part.Offset, part.End), occurrence.IsDeclaration));
                    }
                }
            }
        }

        return result;
    }

    private static bool IsBelow(Snapshot snapshot, string folder, Plan plan)
    {
        var compiled = snapshot.Compile(folder)?.Plan;
        return compiled is not null && compiled.Header.Id != plan.Header.Id
            && snapshot.Plans().Ancestors(compiled).Ancestors.Any(a => a.Plan?.Header.Id == plan.Header.Id);
    }
}
