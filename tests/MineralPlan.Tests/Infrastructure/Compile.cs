using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.Semantics;
using MineralPlan.Syntax;

namespace MineralPlan.Tests.Infrastructure;

/// <summary>Compiles inline plan text through the library API, as one-file plan folders.</summary>
public static class Compile
{
    public const string Header = """
        规划 t { 标题: "测试县矿产资源规划" 级别: 县级 基期: 2020 规划期: 2021..2025 展望: 2035 }

        """;

    public static Compilation Text(string text, string path = "test.mplan") =>
        PlanLoader.Compile("test", [PlanParser.Parse(text, path)], new DiagnosticBag(), null);

    /// <summary>Binding and checking diagnostics of a plan made of the standard header plus <paramref name="body"/>.</summary>
    public static IReadOnlyList<Diagnostic> Diagnostics(string body, bool withHeader = true)
    {
        var compilation = Text(withHeader ? Header + body : body);
        return [.. DiagnosticOrder.Sort(compilation.Diagnostics.Concat(PlanChecker.Check(compilation)))];
    }

    public static string Codes(IEnumerable<Diagnostic> diagnostics) => string.Join(" ", diagnostics.Select(d => d.Code));
}
