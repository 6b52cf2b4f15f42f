using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MineralPlan.Tests.Infrastructure;
using StreamJsonRpc;

namespace MineralPlan.Tests.LanguageServer;

/// <summary>
/// The server's whole answers, not a word picked from them: one editing session over the shipped plans (hover on a
/// finding, an item, a carried item, a mineral, a keyword; completion in each context; navigation; rename; the
/// outline; semantic tokens; code actions; the findings as published; the error answers), written down in Chinese
/// and in English and compared with a reviewed baseline (Baselines/lsp). A change to any answer's text, range or
/// order shows up here as a diff to review.
/// </summary>
public sealed class AnswerBaselineTests
{
    private static readonly string Plans = Repo.PathOf("plans");
    private static readonly string Header = Path.Combine(Plans, "kazuo", "00_plan.mplan");
    private static readonly string Status = Path.Combine(Plans, "kazuo", "10_status.mplan");
    private static readonly string Targets = Path.Combine(Plans, "kazuo", "20_targets.mplan");
    private static readonly string Layout = Path.Combine(Plans, "kazuo", "30_layout.mplan");

    private static readonly JsonSerializerOptions Readable = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task An_editing_session_answers_as_the_reviewed_baseline(string language)
    {
        await using var client = await LspClient.StartAsync(Plans, new { debounceMilliseconds = 0, language });
        var log = new Transcript();
        log.Add("initialize", client.Initialized);
        foreach (var file in new[] { Header, Status, Targets, Layout })
        {
            await client.OpenAsync(file);
        }

        await client.IdleAsync();
        foreach (var file in new[] { Status, Targets })
        {
            log.Add($"findings of {Name(file)}", (await client.DiagnosticsAsync(file, p => Version(p, 1))).GetProperty("diagnostics"));
        }

        // Hover: a finding with its rule and derivation, an item, a reference, a keyword, a property, a carried item, a mineral, nothing.
        await Hover(client, log, Status, "值: 26 个", 4);
        await Hover(client, log, Status, "mines2020 \"全县矿山\"", 2);
        await Hover(client, log, Status, "mines2020.大中型", 3);
        await Hover(client, log, Status, "现状 county_area", 0);
        await Hover(client, log, Status, "组成: [金属矿产", 0);
        await Hover(client, log, Layout, "上级.GK_yezhugou", 5);
        await Hover(client, log, Layout, "铁矿", 0);
        await Hover(client, log, Layout, "矿种: 建筑用砂石", 5);
        await Hover(client, log, Layout, "矿种: \"建筑用玄武岩\"", 6);
        await Hover(client, log, Header, "chaoyang", 2);
        await Hover(client, log, Status, "// 第一章", 3);

        // Navigation from a reference to its declaration, in the plan and up to the parent's.
        foreach (var (file, marker, delta) in new[] { (Status, "mines2020.大中型", 2), (Layout, "上级.GK_yezhugou", 5) })
        {
            var at = At(file, marker, delta);
            log.Add($"definition at {Name(file)} «{marker}»+{delta}", await client.RequestAsync("textDocument/definition", at));
            log.Add($"references at {Name(file)} «{marker}»+{delta}", await client.RequestAsync("textDocument/references",
                new { textDocument = new { uri = LspClient.Uri(file) }, position = Position(file, marker, delta), context = new { includeDeclaration = true } }));
            log.Add($"prepareRename at {Name(file)} «{marker}»+{delta}", await client.RequestAsync("textDocument/prepareRename", at));
        }

        log.Add("rename mines2020 to mines_2020", await client.RequestAsync("textDocument/rename",
            new { textDocument = new { uri = LspClient.Uri(Status) }, position = Position(Status, "mines2020 \"全县矿山\"", 1), newName = "mines_2020" }));

        // Code actions for each finding, as the editor asks with the finding in its context.
        foreach (var file in new[] { Status, Targets })
        {
            var findings = (await client.DiagnosticsAsync(file, p => Version(p, 1))).GetProperty("diagnostics");
            foreach (var finding in findings.EnumerateArray())
            {
                log.Add($"code actions for {finding.GetProperty("code").GetString()} in {Name(file)}", await client.RequestAsync("textDocument/codeAction", new
                {
                    textDocument = new { uri = LspClient.Uri(file) },
                    range = finding.GetProperty("range"),
                    context = new { diagnostics = new[] { finding } },
                }));
            }
        }

        var chapter = Path.Combine(Plans, "kazuo", "42_指导思想和原则.mplan");
        foreach (var file in new[] { Targets, chapter })
        {
            log.Add($"outline of {Name(file)}", await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = LspClient.Uri(file) } }));
            log.Add($"folding of {Name(file)}", await client.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri = LspClient.Uri(file) } }));
        }

        log.Add("workspace symbols «mines»", await client.RequestAsync("workspace/symbol", new { query = "mines" }));
        foreach (var file in new[] { Header, chapter })
        {
            log.Add($"semantic tokens of {Name(file)}", Tokens(File.ReadAllText(file),
                await client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri = LspClient.Uri(file) } })));
        }

        // Completion while typing a new zone at the end of the layout file, one context after another.
        var layout = File.ReadAllText(Layout);
        var version = 2;
        foreach (var typed in new[] { string.Empty, "类型: 重点勘查区\n    ", "级别: ", "类型: ", "矿种: 钼", "落实: 上级.", "面积: 12.5 ", "属性: ", "计量: ", "备注: \"{" })
        {
            var edited = layout + "\n分区 ZK_new \"新区\" {\n    " + typed;
            await client.ChangeAsync(Layout, edited, version);
            // Completion answers from the last completed check: wait for this text's, or ids typed just now may be missing.
            var typedVersion = version++;
            await client.DiagnosticsAsync(Layout, p => Version(p, typedVersion));
            var lines = edited.Split('\n');
            log.Add($"completion after «{typed.Replace("\n", "⏎", StringComparison.Ordinal)}»",
                Completions(await client.RequestAsync("textDocument/completion", LspClient.At(Layout, lines.Length - 1, lines[^1].Length))));
        }

        var top = layout + "\n";
        await client.ChangeAsync(Layout, top, version++);
        log.Add("completion at the top level", Completions(await client.RequestAsync("textDocument/completion", LspClient.At(Layout, top.Split('\n').Length - 1, 0))));

        var messy = "现状 x \"甲\" {\n年份:2020\n      值:   1 处\n}\n";
        await client.ChangeAsync(Layout, messy, version++);
        log.Add("formatting", await client.RequestAsync("textDocument/formatting", new { textDocument = new { uri = LspClient.Uri(Layout) }, options = new { tabSize = 4, insertSpaces = true } }));

        // Error answers say what to do, in the session's language.
        await Refused(client, log, "hover with no position", "textDocument/hover", new { textDocument = new { uri = LspClient.Uri(Status) } });
        await Refused(client, log, "rename to a name that is no id", "textDocument/rename",
            new { textDocument = new { uri = LspClient.Uri(Status) }, position = Position(Status, "mines2020 \"全县矿山\"", 1), newName = "not an id" });
        await Refused(client, log, "rename where no id is", "textDocument/rename",
            new { textDocument = new { uri = LspClient.Uri(Status) }, position = Position(Status, "// 第一章", 3), newName = "x" });
        await Refused(client, log, "a document outside the opened folders", "textDocument/hover", LspClient.At(Path.Combine(Path.GetTempPath(), "elsewhere.mplan"), 0, 0));

        await Refused(client, log, "initialize a second time", "initialize", new { capabilities = new { } });
        log.Add("shutdown", await client.RequestAsync("shutdown", new { }));
        await Refused(client, log, "a request after shutdown", "textDocument/hover", At(Status, "mines2020", 0));

        Baseline.Match(log.ToString(), BaselineName(language));
    }

    public static string BaselineName(string language) => $"lsp/session.{language}.txt";

    private static bool Version(JsonElement p, int version) => p.TryGetProperty("version", out var v) && v.GetInt32() == version;

    private static string Name(string file) => Path.GetRelativePath(Plans, file).Replace('\\', '/');

    private static object Position(string file, string marker, int delta)
    {
        var text = File.ReadAllText(file);
        var offset = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"{marker} is not in {file}");
        offset += delta;
        var before = text[..offset];
        var line = before.Count(c => c == '\n');
        var character = offset - (before.LastIndexOf('\n') + 1);
        return new { line, character };
    }

    private static object At(string file, string marker, int delta) => new { textDocument = new { uri = LspClient.Uri(file) }, position = Position(file, marker, delta) };

    private static async Task Hover(LspClient client, Transcript log, string file, string marker, int delta) =>
        log.Add($"hover at {Name(file)} «{marker}»+{delta}", await client.RequestAsync("textDocument/hover", At(file, marker, delta)));

    private static async Task Refused(LspClient client, Transcript log, string title, string method, object parameters)
    {
        var error = await Assert.ThrowsAnyAsync<RemoteRpcException>(() => client.RequestAsync(method, parameters));
        log.Add(title, JsonSerializer.SerializeToElement(new { code = (int?)error.ErrorCode, message = error.Message }));
    }

    /// <summary>One line per item (label, kind, detail): a list of dozens reads better so than as JSON.</summary>
    private static JsonElement Completions(JsonElement list) =>
        JsonSerializer.SerializeToElement(list.GetProperty("items").EnumerateArray().Select(i =>
            $"{i.GetProperty("label").GetString()} | {Field(i, "kind")} | {Field(i, "detail")} | {Field(i, "insertText")} | {Field(i, "sortText")}").ToArray());

    private static string Field(JsonElement item, string name) => item.TryGetProperty(name, out var value) ? value.ToString() : "-";

    /// <summary>The relative encoding decoded to one line per token: where it is, its type and the text it covers.</summary>
    private static JsonElement Tokens(string text, JsonElement answer)
    {
        var data = answer.GetProperty("data").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var lines = text.Split('\n');
        var (line, start) = (0, 0);
        var tokens = new List<string>();
        for (var i = 0; i + 4 < data.Length; i += 5)
        {
            start = data[i] == 0 ? start + data[i + 1] : data[i + 1];
            line += data[i];
            var covered = lines[line].Substring(start, Math.Min(data[i + 2], lines[line].Length - start));
            covered = covered.Length > 24 ? covered[..24] + "…" : covered;
            tokens.Add($"{line}:{start}+{data[i + 2]} {MineralPlan.LanguageServer.Features.SemanticTokenizer.Types[data[i + 3]]} «{covered}»");
        }

        return JsonSerializer.SerializeToElement(tokens);
    }

    private sealed class Transcript
    {
        private readonly StringBuilder _text = new();
        private readonly string _root = LspClient.Uri(Plans);

        public void Add(string title, JsonElement answer)
        {
            var json = Compact(JsonNode.Parse(answer.GetRawText()))?.ToJsonString(Readable) ?? "null";
            json = json.Replace(_root, "file:///plans", StringComparison.Ordinal)
                .Replace(LspClient.Uri(Path.GetTempPath()).TrimEnd('/'), "file:///tmp", StringComparison.Ordinal);
            _text.Append("## ").AppendLine(title).AppendLine(json).AppendLine();
        }

        public override string ToString() => _text.ToString();

        /// <summary>Ranges as "line:character-line:character" (0-based, as the protocol counts): a range per line reads at a glance.</summary>
        private static JsonNode? Compact(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o when o.Count == 2 && Point(o["start"]) is { } start && Point(o["end"]) is { } end:
                    return JsonValue.Create($"{start}-{end}");
                case JsonObject o:
                    foreach (var key in o.Select(p => p.Key).ToList())
                    {
                        o[key] = Compact(o[key]?.DeepClone());
                    }

                    return o;
                case JsonArray a:
                    var items = a.Select(i => Compact(i?.DeepClone())).ToList();
                    return new JsonArray([.. items]);
                default:
                    return node;
            }
        }

        private static string? Point(JsonNode? node) =>
            node is JsonObject { Count: 2 } p && p["line"] is JsonValue line && p["character"] is JsonValue character ? $"{line}:{character}" : null;
    }
}
