using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Semantics;
using MineralPlan.Semantics.Model;
using MineralPlan.Syntax;
using MineralPlan.Syntax.Formatting;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Formatting;

public sealed class FormatterTests
{
    private const string Messy = """
        // header comment
        规划   kazuo{标题："测试"；级别:县级 /* inline */ 规划期: 2021～2025}


        现状 m "矿山" { 值: 26个 组成:[大中型=7 个，小型 = 19 个]  // trailing
        }
        指标 a {值: ≤ 30 个 属性: 约束性}
        """;

    [Fact]
    public void Messy_input_gets_the_canonical_layout_with_every_comment_kept()
    {
        var result = PlanFormatter.Format(Messy, "m.mplan");
        Assert.Empty(result.Diagnostics);
        Assert.Equal("""
            // header comment
            规划 kazuo {
                标题: "测试"
                级别: 县级 /* inline */
                规划期: 2021..2025
            }

            现状 m "矿山" {
                值: 26 个
                组成: [大中型 = 7 个, 小型 = 19 个] // trailing
            }
            指标 a {
                值: <= 30 个
                属性: 约束性
            }

            """, result.Text);
    }

    [Fact]
    public void Formatting_is_idempotent_and_keeps_the_model()
    {
        var once = PlanFormatter.Format(Messy, "m.mplan").Text!;
        Assert.Equal(once, PlanFormatter.Format(once, "m.mplan").Text);
        Assert.Equal(Dump(Messy), Dump(once));
    }

    [Theory]
    [InlineData("// only a comment\n")]
    [InlineData("")]
    [InlineData("/* block */")]
    public void Files_without_members_keep_their_comments(string text)
    {
        var result = PlanFormatter.Format(text, "c.mplan");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(text.Trim(), result.Text!.Trim());
    }

    [Theory]
    [InlineData("\uFEFF 40470000")]
    [InlineData(" \uFEFF\u3000 40470000 \uFEFF")]
    public void A_ring_with_invisible_spaces_formats_once_and_for_all(string corner)
    {
        // Found by the fuzz harness (seed 13, input 9257): a space behind U+FEFF survived the first format.
        var text = "规划 x {\n    边界: [[40470000, 4480000, 40530000, 4480000,\n" + corner + ", 4480000]]\n}\n";
        var once = PlanFormatter.Format(text, "r.mplan").Text!;
        Assert.Contains("4480000, 40470000, 4480000]]", once, StringComparison.Ordinal);
        Assert.Equal(once, PlanFormatter.Format(once, "r.mplan").Text);
    }

    [Theory]
    [InlineData("附图 f \"图\" {;}\n")]
    [InlineData("附图 f \"图\" { ; ; }\n")]
    public void A_block_of_stray_semicolons_formats_as_an_empty_block_once_and_for_all(string text)
    {
        // Found by the fuzz harness (seed 20261130, input 559719).
        var once = PlanFormatter.Format(text, "e.mplan").Text!;
        Assert.Equal("附图 f \"图\" { }\n", once);
        Assert.Equal(once, PlanFormatter.Format(once, "e.mplan").Text);
    }

    [Theory]
    [InlineData("规划 p {标题: \"x\"   级别: 县级}\n// keep\n")]
    [InlineData("规划 p {标题: \"x\"}\n/* a */ // b\n\n// c")]
    public void Comments_after_the_last_member_are_kept(string text)
    {
        var once = PlanFormatter.Format(text, "c.mplan").Text!;
        Assert.Equal(PlanFormatter.CommentsOf(text), PlanFormatter.CommentsOf(once));
        Assert.NotEmpty(PlanFormatter.CommentsOf(once));
    }

    [Fact]
    public void A_file_with_syntax_errors_is_not_formatted()
    {
        var result = PlanFormatter.Format("规划 x { 标题: }", "bad.mplan");
        Assert.Null(result.Text);
        Assert.Contains(result.Diagnostics, d => d.Code == "MP0001");
    }

    [Theory]
    [MemberData(nameof(Plans.FileData), MemberType = typeof(Plans))]
    public void Every_shipped_plan_file_is_formatted(string file)
    {
        var text = File.ReadAllText(Repo.PathOf(file));
        var result = PlanFormatter.Format(text, file);
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Text == text, $"{file} is not in canonical format; run ./mplan fmt {file}");
    }

    [Theory]
    [MemberData(nameof(Plans.FolderData), MemberType = typeof(Plans))]
    public void Parse_format_parse_gives_an_equal_model_on_every_plan(string folder)
    {
        var files = Directory.EnumerateFiles(Repo.PathOf(folder), "*.mplan").Order(StringComparer.Ordinal)
            .Select(f => (Path: Path.GetRelativePath(Repo.Root, f), Text: File.ReadAllText(f))).ToList();
        var original = PlanLoader.Compile(folder, [.. files.Select(f => PlanParser.Parse(f.Text, f.Path))], new DiagnosticBag(), null);
        var formatted = PlanLoader.Compile(folder,
            [.. files.Select(f => PlanParser.Parse(PlanFormatter.Format(f.Text, f.Path).Text ?? f.Text, f.Path))], new DiagnosticBag(), null);
        Assert.NotNull(original.Plan);
        Assert.Equal(ModelDump.Write(original.Plan), ModelDump.Write(formatted.Plan!));
    }

    [Fact]
    public void Fmt_check_reports_an_unformatted_file_and_fmt_fixes_it()
    {
        using var temp = new TempFolder();
        var file = temp.Write("p/plan.mplan", Messy);
        var check = CliRunner.RunIn(temp.Path, "fmt", "--check", "p", "--lang", "en");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("not formatted: p/plan.mplan", check.Output, StringComparison.Ordinal);
        Assert.Equal(Messy, File.ReadAllText(file));

        var fix = CliRunner.RunIn(temp.Path, "fmt", "p");
        Assert.Equal(0, fix.ExitCode);
        Assert.Equal(0, CliRunner.RunIn(temp.Path, "fmt", "--check", "p").ExitCode);
        Assert.Contains("// trailing", File.ReadAllText(file), StringComparison.Ordinal);
    }

    private static string Dump(string text)
    {
        var compilation = PlanLoader.Compile("m", [PlanParser.Parse(text, "m.mplan")], new DiagnosticBag(), null);
        return ModelDump.Write(compilation.Plan!);
    }
}
