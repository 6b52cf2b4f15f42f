using System.Text;
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

/// <summary>The server's exit code and the preview's refusals, each in the session's language.</summary>
public sealed class SessionEndTests
{
    private static byte[] Frames(params object[] messages) =>
        [.. messages.SelectMany(m =>
        {
            var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(m));
            // Framed as a client frames it, independently of the server's own header writer.
            return Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n").Concat(body);
        })];

    [Fact]
    public async Task The_exit_code_is_0_after_shutdown_and_exit_and_1_when_the_client_just_goes()
    {
        var init = new { jsonrpc = "2.0", id = 1, method = "initialize", @params = new { capabilities = new { } } };
        var (serverSide, clientSide) = Nerdbank.Streams.FullDuplexStream.CreatePair();
        var run = PlanLanguageServer.RunAsync(serverSide, serverSide, new ServerOptions());
        await clientSide.WriteAsync(Frames(init, new { jsonrpc = "2.0", id = 2, method = "shutdown" }));
        await clientSide.FlushAsync();
        // As an editor does: exit only once shutdown is answered.
        var seen = new StringBuilder();
        var buffer = new byte[4096];
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            while (!seen.ToString().Contains("\"id\":2", StringComparison.Ordinal))
            {
                var read = await clientSide.ReadAsync(buffer, timeout.Token);
                seen.Append(Encoding.UTF8.GetString(buffer, 0, read));
            }
        }

        await clientSide.WriteAsync(Frames(new { jsonrpc = "2.0", method = "exit" }));
        await clientSide.FlushAsync();
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(30)));

        var (gone, goneClient) = Nerdbank.Streams.FullDuplexStream.CreatePair();
        var log = new StringWriter();
        var abandoned = PlanLanguageServer.RunAsync(gone, gone, new ServerOptions { Log = TextWriter.Synchronized(log) });
        await goneClient.WriteAsync(Frames(init));
        await goneClient.FlushAsync();
        await goneClient.DisposeAsync();
        Assert.Equal(1, await abandoned.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Theory]
    [InlineData("zh", "该规划还没有“规划”头部，无法预览")]
    [InlineData("en", "the plan has no 规划 header yet: nothing to preview")]
    public async Task A_plan_without_its_header_is_not_previewed_and_says_why(string language, string message)
    {
        using var temp = new TempFolder();
        var file = temp.Write("plans/p/10_items.mplan", "现状 a \"甲\" {\n    值: 1 个\n}\n");
        await using var client = await LspClient.StartAsync(Path.Combine(temp.Path, "plans"), new { debounceMilliseconds = 0, language });
        await client.OpenAsync(file);

        var error = await Assert.ThrowsAnyAsync<StreamJsonRpc.RemoteRpcException>(() => client.RequestAsync("mplan/preview", new { textDocument = new { uri = LspClient.Uri(file) } }));

        Assert.Equal(message, error.Message);
    }
}
