using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics.Minerals;
using MineralPlan.Semantics.Model;
using MineralPlan.Semantics.Schema;
using MineralPlan.Syntax;
using MineralPlan.Syntax.Tree;

namespace MineralPlan.Semantics.Binding;

/// <summary>Reads an application file: one 申请 block in the plan language.</summary>
public static class ApplicationLoader
{
    public static (Application? Application, SourceText Source, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text, string path)
    {
        var parsed = PlanParser.Parse(text, path);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(parsed.Diagnostics);
        var blocks = parsed.Document.Members.OfType<BlockSyntax>().Where(b => Words.Blocks.Canonical(b.Keyword.Text) == "application").ToList();
        if (blocks.Count != 1)
        {
            diagnostics.Add(Missing, parsed.Document.Span, blocks.Count);
            return (null, parsed.Source, diagnostics.ToImmutable());
        }

        var r = new BlockReader(blocks[0], Schemas.ByKind["application"], diagnostics);
        r.Require("right", "申请");
        r.Require("minerals", "申请");
        var minerals = r.Texts("minerals").Select(t => new MineralRef(t.Text, ShippedCatalog.Minerals.Find(t.Text), t.Span)).ToList();
        foreach (var m in minerals.Where(m => m.Entry is null))
        {
            diagnostics.Add(UnknownMineral, m.Span, m.Written);
        }

        var application = new Application
        {
            Kind = "application", Id = r.Id, Name = r.Name ?? r.Text("name"), Span = blocks[0].Span,
            Right = r.Word<RightKind>("right"),
            RightSpan = r.Get("right")?.Span,
            Minerals = [.. minerals],
            Scale = r.Quantity("annual_scale"),
            Within = r.Ref("within"),
            Mine = r.Word<MineKind>("mine"),
            Note = r.Text("note"),
        };
        return (application, parsed.Source, diagnostics.ToImmutable());
    }

    /// <summary>In a plan an unknown mineral is a warning (the plan may define it); an application cannot, and no rule could apply.</summary>
    public static readonly DiagnosticDescriptor UnknownMineral = new(
        "MP1021", DiagnosticSeverity.Error, "Unknown mineral in an application",
        "'{0}' is not in the mineral catalog, so no rule of the plan can be applied to it; name the mineral as the catalog does (铁矿, 建筑用砂, 水泥用灰岩 …)",
        "“{0}”不在矿种目录中，规划的任何规定都无法据此判定；请使用矿种目录中的名称（铁矿、建筑用砂、水泥用灰岩等）");

    public static readonly DiagnosticDescriptor Missing = new(
        "MP1018", DiagnosticSeverity.Error, "Not one application",
        "an application file holds exactly one 申请 (application) block; found {0}",
        "申请文件必须且只能有一个“申请”块；实际有 {0} 个");
}
