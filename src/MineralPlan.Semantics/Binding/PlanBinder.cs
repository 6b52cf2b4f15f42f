using System.Collections.Immutable;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Minerals;
using MineralPlan.Semantics.Model;
using MineralPlan.Semantics.Schema;
using MineralPlan.Syntax;
using MineralPlan.Syntax.Tree;

namespace MineralPlan.Semantics.Binding;

/// <summary>Binds the parsed files of one plan folder into one <see cref="Plan"/>.</summary>
public static class PlanBinder
{
    public static (Plan? Plan, ImmutableArray<MineralEntry> Minerals) Bind(
        IReadOnlyList<ParseResult> files, MineralCatalog catalog, DiagnosticBag diagnostics, string folderDisplay)
    {
        // Plan-local mineral definitions extend the catalog before anything else binds.
        var localMinerals = ImmutableArray.CreateBuilder<MineralEntry>();
        foreach (var file in files)
        {
            var binder = new ItemBinder(file.Source, catalog, diagnostics);
            foreach (var block in TopBlocks(file.Document, null))
            {
                if (Words.Blocks.Canonical(block.Keyword.Text) == "mineral" && binder.Bind("mineral", block) is MineralEntry m)
                {
                    localMinerals.Add(m);
                }
            }
        }

        var minerals = catalog.With(localMinerals);
        var headers = new List<PlanHeader>();
        var items = ImmutableArray.CreateBuilder<PlanItem>();
        var document = ImmutableArray.CreateBuilder<Heading>();
        var notices = new List<PlanNotice>();
        foreach (var file in files)
        {
            var binder = new ItemBinder(file.Source, minerals, diagnostics);
            foreach (var block in TopBlocks(file.Document, diagnostics))
            {
                var kind = Words.Blocks.Canonical(block.Keyword.Text);
                if (kind is null || !Schemas.TopLevel.Contains(kind))
                {
                    diagnostics.Add(BindDiagnostics.UnknownBlock, block.Keyword.Span, block.Keyword.Text, Words.Blocks.ChineseOf(Schemas.TopLevel));
                    continue;
                }

                if (kind == "mineral")
                {
                    continue;
                }

                switch (binder.Bind(kind, block))
                {
                    case PlanHeader h:
                        headers.Add(h);
                        break;
                    case Heading heading:
                        document.Add(heading);
                        break;
                    case PlanNotice notice:
                        notices.Add(notice);
                        break;
                    case PlanItem item:
                        items.Add(item);
                        break;
                }
            }
        }

        if (headers.Count != 1)
        {
            var span = headers.Count == 0 ? SourceSpan.None(files.Count == 0 ? folderDisplay : files[0].Source.Path) : headers[1].Span;
            diagnostics.Add(BindDiagnostics.PlanHeaderCount, span, headers.Count);
        }

        if (headers.Count == 0)
        {
            return (null, localMinerals.ToImmutable());
        }

        foreach (var extra in notices.Skip(1))
        {
            diagnostics.Add(BindDiagnostics.NoticeRepeated, extra.Span);
        }

        var plan = new Plan(headers[0], items.ToImmutable(), document.ToImmutable(), [.. files.Select(f => f.Source.Path)])
        {
            Notice = notices.FirstOrDefault(),
        };
        ReferenceChecker.Check(plan, diagnostics);
        return (plan, localMinerals.ToImmutable());
    }

    private static IEnumerable<BlockSyntax> TopBlocks(DocumentSyntax document, DiagnosticBag? diagnostics)
    {
        foreach (var member in document.Members)
        {
            if (member is BlockSyntax b)
            {
                yield return b;
            }
            else if (member is PropertySyntax p)
            {
                diagnostics?.Add(BindDiagnostics.PropertyOutsideBlock, p.Key.Span, p.Key.Text);
            }
        }
    }
}
