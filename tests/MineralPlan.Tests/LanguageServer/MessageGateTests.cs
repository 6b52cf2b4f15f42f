using System.Text;
using System.Text.Json;
using MineralPlan.LanguageServer;
using MineralPlan.LanguageServer.Protocol;
using MineralPlan.Tests.Infrastructure;

namespace MineralPlan.Tests.LanguageServer;

/// <summary>The gate in front of StreamJsonRpc, case by case: what it takes as a header, what it answers, what it logs.</summary>
public sealed class MessageGateTests
{
    private static readonly string Plans = Repo.PathOf("plans");
    private static readonly string Status = Path.Combine(Plans, "kazuo", "10_status.mplan");

    [Theory]
    [InlineData("Content-Length: 12", 12L)]
    [InlineData("content-length:12", 12L)]
    [InlineData("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length:  7 ", 7L)]
    [InlineData("Content-Length: 0", 0L)]
    [InlineData("Content-Length: 9223372036854775807", long.MaxValue)]
    [InlineData("Content-Length: 99999999999999999999", null)]
    [InlineData("Content-Length: -5", null)]
    [InlineData("Content-Length: 1e3", null)]
    [InlineData("Content-Length: ", null)]
    [InlineData(": 12", null)]
    [InlineData("X-Content-Length: 12", null)]
    [InlineData("Content-Type: text", null)]
    public void The_Content_Length_is_a_whole_number_of_at_most_19_digits(string header, long? expected)
    {
        Assert.Equal(expected, MessageGate.ContentLength(Encoding.ASCII.GetBytes(header)));
    }

    private static async Task<(RawLsp Client, StringWriter Log)> Started()
    {
        var log = new StringWriter();
        var client = RawLsp.Start(new ServerOptions { Log = TextWriter.Synchronized(log) });
        await client.InitializeAsync(Plans);
        await client.AnswerAsync(1);
        return (client, log);
    }

    private static async Task StillServes(RawLsp client, int id)
    {
        await client.SendAsync(new { jsonrpc = "2.0", id, method = "textDocument/documentSymbol", @params = new { textDocument = new { uri = LspClient.Uri(Status) } } });
        Assert.Equal(JsonValueKind.Array, (await client.AnswerAsync(id)).GetProperty("result").ValueKind);
    }

