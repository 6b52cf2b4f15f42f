using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MineralPlan.LanguageServer;
using StreamJsonRpc;

namespace MineralPlan.Benchmarks;

/// <summary>
/// The language server's latency as an editor meets it, over the protocol (JSON-RPC framing and serialisation
/// included) in one process: a one-character edit of plans/kazuo to its published findings, completion and hover
/// round trips, memory with every file of plans/ open, and the time to first findings in a large workspace.
/// The check's debounce is 0 here: the figures are the server's own time, not its deliberate wait.
/// </summary>
public static class EditorLatency
{
    public static async Task<int> RunAsync(string plans, int edits, string? large, int soak = 0)
    {
        plans = Path.GetFullPath(plans);
        var status = Path.Combine(plans, "kazuo", "10_status.mplan");
        var layout = Path.Combine(plans, "kazuo", "30_layout.mplan");
        await using (var client = await Client.StartAsync(plans))
        {
            var text = await File.ReadAllTextAsync(status);
            await client.OpenAsync(status, text, 1);
            await client.PublishedAsync(status, 1);

            // One character changes each time (26 <-> 27): a real change of the model, so the plan is re-bound and re-checked.
            var editTimes = new List<double>();
            for (var version = 2; version < edits + 22; version++)
            {
                var edited = text.Replace("值: 26 个", version % 2 == 0 ? "值: 27 个" : "值: 26 个", StringComparison.Ordinal);
                var clock = Stopwatch.StartNew();
                await client.ChangeAsync(status, edited, version);
                await client.PublishedAsync(status, version);
                if (version >= 22)
                {
                    editTimes.Add(clock.Elapsed.TotalMilliseconds);   // the first 20 warm up (JIT)
                }
            }

            await client.OpenAsync(layout, await File.ReadAllTextAsync(layout), 1);
            await client.PublishedAsync(layout, 1);
            var completion = await Times(edits, () => client.RequestAsync("textDocument/completion", At(layout, 5, 8)));
            var hover = await Times(edits, () => client.RequestAsync("textDocument/hover", At(layout, 7, 16)));
            if (soak > 0)
            {
                // Many edits must not grow memory: each cache keeps one entry per file and plan (texlab #856 grew per edit).
                var before = Heap();
                var version = edits + 100;
                for (var i = 0; i < soak; i++, version++)
                {
                    await client.ChangeAsync(status, text.Replace("值: 26 个", $"值: {26 + (i % 50)} 个", StringComparison.Ordinal), version);
                    await client.PublishedAsync(status, version);
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"soak: {soak} edits, managed heap {before / 1048576.0:0.0} MB before, {Heap() / 1048576.0:0.0} MB after"));
            }

            Report("edit -> findings published (kazuo)", editTimes);
            Report("completion (级别: in kazuo)", completion);
            Report("hover (上级.GK_yezhugou)", hover);

            // Every plan file open, all checked: the memory an editor session with the whole folder open holds.
            var version1 = 1;
            foreach (var file in Directory.EnumerateFiles(plans, "*.mplan", SearchOption.AllDirectories).Where(f => f != status && f != layout))
            {
                await client.OpenAsync(file, await File.ReadAllTextAsync(file), version1);
            }

            await client.Server.Idle;
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            using var process = Process.GetCurrentProcess();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"all of plans/ open: {Directory.EnumerateFiles(plans, "*.mplan", SearchOption.AllDirectories).Count()} files, managed heap {GC.GetTotalMemory(false) / 1048576.0:0} MB, working set {process.WorkingSet64 / 1048576.0:0} MB (benchmark client included)"));
        }

        if (large is not null)
        {
            large = Path.GetFullPath(large);
            var county = Directory.EnumerateDirectories(large).Order(StringComparer.Ordinal).FirstOrDefault(d => Path.GetFileName(d).StartsWith("county", StringComparison.Ordinal))
                ?? Directory.EnumerateDirectories(large).Order(StringComparer.Ordinal).Last();
            var file = Directory.EnumerateFiles(county, "*.mplan").Order(StringComparer.Ordinal).First();
            var clock = Stopwatch.StartNew();
            await using var client = await Client.StartAsync(large);
            await client.OpenAsync(file, await File.ReadAllTextAsync(file), 1);
            await client.PublishedAsync(file, 1);
            var first = clock.Elapsed.TotalMilliseconds;
            await client.Server.Idle;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Directory.EnumerateDirectories(large).Count()}-plan workspace: first findings for {Path.GetFileName(county)} in {first:0} ms (server start included); its dependents checked after {clock.Elapsed.TotalMilliseconds:0} ms"));
        }

        return 0;
    }

    private static long Heap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static object At(string path, int line, int character) =>
        new { textDocument = new { uri = new Uri(path).AbsoluteUri }, position = new { line, character } };

    private static async Task<List<double>> Times(int count, Func<Task> request)
    {
        for (var i = 0; i < 20; i++)
        {
            await request();
        }

        var result = new List<double>();
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            await request();
            result.Add(clock.Elapsed.TotalMilliseconds);
        }

        return result;
    }

    private static void Report(string what, List<double> times)
    {
        times.Sort();
        double At(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: p50 {At(0.5):0.0} ms, p95 {At(0.95):0.0} ms, max {times[^1]:0.0} ms over {times.Count}"));
    }

    /// <summary>A minimal LSP client over an in-process stream pair.</summary>
    private sealed class Client : IAsyncDisposable
    {
        private readonly JsonRpc _rpc;
        private readonly ConcurrentDictionary<(string Uri, int Version), TaskCompletionSource> _waiting = new();

        private Client(PlanLanguageServer server, JsonRpc rpc)
        {
            Server = server;
            _rpc = rpc;
        }

        public PlanLanguageServer Server { get; }

        public static async Task<Client> StartAsync(string root)
        {
            var (serverStream, clientStream) = Nerdbank.Streams.FullDuplexStream.CreatePair();
            var server = PlanLanguageServer.Start(serverStream, serverStream, new ServerOptions());
            var formatter = new SystemTextJsonFormatter();
            formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, formatter));
            var client = new Client(server, rpc);
            var handler = new Action<JsonElement>(client.OnPublish);
            rpc.AddLocalRpcMethod(handler.Method, client, new JsonRpcMethodAttribute("textDocument/publishDiagnostics") { UseSingleObjectParameterDeserialization = true });
            rpc.StartListening();
            await client.RequestAsync("initialize", new { rootUri = new Uri(root).AbsoluteUri, initializationOptions = new { debounceMilliseconds = 0 } });
            return client;
        }

        public Task<JsonElement> RequestAsync(string method, object parameters) => _rpc.InvokeWithParameterObjectAsync<JsonElement>(method, parameters);

        public Task OpenAsync(string path, string text, int version) =>
            _rpc.NotifyWithParameterObjectAsync("textDocument/didOpen", new { textDocument = new { uri = new Uri(path).AbsoluteUri, languageId = "mplan", version, text } });

        public Task ChangeAsync(string path, string text, int version) =>
            _rpc.NotifyWithParameterObjectAsync("textDocument/didChange", new { textDocument = new { uri = new Uri(path).AbsoluteUri, version }, contentChanges = new[] { new { text } } });

        public async Task PublishedAsync(string path, int version)
        {
            var key = (new Uri(path).AbsoluteUri, version);
            await _waiting.GetOrAdd(key, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task.WaitAsync(TimeSpan.FromMinutes(2));
            _waiting.TryRemove(key, out _);   // the client's own bookkeeping must not count in the soak's memory
        }

        public async ValueTask DisposeAsync()
        {
            await RequestAsync("shutdown", new { });
            _rpc.Dispose();
            Server.Dispose();
        }

        private void OnPublish(JsonElement p)
        {
            if (p.TryGetProperty("version", out var v))
            {
                _waiting.GetOrAdd((p.GetProperty("uri").GetString()!, v.GetInt32()), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            }
        }
    }
}
