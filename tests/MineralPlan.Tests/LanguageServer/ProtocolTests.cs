using System.Text.Json;
using MineralPlan.Tests.Infrastructure;
using StreamJsonRpc;

namespace MineralPlan.Tests.LanguageServer;

/// <summary>
/// The language server driven over its protocol, as an editor drives it, on the shipped plans (never written to:
/// edits are the editor's unsaved text).
/// </summary>
public sealed class ProtocolTests
{
    private static readonly string Plans = Repo.PathOf("plans");
    private static readonly string Status = Path.Combine(Plans, "kazuo", "10_status.mplan");
    private static readonly string Layout = Path.Combine(Plans, "kazuo", "30_layout.mplan");
    private static readonly string ChaoyangItems = Path.Combine(Plans, "chaoyang", "10_items.mplan");

    private static string[] Codes(JsonElement publication) =>
        [.. publication.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()!)];

    private static bool Version(JsonElement p, int version) => p.TryGetProperty("version", out var v) && v.GetInt32() == version;

    [Fact]
    public async Task Opening_a_file_publishes_the_plans_findings_as_check_finds_them()
    {
        await using var client = await LspClient.StartAsync(Plans);
        await client.OpenAsync(Status);

        var published = await client.DiagnosticsAsync(Status, p => Version(p, 1));

        Assert.Equal(["MP2001", "MP2002"], Codes(published));
        var sum = published.GetProperty("diagnostics")[0];
        // check prints 49:8; the protocol counts from 0.
        Assert.Equal(48, sum.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(7, sum.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
        Assert.Contains("31个", sum.GetProperty("message").GetString(), StringComparison.Ordinal);
        // Other files of the plan get their findings too, without being opened.
        Assert.Equal(["MP2009", "MP2009", "MP2020"], Codes(await client.DiagnosticsAsync(Path.Combine(Plans, "kazuo", "20_targets.mplan"))));
    }

    [Fact]
    public async Task An_edit_republishes_for_its_version_and_a_fixed_total_clears_its_finding()
    {
        await using var client = await LspClient.StartAsync(Plans);
        var text = File.ReadAllText(Status);
        await client.OpenAsync(Status, 1, text);
        await client.DiagnosticsAsync(Status, p => Version(p, 1));

        await client.ChangeAsync(Status, text.Replace("值: 26 个", "值: 31 个", StringComparison.Ordinal), 2);

        var after = Codes(await client.DiagnosticsAsync(Status, p => Version(p, 2)));
        Assert.DoesNotContain("MP2001", after);
        Assert.Contains("MP2002", after);
    }

    [Fact]
    public async Task Rapid_edits_apply_in_order_and_the_last_text_wins()
    {
        await using var client = await LspClient.StartAsync(Plans, new { debounceMilliseconds = 50 });
        var text = File.ReadAllText(Status);
        await client.OpenAsync(Status, 1, text);
        for (var v = 2; v <= 9; v++)
        {
            // Odd versions break the total again; the last (9) is broken, 8 was fixed.
            await client.ChangeAsync(Status, text.Replace("值: 26 个", v % 2 == 0 ? "值: 31 个" : "值: 26 个", StringComparison.Ordinal), v);
        }

        var last = await client.DiagnosticsAsync(Status, p => Version(p, 9));
        await client.IdleAsync();

        Assert.Equal(["MP2001", "MP2002"], Codes(last));
        // Nothing was published for a version after its successor arrived out of order.
        var versions = client.Published.Where(p => p.GetProperty("uri").GetString() == LspClient.Uri(Status) && p.TryGetProperty("version", out _))
            .Select(p => p.GetProperty("version").GetInt32()).ToList();
        Assert.Equal(versions.Order(), versions);
    }

    [Fact]
    public async Task A_parent_edit_republishes_the_open_child()
    {
        await using var client = await LspClient.StartAsync(Plans);
        await client.OpenAsync(Layout);
        Assert.Equal(["MP2023", "MP2023"], Codes(await client.DiagnosticsAsync(Layout)));
        var parent = File.ReadAllText(ChaoyangItems);
        await client.OpenAsync(ChaoyangItems, 1, parent);
        await client.IdleAsync();
        client.Forget();

        // The item kazuo carries (落实: 上级.GK_yezhugou) is renamed in the parent only.
        await client.ChangeAsync(ChaoyangItems, parent.Replace("分区 GK_yezhugou", "分区 GK_renamed", StringComparison.Ordinal), 2);

        var child = await client.DiagnosticsAsync(Layout, p => p.GetProperty("diagnostics").EnumerateArray().Any(d => d.GetProperty("code").GetString()!.StartsWith("MP3", StringComparison.Ordinal)));
        var finding = child.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("code").GetString()!.StartsWith("MP3", StringComparison.Ordinal));
        Assert.Equal(7, finding.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.StartsWith("MP3", finding.GetProperty("code").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_the_last_file_of_a_plan_clears_its_findings()
    {
        await using var client = await LspClient.StartAsync(Plans);
        await client.OpenAsync(Status);
        await client.DiagnosticsAsync(Status, p => Version(p, 1));
        client.Forget();

        await client.CloseAsync(Status);

        var cleared = await client.DiagnosticsAsync(Status);
        Assert.Empty(Codes(cleared));
    }

    [Fact]
    public async Task Completion_offers_what_fits_where_the_cursor_is()
    {
        await using var client = await LspClient.StartAsync(Plans);
        var text = File.ReadAllText(Layout);
        await client.OpenAsync(Layout, 1, text);
        await client.DiagnosticsAsync(Layout);

        async Task<string[]> LabelsAfter(string typed)
        {
            // A new zone at the end of the file, typed up to the cursor.
            var edited = text + "\n分区 ZK_new \"新区\" {\n    " + typed;
            await client.ChangeAsync(Layout, edited, Environment.TickCount);
            var lines = edited.Split('\n');
            var result = await client.RequestAsync("textDocument/completion", LspClient.At(Layout, lines.Length - 1, lines[^1].Length));
            return [.. result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()!)];
        }

        var properties = await LabelsAfter("类型: 重点勘查区\n    ");
        Assert.Contains("级别", properties);
        Assert.Contains("矿种", properties);
        Assert.DoesNotContain("类型", properties);   // already written
        Assert.Equal(["国家级", "省级", "市级", "县级"], await LabelsAfter("级别: "));
        Assert.Contains("重点勘查区", await LabelsAfter("类型: "));
        Assert.Contains("铁矿", await LabelsAfter("矿种: "));
        var upward = await LabelsAfter("落实: 上级.");
        Assert.Contains("GK_yezhugou", upward);
        Assert.Contains("ZK_wanyuandian", upward);
        Assert.Contains("万吨", await LabelsAfter("面积: 12.5 "));
    }

    [Fact]
    public async Task Hover_shows_the_parents_item_and_a_minerals_catalog_entry()
    {
        await using var client = await LspClient.StartAsync(Plans);
        await client.OpenAsync(Layout);
        await client.DiagnosticsAsync(Layout);

        // Line 8 (0-based 7): "    落实: 上级.GK_yezhugou", cursor on the id.
        var carried = await client.RequestAsync("textDocument/hover", LspClient.At(Layout, 7, 16));
        var text = carried.GetProperty("contents").GetProperty("value").GetString()!;
        Assert.Contains("GK_yezhugou", text, StringComparison.Ordinal);
        Assert.Contains("chaoyang", text, StringComparison.Ordinal);
        // The parent's item carries the province's in turn: hover names it, not the parent's item a second time.
        Assert.Contains("liaoning.GK_yezhugou", text, StringComparison.Ordinal);
        Assert.DoesNotContain("chaoyang.GK_yezhugou", text, StringComparison.Ordinal);

        // Line 7 (0-based 6): "    矿种: 铁矿".
        var mineral = await client.RequestAsync("textDocument/hover", LspClient.At(Layout, 6, 9));
        Assert.Contains("矿种目录", mineral.GetProperty("contents").GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Definition_goes_to_the_parent_plans_file_and_references_come_back()
    {
        await using var client = await LspClient.StartAsync(Plans);
        await client.OpenAsync(Layout);
        await client.DiagnosticsAsync(Layout);

        var definition = await client.RequestAsync("textDocument/definition", LspClient.At(Layout, 7, 16));
        var target = definition[0];
        Assert.Equal(LspClient.Uri(ChaoyangItems), target.GetProperty("uri").GetString());
        Assert.Equal(8, target.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());

        var references = await client.RequestAsync("textDocument/references",
            new { textDocument = new { uri = LspClient.Uri(ChaoyangItems) }, position = new { line = 8, character = 5 }, context = new { includeDeclaration = true } });
        var places = references.EnumerateArray().Select(r => (r.GetProperty("uri").GetString(), r.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32())).ToList();
        Assert.Contains((LspClient.Uri(ChaoyangItems), 8), places);
        Assert.Contains((LspClient.Uri(Layout), 7), places);
    }

    [Fact]
    public async Task Rename_edits_the_declaration_and_every_use_including_interpolations_and_refuses_a_bad_id()
    {
        await using var client = await LspClient.StartAsync(Plans);
        await client.OpenAsync(Status);
        await client.DiagnosticsAsync(Status);

        // "现状 mines2020 ..." on line 47 (0-based 46).
        var edit = await client.RequestAsync("textDocument/rename", new { textDocument = new { uri = LspClient.Uri(Status) }, position = new { line = 46, character = 5 }, newName = "mines_2020" });
        var changes = edit.GetProperty("changes");
        var all = changes.EnumerateObject().SelectMany(f => f.Value.EnumerateArray()).ToList();
        Assert.All(all, e => Assert.Equal("mines_2020", e.GetProperty("newText").GetString()));
        Assert.True(all.Count >= 2, "the declaration and at least one use");
        Assert.Contains(changes.EnumerateObject(), f => f.Name == LspClient.Uri(Status));

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync("textDocument/rename",
            new { textDocument = new { uri = LspClient.Uri(Status) }, position = new { line = 46, character = 5 }, newName = "not an id" }));
        Assert.Equal(-32803, error.ErrorCode);
        Assert.Contains("not an id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_outline_nests_sections_in_chapters()
    {
        await using var client = await LspClient.StartAsync(Plans);
        var file = Path.Combine(Plans, "kazuo", "44_地质矿产调查评价与勘查.mplan");
        await client.OpenAsync(file);

        var symbols = await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = LspClient.Uri(file) } });

        var chapter = symbols[0];
        Assert.Equal("地质矿产调查评价与勘查", chapter.GetProperty("name").GetString());
        Assert.True(chapter.GetProperty("children").GetArrayLength() > 0);
        var folding = await client.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri = LspClient.Uri(file) } });
        // The chapter folds from its first line to its closing brace, as its symbol spans.
        var range = chapter.GetProperty("range");
        Assert.Contains(folding.EnumerateArray(), f => f.GetProperty("startLine").GetInt32() == range.GetProperty("start").GetProperty("line").GetInt32()
            && f.GetProperty("endLine").GetInt32() == range.GetProperty("end").GetProperty("line").GetInt32());
        Assert.True(folding.GetArrayLength() >= chapter.GetProperty("children").GetArrayLength() + 1);
    }

    [Fact]
    public async Task Formatting_is_mplan_fmt_as_one_edit()
    {
        await using var client = await LspClient.StartAsync(Plans);
        var messy = "现状 x \"甲\" {\n年份:2020\n      值:   1 处\n}\n";
        await client.OpenAsync(Status, 1, messy);

        var edits = await client.RequestAsync("textDocument/formatting", new { textDocument = new { uri = LspClient.Uri(Status) }, options = new { tabSize = 4, insertSpaces = true } });

        Assert.Equal(1, edits.GetArrayLength());
        Assert.Equal(MineralPlan.Syntax.Formatting.PlanFormatter.Format(messy, "x.mplan").Text, edits[0].GetProperty("newText").GetString());
    }

    [Fact]
    public async Task A_code_action_sets_the_total_to_the_sum_and_another_accepts_the_finding()
    {
        await using var client = await LspClient.StartAsync(Plans);
        await client.OpenAsync(Status);
        var published = await client.DiagnosticsAsync(Status, p => Version(p, 1));
        var finding = published.GetProperty("diagnostics")[0];

        var actions = await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = LspClient.Uri(Status) },
            range = finding.GetProperty("range"),
            context = new { diagnostics = new[] { finding } },
        });

        var fix = actions.EnumerateArray().First(a => a.TryGetProperty("isPreferred", out _));
        var edit = fix.GetProperty("edit").GetProperty("changes").GetProperty(LspClient.Uri(Status))[0];
        Assert.Equal("31", edit.GetProperty("newText").GetString());
        Assert.Equal(48, edit.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        var accept = actions.EnumerateArray().Single(a => a.GetProperty("title").GetString()!.Contains("MP2001", StringComparison.Ordinal) && !a.TryGetProperty("isPreferred", out _)
            && a.GetProperty("edit").GetProperty("changes").GetProperty(LspClient.Uri(Status))[0].GetProperty("newText").GetString()!.Contains("例外", StringComparison.Ordinal));
        Assert.Contains("对象: mines2020", accept.GetProperty("edit").GetProperty("changes").GetProperty(LspClient.Uri(Status))[0].GetProperty("newText").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Semantic_tokens_mark_keywords_numbers_and_units()
    {
        await using var client = await LspClient.StartAsync(Plans);
        await client.OpenAsync(Status, 1, "现状 x \"甲\" {\n    值: 1 处 // 注\n}\n");

        var data = (await client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri = LspClient.Uri(Status) } }))
            .GetProperty("data").EnumerateArray().Select(e => e.GetInt32()).ToArray();

        // (deltaLine, deltaStart, length, type) per token: 现状 keyword, x variable, "甲" string, 值 property, 1 number, 处 unit, comment.
        var types = Enumerable.Range(0, data.Length / 5).Select(i => data[(i * 5) + 3]).ToArray();
        Assert.Equal([0, 2, 3, 1, 4, 5, 6], types);
        Assert.Equal([1, 4, 1], data[15..18]);   // 值 on the next line, column 4, one unit long
    }

    [Fact]
    public async Task The_preview_is_the_rendered_html_of_the_plan()
    {
        await using var client = await LspClient.StartAsync(Plans);
        await client.OpenAsync(Status);

        var preview = await client.RequestAsync("mplan/preview", new { textDocument = new { uri = LspClient.Uri(Status) } });

        var html = preview.GetProperty("html").GetString()!;
        Assert.StartsWith("<!DOCTYPE html>", html.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("喀左县矿产资源规划", html, StringComparison.Ordinal);
        Assert.Equal("kazuo", preview.GetProperty("plan").GetString());
    }

    [Fact]
    public async Task Workspace_symbols_find_items_of_every_plan_by_id_or_name()
    {
        await using var client = await LspClient.StartAsync(Plans);
        await client.OpenAsync(Status);

        var symbols = await client.RequestAsync("workspace/symbol", new { query = "yezhugou" });

        var found = symbols.EnumerateArray().Select(s => (s.GetProperty("name").GetString()!, s.GetProperty("location").GetProperty("uri").GetString()!)).ToList();
        Assert.Contains(found, f => f.Item1.StartsWith("GK_yezhugou", StringComparison.Ordinal) && f.Item2 == LspClient.Uri(ChaoyangItems));
        Assert.Contains(found, f => f.Item1.StartsWith("GK_yezhugou", StringComparison.Ordinal) && f.Item2 == LspClient.Uri(Layout));
        Assert.Contains(symbols.EnumerateArray(), s => s.GetProperty("containerName").GetString()!.StartsWith("kazuo", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_first_check_is_shown_as_progress_to_a_client_that_shows_it()
    {
        await using var client = await LspClient.StartAsync(Plans, capabilities: new { window = new { workDoneProgress = true } });
        await client.OpenAsync(Status);
        await client.DiagnosticsAsync(Status);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (client.Progress.Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        var kinds = client.Progress.Select(p => p.GetProperty("value").GetProperty("kind").GetString()).ToList();
        Assert.Equal(["begin", "end"], kinds);
        Assert.Equal("正在检查规划", client.Progress.First().GetProperty("value").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Braces_in_comments_and_strings_do_not_move_the_enclosing_block()
    {
        await using var client = await LspClient.StartAsync(Plans);
        var text = "分区 Z \"甲 { 区\" {\n    /* } { */\n    名称: \"}\" // {\n    ";
        await client.OpenAsync(Layout, 1, text);

        var lines = text.Split('\n');
        var result = await client.RequestAsync("textDocument/completion", LspClient.At(Layout, lines.Length - 1, lines[^1].Length));
        var labels = result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()).ToList();

        Assert.Contains("级别", labels);          // a property of 分区: the cursor is inside the zone
        Assert.DoesNotContain("名称", labels);    // already written
        Assert.DoesNotContain("分区", labels);    // not the top level
    }
}
