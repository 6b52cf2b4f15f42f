using System.Diagnostics;
using System.Text;
using System.Text.Json;
using MineralPlan.LanguageServer;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.LanguageServer;

/// <summary>The preview of a large plan runs off the request loop, is bounded in size and time, and can be cancelled.</summary>
public sealed class PreviewBoundsTests
{
    /// <summary>A plan of many paragraphs: its preview takes a while, its outline very little.</summary>
    private static (TempFolder Temp, string Plan) LargePlan(int paragraphs)
    {
        var temp = new TempFolder();
        var text = new StringBuilder(Compile.Header);
        text.Append("章 \"长\" {\n");
        for (var i = 0; i < paragraphs; i++)
        {
            text.Append("    段: \"第").Append(i).Append("段：全县矿产资源勘查开发保护总体布局进一步优化，绿色矿山建设持续推进。\"\n");
        }

        text.Append("}\n");
        return (temp, temp.Write("plans/p/plan.mplan", text.ToString()));
    }

    private static object Document(string path) => new { textDocument = new { uri = LspClient.Uri(path) } };

    [Fact]
    public async Task Other_requests_are_answered_while_a_large_preview_renders()
    {
        var (temp, plan) = LargePlan(60_000);
        using var _ = temp;
        await using var client = await LspClient.StartAsync(Path.Combine(temp.Path, "plans"));
        await client.OpenAsync(plan);
        await client.IdleAsync();

        var clock = Stopwatch.StartNew();
        var preview = client.RequestAsync("mplan/preview", Document(plan));
        var symbols = await client.RequestAsync("textDocument/documentSymbol", Document(plan));
        var outlineTook = clock.Elapsed;
        Assert.Equal(JsonValueKind.Array, symbols.ValueKind);
        Assert.False(preview.IsCompleted, $"the outline ({outlineTook.TotalMilliseconds:0} ms) was answered while the preview still rendered");
        var html = (await preview).GetProperty("html").GetString() ?? string.Empty;
        Assert.Contains("第59999段", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_over_the_preview_limit_is_refused_with_a_pointer_to_render()
    {
        var (temp, plan) = LargePlan(2_000);
        using var _ = temp;
        await using var client = await LspClient.StartAsync(Path.Combine(temp.Path, "plans"), options: new ServerOptions { PreviewMaxCharacters = 10_000, Language = "en" }, initializationOptions: new { debounceMilliseconds = 0, language = "en" });
        await client.OpenAsync(plan);

        var error = await Assert.ThrowsAnyAsync<StreamJsonRpc.RemoteRpcException>(() => client.RequestAsync("mplan/preview", Document(plan)));
        Assert.Contains("more than the preview shows", error.Message, StringComparison.Ordinal);
        Assert.Contains("mplan render --format html", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preview_past_its_time_budget_is_stopped_and_the_server_goes_on()
    {
        var (temp, plan) = LargePlan(60_000);
        using var _ = temp;
        await using var client = await LspClient.StartAsync(Path.Combine(temp.Path, "plans"), options: new ServerOptions { PreviewTimeout = TimeSpan.FromMilliseconds(50) }, initializationOptions: new { debounceMilliseconds = 0, language = "en" });
        await client.OpenAsync(plan);

        var error = await Assert.ThrowsAnyAsync<StreamJsonRpc.RemoteRpcException>(() => client.RequestAsync("mplan/preview", Document(plan)));
        Assert.Contains("was stopped", error.Message, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, (await client.RequestAsync("textDocument/documentSymbol", Document(plan))).ValueKind);
    }

    [Fact]
    public async Task A_preview_the_client_cancels_ends_as_cancelled()
    {
        var (temp, plan) = LargePlan(60_000);
        using var _ = temp;
        await using var client = await LspClient.StartAsync(Path.Combine(temp.Path, "plans"));
        await client.OpenAsync(plan);
        await client.IdleAsync();

        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(30));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.RequestAsync("mplan/preview", Document(plan), cancel.Token));
        Assert.Equal(JsonValueKind.Array, (await client.RequestAsync("textDocument/documentSymbol", Document(plan))).ValueKind);
    }
}
