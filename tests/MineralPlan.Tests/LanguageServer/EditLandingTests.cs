using System.Text.Json;
using System.Text.RegularExpressions;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.LanguageServer;

/// <summary>
/// Where the edits and locations the server answers land: each is applied to the text (or the text its range covers is
/// read) and the result asserted, so an edit one line low or a range one character short fails here even when its
/// new text is right.
/// </summary>
public sealed partial class EditLandingTests
{
    private static readonly string Plans = Repo.PathOf("plans");
    private static readonly string Status = Path.Combine(Plans, "kazuo", "10_status.mplan");
    private static readonly string Layout = Path.Combine(Plans, "kazuo", "30_layout.mplan");
    private static readonly string ChaoyangItems = Path.Combine(Plans, "chaoyang", "10_items.mplan");

    private static string PathOf(string uri) => new Uri(uri).LocalPath;

    /// <summary>The UTF-16 offset of an LSP position (lines end at \n).</summary>
    private static int Offset(string text, JsonElement position)
    {
        var line = position.GetProperty("line").GetInt32();
        var offset = 0;
        for (var i = 0; i < line; i++)
        {
            offset = text.IndexOf('\n', offset) + 1;
            Assert.True(offset > 0, $"line {line} is past the end of the text");
        }

        return offset + position.GetProperty("character").GetInt32();
    }

    private static string Covered(string text, JsonElement range) =>
        text[Offset(text, range.GetProperty("start"))..Offset(text, range.GetProperty("end"))];

    /// <summary>The text with the edits applied, as an editor applies them (from the last to the first).</summary>
    private static string Apply(string text, IEnumerable<JsonElement> edits)
    {
        foreach (var (start, end, newText) in edits
            .Select(e => (Start: Offset(text, e.GetProperty("range").GetProperty("start")), End: Offset(text, e.GetProperty("range").GetProperty("end")), Text: e.GetProperty("newText").GetString() ?? string.Empty))
            .OrderByDescending(e => e.Start))
        {
            text = string.Concat(text.AsSpan(0, start), newText, text.AsSpan(end));
        }

        return text;
    }

