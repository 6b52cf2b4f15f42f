using System.Collections.Concurrent;
using System.Text.Json;
using MineralPlan.LanguageServer;
using StreamJsonRpc;

namespace MineralPlan.Tests.LanguageServer;

/// <summary>
/// A client talking to the language server in process over a full-duplex stream pair, with the same framing an editor
/// uses. It waits for published diagnostics of a given version (never sleeps), and keeps every publication in order.
/// </summary>
public sealed class LspClient : IAsyncDisposable
{
    private readonly JsonRpc _rpc;
    private readonly PlanLanguageServer _server;
    private readonly ConcurrentQueue<JsonElement> _published = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private LspClient(PlanLanguageServer server, JsonRpc rpc)
    {
        _server = server;
        _rpc = rpc;
    }

    public PlanLanguageServer Server => _server;

    public IReadOnlyList<JsonElement> Published => [.. _published];

    /// <summary>The $/progress values received, in order.</summary>
    public ConcurrentQueue<JsonElement> Progress { get; } = new();

    /// <summary>The answer to initialize: the server's capabilities and info.</summary>
    public JsonElement Initialized { get; private set; }

    public static async Task<LspClient> StartAsync(string root, object? initializationOptions = null, ServerOptions? options = null, object? capabilities = null, string? locale = null)
    {
        var (serverStream, clientStream) = Nerdbank.Streams.FullDuplexStream.CreatePair();
        var server = PlanLanguageServer.Start(serverStream, serverStream, options ?? new ServerOptions());
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, formatter));
        var client = new LspClient(server, rpc);
        var onPublish = new Action<JsonElement>(client.OnPublish);
        rpc.AddLocalRpcMethod(onPublish.Method, client, new JsonRpcMethodAttribute("textDocument/publishDiagnostics") { UseSingleObjectParameterDeserialization = true });
        var create = new Func<JsonElement, object?>(client.OnCreateProgress);
        rpc.AddLocalRpcMethod(create.Method, client, new JsonRpcMethodAttribute("window/workDoneProgress/create") { UseSingleObjectParameterDeserialization = true });
        var progress = new Action<JsonElement>(client.OnProgress);
        rpc.AddLocalRpcMethod(progress.Method, client, new JsonRpcMethodAttribute("$/progress") { UseSingleObjectParameterDeserialization = true });
        rpc.StartListening();
        client.Initialized = await client.RequestAsync("initialize", new
        {
            processId = (int?)null,
            locale,
            rootUri = Uri(root),
            capabilities = capabilities ?? new { },
            initializationOptions = initializationOptions ?? new { debounceMilliseconds = 0 },
        });
        await client.NotifyAsync("initialized", new { });
        return client;
    }

    public static string Uri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    public Task<JsonElement> RequestAsync(string method, object parameters, CancellationToken cancellation = default) =>
        _rpc.InvokeWithParameterObjectAsync<JsonElement>(method, parameters, cancellation);

    public Task NotifyAsync(string method, object parameters) => _rpc.NotifyWithParameterObjectAsync(method, parameters);

    public Task OpenAsync(string path, int version = 1, string? text = null) =>
        NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = Uri(path), languageId = "mplan", version, text = text ?? File.ReadAllText(path) } });

    public Task ChangeAsync(string path, string text, int version) =>
        NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Uri(path), version }, contentChanges = new[] { new { text } } });

    public Task CloseAsync(string path) => NotifyAsync("textDocument/didClose", new { textDocument = new { uri = Uri(path) } });

    /// <summary>The next publication for <paramref name="path"/> matching <paramref name="accept"/> (e.g. of a version), waiting at most 60 s.</summary>
    public async Task<JsonElement> DiagnosticsAsync(string path, Func<JsonElement, bool>? accept = null)
    {
        var uri = Uri(path);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var match = _published.LastOrDefault(p => p.GetProperty("uri").GetString() == uri && (accept?.Invoke(p) ?? true));
            if (match.ValueKind != JsonValueKind.Undefined)
            {
                return match;
            }

            await _arrived.WaitAsync(TimeSpan.FromSeconds(1));
        }

        throw new TimeoutException($"no diagnostics published for {path}");
    }

    /// <summary>Waits until the checks scheduled so far have been published.</summary>
    public Task IdleAsync() => _server.Idle;

    public void Forget() => _published.Clear();

    public static object At(string path, int line, int character) => new { textDocument = new { uri = Uri(path) }, position = new { line, character } };

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RequestAsync("shutdown", new { });
            await NotifyAsync("exit", new { });
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException or RemoteRpcException)
        {
            // Gone already, or shut down by the test itself.
        }

        _rpc.Dispose();
        _server.Dispose();
    }

    private object? OnCreateProgress(JsonElement p) => null;

    private void OnProgress(JsonElement p) => Progress.Enqueue(p.Clone());

    private void OnPublish(JsonElement p)
    {
        _published.Enqueue(p.Clone());
        _arrived.Release();
    }
}
