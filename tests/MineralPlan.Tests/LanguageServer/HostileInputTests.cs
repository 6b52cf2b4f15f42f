using System.Text.Json;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.LanguageServer;
using MineralPlan.Tests.Infrastructure;
using MineralPlan.Workspaces;
using StreamJsonRpc;

namespace MineralPlan.Tests.LanguageServer;

/// <summary>Broken and hostile requests end in an error answer or a finding; the server keeps serving.</summary>
public sealed class HostileInputTests
{
    private static readonly string Plans = Repo.PathOf("plans");
    private static readonly string Status = Path.Combine(Plans, "kazuo", "10_status.mplan");

    private static async Task StillServes(LspClient client)
    {
        var symbols = await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = LspClient.Uri(Status) } });
        Assert.Equal(JsonValueKind.Array, symbols.ValueKind);
    }

    [Fact]
    public async Task A_uri_that_is_no_file_gets_an_error_answer()
    {
        await using var client = await LspClient.StartAsync(Plans);
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = "http://example.invalid/x.mplan", languageId = "mplan", version = 1, text = "x" } });

        var error = await Assert.ThrowsAnyAsync<RemoteRpcException>(() => client.RequestAsync("textDocument/hover",
            new { textDocument = new { uri = "http://example.invalid/x.mplan" }, position = new { line = 0, character = 0 } }));

        Assert.Contains("not a file", error.Message, StringComparison.Ordinal);
        await StillServes(client);
    }

    [Fact]
    public async Task Positions_past_the_end_and_garbage_text_are_answered_not_thrown()
    {
        await using var client = await LspClient.StartAsync(Plans);
        await client.OpenAsync(Status, 1, "现状 {{{{ \"未闭合\n\u0000\uD840\uDC00 }}} 值: : : 〔");
        await client.DiagnosticsAsync(Status, p => p.GetProperty("diagnostics").GetArrayLength() > 0);

        foreach (var method in new[] { "textDocument/hover", "textDocument/completion", "textDocument/definition" })
        {
            var answer = await client.RequestAsync(method, LspClient.At(Status, 999, 999));
            Assert.NotEqual(JsonValueKind.Undefined, answer.ValueKind);
        }

        await client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri = LspClient.Uri(Status) } });
        await client.RequestAsync("textDocument/formatting", new { textDocument = new { uri = LspClient.Uri(Status) }, options = new { tabSize = 4, insertSpaces = true } });
        await StillServes(client);
    }

    [Fact]
    public async Task Holes_of_no_name_are_answered_not_thrown()
    {
        await using var client = await LspClient.StartAsync(Plans);
        var text = File.ReadAllText(Status) + "\n章 \"甲\" {\n    段: \"{.} {..} {mines2020.} {\\{x}\"\n}\n";
        await client.OpenAsync(Status, 1, text);
        await client.DiagnosticsAsync(Status, p => p.TryGetProperty("version", out var v) && v.GetInt32() == 1);
        var line = text.Split('\n').Length - 3;

        for (var character = 0; character < 30; character++)
        {
            await client.RequestAsync("textDocument/hover", LspClient.At(Status, line, character));
            await client.RequestAsync("textDocument/definition", LspClient.At(Status, line, character));
        }

        var references = await client.RequestAsync("textDocument/references",
            new { textDocument = new { uri = LspClient.Uri(Status) }, position = new { line = 46, character = 5 }, context = new { includeDeclaration = true } });
        Assert.Contains(references.EnumerateArray(), r => r.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32() == line);
        await StillServes(client);
    }

    [Fact]
    public async Task A_check_that_throws_is_one_finding_at_the_top_and_the_server_goes_on()
    {
        var options = new ServerOptions { Workspace = root => new WorkspaceOptions { DisplayRoot = root, ExtraRules = [new BrokenRule()] } };
        await using var client = await LspClient.StartAsync(Plans, options: options);
        await client.OpenAsync(Status);

        var published = await client.DiagnosticsAsync(Path.Combine(Plans, "kazuo", "00_plan.mplan"), p => p.GetProperty("diagnostics").GetArrayLength() > 0);

        var finding = published.GetProperty("diagnostics")[0];
        Assert.Equal("MP9002", finding.GetProperty("code").GetString());
        Assert.Equal(0, finding.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        await StillServes(client);
    }

    [Fact]
    public async Task A_file_outside_any_plan_folder_is_served_without_findings()
    {
        using var temp = new TempFolder();
        var loose = temp.Write("loose.mplan", "现状 x \"甲\" {\n    值: 1 处\n}\n");
        await using var client = await LspClient.StartAsync(temp.Path);
        await client.OpenAsync(loose);

        var symbols = await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = LspClient.Uri(loose) } });

        Assert.Equal("x 甲", symbols[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_supplementary_character_counts_two_utf16_units_on_both_sides()
    {
        await using var client = await LspClient.StartAsync(Plans);
        // Two CJK Ext. B characters (two UTF-16 units each) in a comment before the total on its line.
        var text = File.ReadAllText(Status).Replace("    值: 26 个", "/*\uD840\uDC00\uD840\uDC00*/值: 26 个", StringComparison.Ordinal);
        await client.OpenAsync(Status, 1, text);

        var published = await client.DiagnosticsAsync(Status, p => p.TryGetProperty("version", out var v) && v.GetInt32() == 1);

        // "/*" 2 + 4 surrogate units + "*/" 2 + "值: " 3 = column 11, as an editor counts it.
        var start = published.GetProperty("diagnostics")[0].GetProperty("range").GetProperty("start");
        Assert.Equal(48, start.GetProperty("line").GetInt32());
        Assert.Equal(11, start.GetProperty("character").GetInt32());
    }

    [Fact]
    public async Task A_text_over_the_size_limit_is_reported_not_parsed()
    {
        await using var client = await LspClient.StartAsync(Plans);
        // ASCII, so that the message (64 MiB) stays under the server's message limit and the text limit is what answers.
        var huge = new string('x', (int)(MineralPlan.Syntax.SourceReader.MaxFileBytes + 16));

        await client.OpenAsync(Status, 1, huge);
        var published = await client.DiagnosticsAsync(Status, p => p.GetProperty("diagnostics").EnumerateArray().Any(d => d.GetProperty("code").GetString() == "MP0009"));

        Assert.Contains("上限", published.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("code").GetString() == "MP0009").GetProperty("message").GetString(), StringComparison.Ordinal);
        await client.ChangeAsync(Status, File.ReadAllText(Status), 2);
        var back = await client.DiagnosticsAsync(Status, p => p.TryGetProperty("version", out var v) && v.GetInt32() == 2);
        Assert.Equal("MP2001", back.GetProperty("diagnostics")[0].GetProperty("code").GetString());
    }

    /// <summary>A rule whose descriptor cannot even be read: the check itself fails, not just the rule.</summary>
    private sealed class BrokenRule : IRule
    {
        public DiagnosticDescriptor Descriptor => throw new InvalidOperationException("broken on purpose");

        public string Source => "test";

        public IEnumerable<Diagnostic> Check(RuleContext context) => throw new InvalidOperationException("broken on purpose");
    }
}