    private static Dictionary<string, string> ApplyWorkspaceEdit(JsonElement edit) =>
        edit.GetProperty("changes").EnumerateObject().ToDictionary(
            f => PathOf(f.Name),
            f => Apply(File.ReadAllText(PathOf(f.Name)), f.Value.EnumerateArray()));

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])mines2020(?![\p{L}\p{N}_])")]
    private static partial Regex Mines2020();

    [Fact]
    public async Task A_rename_applied_replaces_exactly_each_occurrence_and_nothing_else()
    {
        await using var client = await LspClient.StartAsync(Plans);
        await client.OpenAsync(Status);
        await client.DiagnosticsAsync(Status);

        var edit = await client.RequestAsync("textDocument/rename", new { textDocument = new { uri = LspClient.Uri(Status) }, position = new { line = 46, character = 5 }, newName = "mines_2020" });
        foreach (var file in edit.GetProperty("changes").EnumerateObject())
        {
            var before = File.ReadAllText(PathOf(file.Name));
            Assert.All(file.Value.EnumerateArray(), e => Assert.Equal("mines2020", Covered(before, e.GetProperty("range"))));
        }

        var after = ApplyWorkspaceEdit(edit);
        Assert.Contains(Status, after.Keys);
        Assert.Contains(Path.Combine(Plans, "kazuo", "41_现状与形势.mplan"), after.Keys);
        foreach (var (path, text) in after)
        {
            var before = File.ReadAllText(path);
            Assert.Empty(Mines2020().Matches(text));
            Assert.Equal(Mines2020().Matches(before).Count, Regex.Matches(text, "mines_2020").Count);
            // Nothing else moved: undoing the rename gives the file back.
            Assert.Equal(before, text.Replace("mines_2020", "mines2020", StringComparison.Ordinal));
        }

        // The renamed plan checks as before: no reference is left dangling.
        foreach (var (path, text) in after)
        {
            await client.ChangeAsync(path, text, 2);
        }

        var published = await client.DiagnosticsAsync(Status, p => p.TryGetProperty("version", out var v) && v.GetInt32() == 2);
        Assert.DoesNotContain(published.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() is "MP1009" or "MP1010" or "MP1011");
        Assert.Equal("MP2001", published.GetProperty("diagnostics")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_rename_in_the_parent_reaches_the_child_s_carried_reference_and_leaves_the_grandparent_s_alone()
    {
        await using var client = await LspClient.StartAsync(Plans);
        await client.OpenAsync(Layout);
        await client.OpenAsync(ChaoyangItems);
        await client.DiagnosticsAsync(Layout);

        // "分区 GK_yezhugou" is line 9 of the city plan (0-based 8); its line 13 carries the province's item of the same id.
        var edit = await client.RequestAsync("textDocument/rename", new { textDocument = new { uri = LspClient.Uri(ChaoyangItems) }, position = new { line = 8, character = 5 }, newName = "GK_yzg" });
        var after = ApplyWorkspaceEdit(edit);

        // The county's own zone keeps its id; only its reference to the city's item follows the rename.
        Assert.Equal("    落实: 上级.GK_yzg", after[Layout].Split('\n')[7]);
        Assert.StartsWith("分区 GK_yezhugou ", after[Layout].Split('\n')[3], StringComparison.Ordinal);
        var city = after[ChaoyangItems].Split('\n');
        Assert.Equal("分区 GK_yzg \"辽宁凌源野猪沟－建平新城\" {", city[8]);
        Assert.Contains("落实: 上级.GK_yezhugou", city[12], StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Layout), after[Layout].Replace("GK_yzg", "GK_yezhugou", StringComparison.Ordinal));
        Assert.Single(Regex.Matches(after[Layout], "GK_yzg"));
    }

    [Fact]
    public async Task Definition_and_references_cover_exactly_the_id()
    {
        await using var client = await LspClient.StartAsync(Plans);
        await client.OpenAsync(Layout);
        await client.DiagnosticsAsync(Layout);

        var definition = (await client.RequestAsync("textDocument/definition", LspClient.At(Layout, 7, 16)))[0];
        // The definition's range is the city's whole declaration, from its keyword to its closing brace.
        var declaration = Covered(File.ReadAllText(PathOf(definition.GetProperty("uri").GetString() ?? string.Empty)), definition.GetProperty("range"));
        Assert.StartsWith("分区 GK_yezhugou \"辽宁凌源野猪沟－建平新城\" {", declaration, StringComparison.Ordinal);
        Assert.EndsWith("}", declaration, StringComparison.Ordinal);

        var references = await client.RequestAsync("textDocument/references",
            new { textDocument = new { uri = LspClient.Uri(ChaoyangItems) }, position = new { line = 8, character = 5 }, context = new { includeDeclaration = true } });
        Assert.True(references.GetArrayLength() >= 2);
        var covered = references.EnumerateArray().Select(r => Covered(File.ReadAllText(PathOf(r.GetProperty("uri").GetString() ?? string.Empty)), r.GetProperty("range"))).ToList();
        Assert.All(covered, c => Assert.Equal("GK_yezhugou", c));
    }

    [Fact]
    public async Task Formatting_applied_gives_what_mplan_fmt_writes()
    {
        await using var client = await LspClient.StartAsync(Plans);
        var messy = "现状 x \"甲\" {\n年份:2020\n      值:   1 处\n}\n// 尾注\n";
        await client.OpenAsync(Status, 1, messy);

        var edits = await client.RequestAsync("textDocument/formatting", new { textDocument = new { uri = LspClient.Uri(Status) }, options = new { tabSize = 4, insertSpaces = true } });

        Assert.Equal(MineralPlan.Syntax.Formatting.PlanFormatter.Format(messy, "x.mplan").Text, Apply(messy, edits.EnumerateArray()));
    }

    [Fact]
    public async Task The_quick_fix_applied_sets_the_total_and_the_finding_goes()
    {
        await using var client = await LspClient.StartAsync(Plans);
        await client.OpenAsync(Status);
        var published = await client.DiagnosticsAsync(Status, p => p.TryGetProperty("version", out var v) && v.GetInt32() == 1);
        var finding = published.GetProperty("diagnostics")[0];
        var text = File.ReadAllText(Status);
        Assert.Equal("26", Covered(text, finding.GetProperty("range")).Split(' ')[0]);

        var actions = await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = LspClient.Uri(Status) },
            range = finding.GetProperty("range"),
            context = new { diagnostics = new[] { finding } },
        });
        var fix = actions.EnumerateArray().First(a => a.TryGetProperty("isPreferred", out _));
        var fixedText = Apply(text, fix.GetProperty("edit").GetProperty("changes").GetProperty(LspClient.Uri(Status)).EnumerateArray());
        Assert.Equal("    值: 31 个", fixedText.Split('\n')[48]);
        Assert.Equal(text.Split('\n').Length, fixedText.Split('\n').Length);

        await client.ChangeAsync(Status, fixedText, 2);
        var after = await client.DiagnosticsAsync(Status, p => p.TryGetProperty("version", out var v) && v.GetInt32() == 2);
        Assert.DoesNotContain(after.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "MP2001"
            && d.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32() == 48);

        var accept = actions.EnumerateArray().Single(a => a.GetProperty("title").GetString()!.Contains("MP2001", StringComparison.Ordinal) && !a.TryGetProperty("isPreferred", out _)
            && a.GetProperty("edit").GetProperty("changes").GetProperty(LspClient.Uri(Status))[0].GetProperty("newText").GetString()!.Contains("例外", StringComparison.Ordinal));
        var accepted = Apply(text, accept.GetProperty("edit").GetProperty("changes").GetProperty(LspClient.Uri(Status)).EnumerateArray());
        // The 例外 is added after the plan's text, which stays as it was.
        Assert.Equal(text, accepted[..text.Length]);
        Assert.Contains("对象: mines2020", accepted[text.Length..], StringComparison.Ordinal);
    }
}
