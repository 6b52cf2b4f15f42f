using System.Text;
using System.Text.Json;
using MineralPlan.LanguageServer;

namespace MineralPlan.Tests.LanguageServer;

/// <summary>
/// A client that writes raw bytes to the language server and reads its frames back, for what a well-behaved client
/// library cannot send: bad JSON, batches, absurd headers. Every read gives up after a bounded time.
/// </summary>
public sealed class RawLsp : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly PlanLanguageServer _server;

    private RawLsp(Stream stream, PlanLanguageServer server)
    {
        _stream = stream;
        _server = server;
    }

    public static RawLsp Start(ServerOptions? options = null)
    {
        var (serverStream, clientStream) = Nerdbank.Streams.FullDuplexStream.CreatePair();
        return new RawLsp(clientStream, PlanLanguageServer.Start(serverStream, serverStream, options ?? new ServerOptions()));
    }

    public async Task SendBytesAsync(byte[] bytes)
    {
        await _stream.WriteAsync(bytes);
        await _stream.FlushAsync();
    }

    public Task SendBodyAsync(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        return SendBytesAsync([.. Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n"), .. bytes]);
    }

    public Task SendAsync(object message) => SendBodyAsync(JsonSerializer.Serialize(message));

    public Task InitializeAsync(string root, object? initializationOptions = null) => SendAsync(new
    {
        jsonrpc = "2.0",
        id = 1,
        method = "initialize",
        @params = new { processId = (int?)null, rootUri = LspClient.Uri(root), capabilities = new { }, initializationOptions = initializationOptions ?? new { debounceMilliseconds = 0 } },
    });

    /// <summary>The next frame the server writes that answers <paramref name="id"/> (a number, or null for an answer to no id); publications are passed over.</summary>
    public async Task<JsonElement> AnswerAsync(int? id)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var frame = await ReadFrameAsync(timeout.Token);
            if (!frame.TryGetProperty("id", out var got))
            {
                continue;
            }

            if (id is null ? got.ValueKind == JsonValueKind.Null : got.ValueKind == JsonValueKind.Number && got.GetInt32() == id)
            {
                return frame;
            }
        }
    }

    /// <summary>The next frame the server writes, whatever it answers.</summary>
    public async Task<JsonElement> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var frame = await ReadFrameAsync(timeout.Token);
            if (frame.TryGetProperty("id", out _))
            {
                return frame;
            }
        }
    }

    /// <summary>The client closes its side: the server sees the end of its input.</summary>
    public ValueTask CloseInputAsync() => _stream.DisposeAsync();

    /// <summary>Completes when the server's connection ends.</summary>
    public Task Completion => _server.Completion;

    public static int ErrorCode(JsonElement answer) => answer.GetProperty("error").GetProperty("code").GetInt32();

    private async Task<JsonElement> ReadFrameAsync(CancellationToken cancellation)
    {
        var header = new List<byte>();
        var one = new byte[1];
        while (!(header.Count >= 4 && header[^4] == '\r' && header[^3] == '\n' && header[^2] == '\r' && header[^1] == '\n'))
        {
            if (await _stream.ReadAsync(one, cancellation) == 0)
            {
                throw new EndOfStreamException("the server closed its output");
            }

            header.Add(one[0]);
        }

        var text = Encoding.ASCII.GetString([.. header]);
        var length = int.Parse(text.Split("\r\n").First(l => l.StartsWith("Content-Length:", StringComparison.Ordinal))["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var body = new byte[length];
        await _stream.ReadExactlyAsync(body, cancellation);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _server.Dispose();
    }
}
