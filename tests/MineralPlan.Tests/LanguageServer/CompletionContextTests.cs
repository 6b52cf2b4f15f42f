using System.Text.Json;
using MineralPlan.Semantics.Schema;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.LanguageServer;

/// <summary>
/// Completion after <c>key:</c> offers the words that key takes in that block, spelled as the file is written (Chinese
/// or English keywords), and after <c>上级.</c>/<c>省级.</c>/<c>市级.</c>/<c>planid.</c> the items of the plans above it names.
/// Expected lists come from <see cref="Words"/>, the language's dictionary.
/// </summary>
public sealed class CompletionContextTests
{
    private static readonly string Plans = Repo.PathOf("plans");
    private static readonly string File = Path.Combine(Plans, "kazuo", "30_layout.mplan");

    public static TheoryData<string, string, string, bool> Vocabularies()
    {
        var data = new TheoryData<string, string, string, bool>();
        foreach (var chinese in new[] { true, false })
        {
            foreach (var (block, key, vocabulary) in new[]
            {
                ("indicator", "basis", "Bases"), ("quota", "basis", "Bases"), ("zone", "kind", "ZoneKinds"), ("count", "kind", "ZoneKinds"),
                ("block", "kind", "BlockKinds"), ("table", "kind", "TableKinds"), ("block", "mineral_class", "MineralClasses"),
                ("direction", "stance", "Stances"), ("direction", "activity", "Activities"), ("min_scale", "mine", "MineKinds"),
                ("table", "from", "Sources"), ("application", "right", "RightKinds"), ("plan", "numbering", "NumberingSchemes"),
                ("indicator", "measure", "Measures"), ("indicator", "attribute", "Attributes"), ("zone", "level", "Levels"),
            })
            {
                data.Add(block, key, vocabulary, chinese);
            }
        }

        return data;
    }

    private static async Task<string[]> LabelsAfter(LspClient client, string text, int version)
    {
        await client.ChangeAsync(File, text, version);
        await client.DiagnosticsAsync(File, p => p.TryGetProperty("version", out var v) && v.GetInt32() == version);
        var lines = text.Split('\n');
        var answer = await client.RequestAsync("textDocument/completion", LspClient.At(File, lines.Length - 1, lines[^1].Length));
        return [.. answer.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString() ?? string.Empty)];
    }

    [Theory]
    [MemberData(nameof(Vocabularies))]
    public async Task After_a_key_the_words_it_takes_in_that_block_in_the_files_spelling(string block, string key, string vocabulary, bool chinese)
    {
        await using var client = await LspClient.StartAsync(Plans);
        await client.OpenAsync(File);
        var words = (Vocabulary)(typeof(Words).GetField(vocabulary)?.GetValue(null) ?? throw new InvalidOperationException(vocabulary));
        string Spell(Vocabulary v, string word) => v.Find(word) is { } k ? (chinese ? k.Chinese : k.English) : word;

        var text = $"{Spell(Words.Blocks, block)} new_item \"新\" {{\n    {Spell(Words.Properties, key)}: ";
        var labels = await LabelsAfter(client, text, 2);

        Assert.Equal(words.Keywords.Select(k => chinese ? k.Chinese : k.English), labels);
    }

    [Fact]
    public async Task Ids_codes_plans_and_the_parent_prefix_where_a_key_takes_them()
    {
        await using var client = await LspClient.StartAsync(Plans);
        var original = System.IO.File.ReadAllText(File);
        await client.OpenAsync(File, 1, original);
        var version = 2;
        async Task<string[]> After(string head, string typed) => await LabelsAfter(client, original + $"\n{head} {{\n    {typed}", version++);

        Assert.Contains("GK_yezhugou", await After("现状 f \"甲\"", "对应: "));
        Assert.Contains("sand_min", await After("表格 t \"表\"", "条目: "));
        Assert.Contains("MP2001", await After("例外 e", "规则: "));
        Assert.DoesNotContain("MP2001", await After("分区 z \"甲\"", "规则: "));
        Assert.Contains("chaoyang", await After("规划 p", "上级规划: "));
        var carried = await After("分区 z \"甲\"", "落实: ");
        Assert.Equal("上级.", carried[0]);
        Assert.Contains("GK_yezhugou", carried);
        var english = await LabelsAfter(client, "zone z \"x\" {\n    carries: ", version++);
        Assert.Equal("parent.", english[0]);
    }

    [Theory]
    [InlineData("省级.", "liaoning")]
    [InlineData("市级.", "chaoyang")]
    [InlineData("上级.", "chaoyang")]
    [InlineData("liaoning.", "liaoning")]
    [InlineData("nowhere.", null)]
    public async Task After_an_upward_head_the_items_of_the_plans_it_names(string head, string? plan)
    {
        await using var client = await LspClient.StartAsync(Plans);
        var original = System.IO.File.ReadAllText(File);
        await client.OpenAsync(File, 1, original);

        var labels = await LabelsAfter(client, original + "\n分区 z \"甲\" {\n    落实: " + head, 2);

        var expected = plan is null ? [] : Compiled(plan);
        Assert.Equal(expected.Order(StringComparer.Ordinal), labels.Order(StringComparer.Ordinal));
    }

    private static string[] Compiled(string plan) =>
        [.. MineralPlan.Workspaces.Workspace.CompileFolder(Path.Combine(Plans, plan), Plans)?.Plan?.Items.Select(i => i.Id).OfType<string>() ?? []];
}
