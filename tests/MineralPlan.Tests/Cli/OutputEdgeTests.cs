using System.Text.Json;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Cli.Output;
using MineralPlan.Syntax;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.Cli;

/// <summary>
/// What the CLI's output layer does at its edges: an accepted finding in JSON and SARIF, the caret under a finding
/// after wide (CJK) and narrow characters, and the output writer's messages, refusals and manifest.
/// </summary>
public sealed class OutputEdgeTests
{
    private const string Accepted = "现状 m { 值: 26 个 组成: [a = 7 个, b = 24 个] }\n例外 ok { 规则: MP2001 对象: m 理由: \"原文如此\" }\n";

    [Fact]
    public void An_accepted_finding_carries_its_reason_in_json_and_is_suppressed_in_sarif()
    {
        using var temp = new TempFolder();
        temp.Write("p/plan.mplan", Compile.Header + Accepted);

        using var json = JsonDocument.Parse(CliRunner.RunIn(temp.Path, "check", "p", "--format", "json").Output);
        var finding = json.RootElement.EnumerateArray().Single(d => d.GetProperty("code").GetString() == "MP2001");
        Assert.Equal("原文如此", finding.GetProperty("accepted").GetString());

        using var sarif = JsonDocument.Parse(CliRunner.RunIn(temp.Path, "check", "p", "--format", "sarif").Output);
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "MP2001");
        var suppression = Assert.Single(result.GetProperty("suppressions").EnumerateArray());
        Assert.Equal(("inSource", "原文如此"), (suppression.GetProperty("kind").GetString(), suppression.GetProperty("justification").GetString()));
    }

    [Theory]
    // The edges of each wide range: the character before a range and after it is narrow, its first and last wide.
    [InlineData('\u10ff', false)]
    [InlineData('\u1100', true)]
    [InlineData('\u115f', true)]
    [InlineData('\u1160', false)]
    [InlineData('\u2e7f', false)]
    [InlineData('\u2e80', true)]
    [InlineData('\ua4cf', true)]
    [InlineData('\ua4d0', false)]
    [InlineData('\uabff', false)]
    [InlineData('\uac00', true)]
    [InlineData('\ud7a3', true)]
    [InlineData('\ud7a4', false)]
    [InlineData('\uf8ff', false)]
    [InlineData('\uf900', true)]
    [InlineData('\ufaff', true)]
    [InlineData('\ufb00', false)]
    [InlineData('\ufe2f', false)]
    [InlineData('\ufe30', true)]
    [InlineData('\ufe4f', true)]
    [InlineData('\ufe50', false)]
    [InlineData('\ufeff', false)]
    [InlineData('\uff00', true)]
    [InlineData('\uff60', true)]
    [InlineData('\uff61', false)]
    [InlineData('\uffdf', false)]
    [InlineData('\uffe0', true)]
    [InlineData('\uffe6', true)]
    [InlineData('\uffe7', false)]
    [InlineData('a', false)]
    public void The_caret_is_padded_with_an_ideographic_space_for_each_wide_character(char before, bool wide)
    {
        var text = $"{before}\tx\n";
        var caret = Printed(text, column: 3).Split('\n')[2];
        Assert.Equal("  " + (wide ? "\u3000" : " ") + "\t^", caret.TrimEnd('\r'));
    }

    [Fact]
    public void No_source_line_is_printed_for_an_empty_file_or_a_line_past_its_end()
    {
        Assert.Single(Printed(string.Empty, column: 1).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Single(Printed("x\n", column: 1, line: 3).Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void The_writer_says_what_it_wrote_and_refuses_a_file_it_did_not_write_in_the_chosen_language()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "out");
        Assert.Equal((true, "已写入 out/b.md"), OutputWriter.Write(folder, "b.md", "乙", overwrite: false, Language.Zh, temp.Path));
        Assert.Equal((true, "wrote out/a.md"), OutputWriter.Write(folder, "a.md", "甲", overwrite: false, Language.En, temp.Path));
        // The manifest lists what mplan wrote, sorted, so a second render into the folder is a small diff.
        Assert.Equal("a.md\nb.md\n", File.ReadAllText(Path.Combine(folder, OutputWriter.Manifest)));

        temp.Write("out/c.md", "mine");
        Assert.Equal((false, "错误：out/c.md 已存在且不是 mplan 生成的；如需覆盖请加 --overwrite"), OutputWriter.Write(folder, "c.md", "x", overwrite: false, Language.Zh, temp.Path));
        Assert.Equal((false, "error: out/c.md exists and was not written by mplan; pass --overwrite to replace it"), OutputWriter.Write(folder, "c.md", "x", overwrite: false, Language.En, temp.Path));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(folder, "c.md")));
        Assert.Equal("error: out/c.md exists and was not written by mplan; pass --overwrite to replace it", OutputWriter.Refusal(folder, "c.md", overwrite: false, Language.En, temp.Path));
        Assert.Null(OutputWriter.Refusal(folder, "a.md", overwrite: false, Language.En, temp.Path));
        Assert.Null(OutputWriter.Refusal(folder, "c.md", overwrite: true, Language.En, temp.Path));
        Assert.True(OutputWriter.Write(folder, "c.md", "x", overwrite: true, Language.En, temp.Path).Ok);
        Assert.Equal("x", File.ReadAllText(Path.Combine(folder, "c.md")));
    }

    [Fact]
    public void A_folder_that_cannot_be_made_is_an_error_in_the_chosen_language()
    {
        using var temp = new TempFolder();
        var file = temp.Write("plain", "not a folder");
        var (ok, message) = OutputWriter.Write(Path.Combine(file, "out"), "a.md", "甲", overwrite: false, Language.Zh, temp.Path);
        Assert.False(ok);
        Assert.StartsWith("错误：无法写入输出：", message, StringComparison.Ordinal);
        Assert.StartsWith("error: cannot write output: ", OutputWriter.Write(Path.Combine(file, "out"), "a.md", "甲", overwrite: false, Language.En, temp.Path).Message, StringComparison.Ordinal);
    }

    private static string Printed(string text, int column, int line = 1)
    {
        var source = new SourceText("f.mplan", text);
        var span = new SourceSpan("f.mplan", 0, 1, line, column, line, column + 1);
        using var output = new StringWriter();
        new DiagnosticPrinter(output, Language.En, path => path == "f.mplan" ? source : null)
            .Print(Diagnostic.Create(SyntaxDiagnostics.SyntaxError, span, "x"));
        return output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