    [Theory]
    [InlineData("[1]", -32600, "batch messages are not part of the Language Server Protocol; send each message on its own")]
    [InlineData("\"text\"", -32600, "a message must be a JSON object")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":[1],\"method\":\"x\"}", -32600, "a message's id must be a whole number or a string")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"x\"}", -32600, "a message's id must be a whole number or a string")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":4}", -32600, "a message needs a method (a request or notification) or a result or error (a response)")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"x\",\"params\":\"text\"}", -32602, "params must be an object or an array")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":true}", -32600, "a message's method must be a string")]
    public async Task Each_refusal_says_why_in_a_JSON_RPC_2_answer_and_in_the_log(string body, int code, string message)
    {
        var (client, log) = await Started();
        await using var _ = client;
        await client.SendBodyAsync(body);
        var answer = await client.AnswerAsync(body.Contains("\"id\":4", StringComparison.Ordinal) ? 4 : null);
        Assert.Equal("2.0", answer.GetProperty("jsonrpc").GetString());
        Assert.Equal(code, RawLsp.ErrorCode(answer));
        Assert.Equal(message, answer.GetProperty("error").GetProperty("message").GetString());
        await StillServes(client, 9);
        Assert.Contains("refused a message: " + message, log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_string_id_is_answered_with_the_same_string()
    {
        var (client, _) = await Started();
        await using var __ = client;
        await client.SendBodyAsync("{\"jsonrpc\":\"2.0\",\"id\":\"abc\",\"method\":7}");
        var answer = await client.NextAsync();
        Assert.Equal("abc", answer.GetProperty("id").GetString());
        Assert.Equal(-32600, RawLsp.ErrorCode(answer));
    }

    [Fact]
    public async Task Nesting_within_64_levels_is_passed_on_and_past_it_is_a_parse_error()
    {
        var (client, _) = await Started();
        await using var __ = client;
        string Deep(int id, int depth) => "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"workspace/symbol\",\"params\":{\"query\":\"x\",\"deep\":" + new string('[', depth) + new string(']', depth) + "}}";
        await client.SendBodyAsync(Deep(5, 60));
        Assert.True((await client.AnswerAsync(5)).TryGetProperty("result", out _), "62 levels are a message like any other");
        await client.SendBodyAsync(Deep(6, 70));
        Assert.Equal(-32700, RawLsp.ErrorCode(await client.AnswerAsync(null)));
    }

    [Fact]
    public async Task Garbage_before_a_header_is_answered_once_and_the_message_after_it_is_served()
    {
        var (client, log) = await Started();
        await using var _ = client;
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { jsonrpc = "2.0", id = 7, method = "textDocument/documentSymbol", @params = new { textDocument = new { uri = LspClient.Uri(Status) } } }));
        await client.SendBytesAsync([.. Encoding.ASCII.GetBytes("garbage garbage\r\n more garbage "), .. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body]);
        var first = await client.NextAsync();
        Assert.Equal(JsonValueKind.Null, first.GetProperty("id").ValueKind);
        Assert.Equal("bytes without a Content-Length header were skipped", first.GetProperty("error").GetProperty("message").GetString());
        var served = await client.NextAsync();
        Assert.Equal(7, served.GetProperty("id").GetInt32());
        Assert.Equal(JsonValueKind.Array, served.GetProperty("result").ValueKind);
        Assert.Single(log.ToString().Split('\n'), l => l.Contains("bytes without a Content-Length", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Content-Length: abc")]
    [InlineData("Content-Length: -1")]
    [InlineData("Content-Length: 12 bytes")]
    public async Task A_header_whose_length_is_no_whole_number_is_answered_once_and_reading_goes_on(string header)
    {
        var (client, log) = await Started();
        await using var _ = client;
        await client.SendBytesAsync(Encoding.ASCII.GetBytes(header + "\r\n\r\n"));

        var answer = await client.AnswerAsync(null);

        Assert.Equal(-32700, RawLsp.ErrorCode(answer));
        Assert.Equal("the header has no valid Content-Length (a whole number of bytes); the message is skipped", answer.GetProperty("error").GetProperty("message").GetString());
        await StillServes(client, 6);
        Assert.Single(log.ToString().Split('\n'), l => l.Contains("no valid Content-Length", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Whitespace_between_messages_is_not_garbage()
    {
        var (client, log) = await Started();
        await using var _ = client;
        await client.SendBytesAsync(Encoding.ASCII.GetBytes("\r\n \r\n"));
        await StillServes(client, 3);
        Assert.DoesNotContain("without a Content-Length", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_header_that_never_ends_is_skipped_after_8_KiB()
    {
        var (client, _) = await Started();
        await using var __ = client;
        await client.SendBytesAsync(Encoding.ASCII.GetBytes("Content-Length: 10\r\nX-Padding: " + new string('x', 20_000)));
        var answer = await client.NextAsync();
        Assert.Equal("a header longer than 8 KiB was skipped", answer.GetProperty("error").GetProperty("message").GetString());
        await client.SendBytesAsync(Encoding.ASCII.GetBytes("\r\n\r\n"));
        await StillServes(client, 4);
    }

    [Fact]
    public async Task An_oversized_message_is_skipped_whole_and_the_next_one_served()
    {
        // 300 MiB announced and sent (in zeros), then a real request: the gate reads past the body without keeping it.
        var (client, _) = await Started();
        await using var __ = client;
        const long Size = 300L << 20;
        await client.SendBytesAsync(Encoding.ASCII.GetBytes($"Content-Length: {Size}\r\n\r\n"));
        var answer = await client.NextAsync();
        Assert.Equal($"the message of {Size} bytes is larger than the 256 MiB this server reads; it is skipped", answer.GetProperty("error").GetProperty("message").GetString());
        var chunk = new byte[1 << 20];
        for (var sent = 0L; sent < Size; sent += chunk.Length)
        {
            await client.SendBytesAsync(chunk);
        }

        await StillServes(client, 5);
    }

    [Fact]
    public async Task A_message_of_exactly_the_limit_is_not_refused_for_its_size()
    {
        Assert.Equal(256L << 20, MessageGate.MaxMessageBytes);
        var (client, _) = await Started();
        await using var __ = client;
        // Announce the limit itself, send a shorter valid body padded with spaces (JSON allows trailing whitespace).
        var body = Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"workspace/symbol\",\"params\":{\"query\":\"zz\"}}");
        var padding = new byte[MessageGate.MaxMessageBytes - body.Length];
        Array.Fill(padding, (byte)' ');
        await client.SendBytesAsync([.. Encoding.ASCII.GetBytes($"Content-Length: {MessageGate.MaxMessageBytes}\r\n\r\n"), .. body]);
        await client.SendBytesAsync(padding);
        Assert.True((await client.AnswerAsync(8)).TryGetProperty("result", out _));
    }

    [Fact]
    public async Task The_end_of_the_input_ends_the_server_mid_header_or_mid_body()
    {
        foreach (var tail in new[] { "Content-Len", "Content-Length: 50\r\n\r\n{\"jsonrpc\"" })
        {
            var (client, log) = await Started();
            await client.SendBytesAsync(Encoding.ASCII.GetBytes(tail));
            await client.CloseInputAsync();
            var completion = client.Completion;
            Assert.Same(completion, await Task.WhenAny(completion, Task.Delay(TimeSpan.FromSeconds(30))));
            await client.DisposeAsync();
            Assert.DoesNotContain("refused", log.ToString(), StringComparison.Ordinal);
        }
    }
}
