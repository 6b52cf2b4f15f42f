using System.Text.Json;
using MineralPlan.LanguageServer;
using MineralPlan.Tests.Infrastructure;
using StreamJsonRpc;

namespace MineralPlan.Tests.LanguageServer;

/// <summary>
/// What a session decides once and what follows a file through it: the language of the answers (the client's
/// setting, then the host's, then the editor's locale), files changed on disk while the editor is open, and a file
/// closed while another file of its plan stays open.
/// </summary>
public sealed class SessionLifecycleTests
{
    private static readonly string Plans = Repo.PathOf("plans");

    [Theory]
    [InlineData(null, null, null, "zh")]
    [InlineData("en", null, null, "en")]
    [InlineData(null, "en", null, "en")]
    [InlineData(null, null, "en-US", "en")]
    [InlineData(null, null, "zh-CN", "zh")]
    [InlineData(null, "en", "zh-CN", "en")]
    [InlineData("zh", "en", "en-US", "zh")]
    [InlineData("en", "zh", null, "en")]
    [InlineData(null, "zh", "en-GB", "zh")]
    public async Task The_answers_language_is_the_clients_setting_then_the_hosts_then_the_editors_locale(string? client, string? host, string? locale, string expected)
    {
        await using var session = await LspClient.StartAsync(Plans, new { debounceMilliseconds = 0, language = client }, new ServerOptions { Language = host }, locale: locale);

        var error = await Assert.ThrowsAnyAsync<RemoteRpcException>(() =>
            session.RequestAsync("textDocument/hover", LspClient.At(Path.Combine(Path.GetTempPath(), "elsewhere.mplan"), 0, 0)));

        Assert.Equal(expected == "en" ? "the document lies outside the folders opened in the editor; it is not read" : "该文档位于编辑器打开的文件夹之外，不予读取", error.Message);
    }

    [Fact]
    public async Task A_file_changed_on_disk_is_read_again_and_its_plans_findings_republished()
    {
        using var temp = new TempFolder();
        var plans = CopyPlans(temp.Path);
        var status = Path.Combine(plans, "kazuo", "10_status.mplan");
        var targets = Path.Combine(plans, "kazuo", "20_targets.mplan");
        await using var client = await LspClient.StartAsync(plans);
        await client.OpenAsync(status);
        Assert.Contains("MP2009", Codes(await client.DiagnosticsAsync(targets)));
        await client.IdleAsync();
        client.Forget();

        // The reviewers set the two 控制性 indicators to 约束性 in another program; the editor reports the change.
        File.WriteAllText(targets, File.ReadAllText(targets).Replace("控制性", "约束性", StringComparison.Ordinal));
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = LspClient.Uri(targets), type = 2 } } });

        Assert.DoesNotContain("MP2009", Codes(await client.DiagnosticsAsync(targets)));
        // The open file keeps the editor's text and its own findings.
        Assert.Contains("MP2001", Codes(await client.DiagnosticsAsync(status)));
    }

    [Fact]
    public async Task Closing_an_edited_file_while_another_of_its_plan_is_open_checks_the_disk_copy_again()
    {
        var status = Path.Combine(Plans, "kazuo", "10_status.mplan");
        var layout = Path.Combine(Plans, "kazuo", "30_layout.mplan");
        await using var client = await LspClient.StartAsync(Plans);
        await client.OpenAsync(layout);
        var text = File.ReadAllText(status);
        await client.OpenAsync(status, 1, text);
        await client.DiagnosticsAsync(status, p => p.TryGetProperty("version", out var v) && v.GetInt32() == 1);
        await client.ChangeAsync(status, text.Replace("值: 26 个", "值: 31 个", StringComparison.Ordinal), 2);
        Assert.DoesNotContain("MP2001", Codes(await client.DiagnosticsAsync(status, p => p.TryGetProperty("version", out var v) && v.GetInt32() == 2)));
        await client.IdleAsync();
        client.Forget();

        // Unsaved edits are dropped on close: the file on disk (26 个) is the plan again, and its finding comes back.
        await client.CloseAsync(status);

        Assert.Contains("MP2001", Codes(await client.DiagnosticsAsync(status)));
    }

    private static string[] Codes(JsonElement publication) =>
        [.. publication.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString() ?? string.Empty)];

    private static string CopyPlans(string into)
    {
        var plans = Path.Combine(into, "plans");
        foreach (var plan in new[] { "kazuo", "chaoyang", "liaoning" })
        {
            var target = Path.Combine(plans, plan);
            Directory.CreateDirectory(target);
            foreach (var file in Directory.GetFiles(Path.Combine(Plans, plan)))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }
        }

        return plans;
    }
}
