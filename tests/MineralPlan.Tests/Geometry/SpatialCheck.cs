using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Geometry;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Geometry;

/// <summary>Runs only the spatial rules over an inline plan (the standard test header plus a body).</summary>
internal static class SpatialCheck
{
    public const string ZoneHeader = """
        规划 t { 标题: "测试县矿产资源规划" 级别: 县级 基期: 2020 规划期: 2021..2025 展望: 2035 坐标系: "CGCS2000 GK3 40" 边界: [[40490000, 4490000, 40510000, 4490000, 40510000, 4510000, 40490000, 4510000, 40490000, 4490000]] }

        """;

    /// <param name="basicUnit">
    /// Keep MP4028 (an exploration block under one basic unit block). The fixtures of the other spatial rules draw
    /// 1 km blocks, which MP4028 rightly warns about; only its own tests (BasicUnitBlockTests) ask for it.
    /// </param>
    public static IReadOnlyList<Diagnostic> Run(string body, string header = ZoneHeader, bool basicUnit = false)
    {
        var compilation = Compile.Text(header + body);
        Assert.Empty(compilation.Diagnostics);
        return [.. DiagnosticOrder.Sort(PlanChecker.Check(compilation, [], GeometryRules.Create(Repo.Root))).Where(d => basicUnit || d.Code != "MP4028")];
    }

    /// <summary>code line:col for each finding, as a failure prints them.</summary>
    public static string Where(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(" ", diagnostics.Select(d => $"{d.Code}@{d.Span.Line}:{d.Span.Column}"));

    /// <summary>A closed axis-aligned rectangle ring in the DSL's flat x, y list.</summary>
    public static string Box(double x0, double y0, double x1, double y1) =>
        FormattableString.Invariant($"[{x0}, {y0}, {x1}, {y0}, {x1}, {y1}, {x0}, {y1}, {x0}, {y0}]");
}
