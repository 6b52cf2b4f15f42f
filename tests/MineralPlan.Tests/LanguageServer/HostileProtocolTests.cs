using System.Text;
using System.Text.Json;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.Checking;
using MineralPlan.LanguageServer;
using MineralPlan.Tests.Infrastructure;
using MineralPlan.Workspaces;

namespace MineralPlan.Tests.LanguageServer;

/// <summary>
/// What a broken or hostile client sends: malformed frames, requests out of turn, documents outside the opened folder,
/// a window the user has not trusted. Each gets the answer the specification names, and the server goes on serving.
/// </summary>
public sealed class HostileProtocolTests
{
    private static readonly string Plans = Repo.PathOf("plans");
    private static readonly string Status = Path.Combine(Plans, "kazuo", "10_status.mplan");

    private static object Symbols(int id, string path) => new { jsonrpc = "2.0", id, method = "textDocument/documentSymbol", @params = new { textDocument = new { uri = LspClient.Uri(path) } } };

    private static async Task StillServes(RawLsp client, int id)
    {
        await client.SendAsync(Symbols(id, Status));
        var answer = await client.AnswerAsync(id);
        Assert.Equal(JsonValueKind.Array, answer.GetProperty("result").ValueKind);
    }

    [Theory]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":", -32700)]
    [InlineData("[{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"shutdown\"}]", -32600)]
    [InlineData("42", -32600)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"shutdown\"}", -32600)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":1e400,\"method\":\"shutdown\"}", -32600)]
    [InlineData("{\"jsonrpc\":\"2.0\"}", -32600)]
    public async Task A_malformed_message_is_answered_with_its_JSON_RPC_error_and_the_server_goes_on(string body, int code)
    {
        await using var client = RawLsp.Start();
        await client.InitializeAsync(Plans);
        await client.AnswerAsync(1);

        await client.SendBodyAsync(body);
        Assert.Equal(code, RawLsp.ErrorCode(await client.AnswerAsync(null)));
        await StillServes(client, 2);
    }

    [Fact]
    public async Task A_method_that_is_no_string_or_params_that_are_no_object_are_answered_to_their_id()
    {
        await using var client = RawLsp.Start();
        await client.InitializeAsync(Plans);
        await client.AnswerAsync(1);

        await client.SendBodyAsync("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":12}");
        Assert.Equal(-32600, RawLsp.ErrorCode(await client.AnswerAsync(7)));
        await client.SendBodyAsync("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"textDocument/hover\",\"params\":5}");
        Assert.Equal(-32602, RawLsp.ErrorCode(await client.AnswerAsync(8)));
        await StillServes(client, 9);
    }

    [Fact]
    public async Task JSON_nested_a_hundred_thousand_deep_is_a_parse_error_not_a_stack_overflow()
    {
        await using var client = RawLsp.Start();
        await client.InitializeAsync(Plans);
        await client.AnswerAsync(1);

        var deep = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/hover\",\"params\":" + new string('[', 100_000) + new string(']', 100_000) + "}";
        await client.SendBodyAsync(deep);
        var answer = await client.AnswerAsync(null);
        Assert.Equal(-32700, RawLsp.ErrorCode(answer));
        Assert.Contains("not valid JSON", answer.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        await StillServes(client, 4);
    }

    [Theory]
    [InlineData("Content-Length: -5\r\n\r\n{}")]
    [InlineData("Content-Length: abc\r\n\r\n")]
    [InlineData("Content-Type: application/json\r\n\r\n")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"shutdown\"}")]
    public async Task A_frame_that_cannot_be_delimited_is_answered_and_reading_resumes_at_the_next_header(string frame)
    {
        await using var client = RawLsp.Start();
        await client.InitializeAsync(Plans);
        await client.AnswerAsync(1);

        await client.SendBytesAsync(Encoding.ASCII.GetBytes(frame));
        await StillServes(client, 2);
    }

    [Fact]
    public async Task Requests_before_initialize_and_after_shutdown_get_the_errors_the_specification_names()
    {
        await using var client = RawLsp.Start();
        await client.SendAsync(Symbols(1, Status));
        Assert.Equal(-32002, RawLsp.ErrorCode(await client.AnswerAsync(1)));

        await client.InitializeAsync(Plans);
        var init = await client.AnswerAsync(1);
        Assert.True(init.TryGetProperty("result", out _));
        await client.SendAsync(new { jsonrpc = "2.0", id = 2, method = "initialize", @params = new { } });
        Assert.Equal(-32600, RawLsp.ErrorCode(await client.AnswerAsync(2)));

        await client.SendAsync(new { jsonrpc = "2.0", id = 3, method = "shutdown" });
        await client.AnswerAsync(3);
        await client.SendAsync(Symbols(4, Status));
        Assert.Equal(-32600, RawLsp.ErrorCode(await client.AnswerAsync(4)));
    }

    [Fact]
    public async Task A_hover_with_no_position_is_an_invalid_params_error_that_names_what_is_missing()
    {
        await using var client = RawLsp.Start();
        await client.InitializeAsync(Plans);
        await client.AnswerAsync(1);

        await client.SendAsync(new { jsonrpc = "2.0", id = 2, method = "textDocument/hover", @params = new { textDocument = new { uri = LspClient.Uri(Status) } } });
        var answer = await client.AnswerAsync(2);
        Assert.Equal(-32602, RawLsp.ErrorCode(answer));
        var message = answer.GetProperty("error").GetProperty("message").GetString();
        Assert.Contains("position", message, StringComparison.Ordinal);
        Assert.DoesNotContain("NullReference", message, StringComparison.Ordinal);
        await client.SendAsync(new { jsonrpc = "2.0", id = 3, method = "textDocument/hover", @params = new { position = new { line = 0, character = 0 } } });
        Assert.Equal(-32602, RawLsp.ErrorCode(await client.AnswerAsync(3)));
        await StillServes(client, 4);
    }

    [Fact]
    public async Task A_document_outside_the_opened_folder_is_refused_and_nothing_of_it_is_read()
    {
        using var temp = new TempFolder();
        temp.Write("secret.mplan", "章 \"SECRET_TOKEN\" {\n    段: \"x\"\n}\n");
        temp.Write("plans/p/plan.mplan", "章 \"公开\" {\n    段: \"x\"\n}\n");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "plans/p/link.mplan"), Path.Combine(temp.Path, "secret.mplan"));
        await using var client = await LspClient.StartAsync(Path.Combine(temp.Path, "plans"));

        foreach (var outside in new[] { Path.Combine(temp.Path, "secret.mplan"), Path.Combine(temp.Path, "plans/p/link.mplan"), Path.Combine(temp.Path, "plans/../secret.mplan"), "/etc/passwd" })
        {
            var error = await Assert.ThrowsAnyAsync<StreamJsonRpc.RemoteRpcException>(() =>
                client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = new Uri(outside).AbsoluteUri } }));
            Assert.Contains("位于编辑器打开的文件夹之外", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("SECRET", error.Message, StringComparison.Ordinal);
        }

        // Opening it as a document does not make it served, nor open a workspace rooted outside.
        await client.OpenAsync(Path.Combine(temp.Path, "secret.mplan"), 1, "章 \"x\" {}\n");
        await Assert.ThrowsAnyAsync<StreamJsonRpc.RemoteRpcException>(() =>
            client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = LspClient.Uri(Path.Combine(temp.Path, "secret.mplan")) } }));
        Assert.DoesNotContain(client.Server.Workspaces, w => w.Root == temp.Path || w.Root == "/");

        var inside = await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = LspClient.Uri(Path.Combine(temp.Path, "plans/p/plan.mplan")) } });
        Assert.Equal("公开", inside[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Documents_in_any_of_several_opened_folders_are_served_and_a_sibling_with_a_shared_prefix_is_not()
    {
        using var temp = new TempFolder();
        temp.Write("a/p/plan.mplan", "章 \"甲\" {\n    段: \"x\"\n}\n");
        temp.Write("b/q/plan.mplan", "章 \"乙\" {\n    段: \"x\"\n}\n");
        temp.Write("a-sibling/r/plan.mplan", "章 \"丙\" {\n    段: \"x\"\n}\n");
        await using var client = RawLsp.Start();
        await client.SendAsync(new
        {
            jsonrpc = "2.0",
            id = 1,
            method = "initialize",
            @params = new { processId = (int?)null, capabilities = new { }, workspaceFolders = new[] { new { uri = LspClient.Uri(Path.Combine(temp.Path, "a")), name = "a" }, new { uri = LspClient.Uri(Path.Combine(temp.Path, "b")), name = "b" } } },
        });
        await client.AnswerAsync(1);

        var id = 2;
        foreach (var (file, served) in new[] { ("a/p/plan.mplan", true), ("b/q/plan.mplan", true), ("a-sibling/r/plan.mplan", false) })
        {
            await client.SendAsync(Symbols(id, Path.Combine(temp.Path, file)));
            var answer = await client.AnswerAsync(id++);
            Assert.Equal(served, answer.TryGetProperty("result", out _));
        }
    }

    [Fact]
    public async Task A_client_that_opened_the_root_of_the_file_system_is_served_everywhere()
    {
        await using var client = await LspClient.StartAsync("/");
        var symbols = await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = LspClient.Uri(Status) } });
        Assert.Equal(JsonValueKind.Array, symbols.ValueKind);
    }

    [Fact]
    public async Task A_window_the_user_has_not_trusted_runs_no_script_even_where_the_user_trusts_the_folder()
    {
        using var temp = new TempFolder();
        temp.Write("plans/p/plan.mplan", File.ReadAllText(Repo.PathOf("plans/skeleton/plan.mplan")));
        temp.Write("plans/p/note.rule.csx", "Warn(\"x\");\n");
        var plan = Path.Combine(temp.Path, "plans/p/plan.mplan");
        var options = new ServerOptions
        {
            Workspace = root => new WorkspaceOptions { DisplayRoot = root, TrustScripts = true, Scripts = (_, _, _) => new ScriptRan() },
        };

        await using (var trusted = await LspClient.StartAsync(Path.Combine(temp.Path, "plans"), options: options))
        {
            await trusted.OpenAsync(plan);
            var published = await trusted.DiagnosticsAsync(plan, p => p.GetProperty("diagnostics").GetArrayLength() > 0);
            Assert.Contains(published.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "MP9999");
        }

        await using var restricted = await LspClient.StartAsync(Path.Combine(temp.Path, "plans"), new { debounceMilliseconds = 0, workspaceTrusted = false }, options);
        await restricted.OpenAsync(plan);
        var limited = await restricted.DiagnosticsAsync(plan, p => p.GetProperty("diagnostics").GetArrayLength() > 0);
        var codes = limited.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToList();
        Assert.DoesNotContain("MP9999", codes);
        Assert.Contains("MP5007", codes);
    }

    /// <summary>Stands for a plan's scripts: reports one finding when it is run.</summary>
    private sealed class ScriptRan : IRule
    {
        private static readonly DiagnosticDescriptor Ran = new("MP9999", DiagnosticSeverity.Warning, "script ran", "a script ran", "脚本已运行");

        public DiagnosticDescriptor Descriptor => Ran;

        public string Source => "test";

        public IEnumerable<Diagnostic> Check(RuleContext context) => [Diagnostic.Create(Ran, context.Plan.Header.Span)];
    }
}
