using System.Text.Json;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.LanguageServer.Features;
using MineralPlan.LanguageServer.Protocol;
using MineralPlan.Semantics.Model;
using MineralPlan.Workspaces;
using StreamJsonRpc;

namespace MineralPlan.LanguageServer;

/// <summary>
/// The language server: LSP 3.17 over a stream pair, with StreamJsonRpc's header framing (as vscode-jsonrpc). Text
/// changes apply in arrival order (one synchronisation context); each makes a new snapshot at once, and the check
/// runs after a quiet spell in the background (<see cref="DiagnosticScheduler"/>). Requests answer from the snapshot of
/// their turn and the last completed check, never waiting for a new one. No exception leaves a handler: a request
/// that fails gets an error answer, a check that fails a finding.
/// </summary>
public sealed class PlanLanguageServer : IDisposable
{
    private readonly ServerOptions _options;
    private readonly IReadOnlyList<object> _handlers;
    private readonly OpenWorkspaces _documents;
    private readonly JsonRpc _rpc;
    private readonly MessageGate _gate;
    private readonly TaskCompletionSource _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // The folders the client opened (real paths): no document outside them is read or served.
    private readonly DocumentRoots _roots = new();

    private int _firstCheckShown;

    private PlanLanguageServer(Stream input, Stream output, ServerOptions options)
    {
        _options = options;
        Language = options.Language == "en" ? Language.En : Language.Zh;
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
        formatter.JsonSerializerOptions.PropertyNameCaseInsensitive = true;
        // Between the client and StreamJsonRpc, the gate answers what is malformed and passes on the rest (MessageGate).
        var framed = new FramedOutput(output);
        var passed = new System.IO.Pipelines.Pipe(new System.IO.Pipelines.PipeOptions(pauseWriterThreshold: MessageGate.MaxMessageBytes + (1 << 20), resumeWriterThreshold: 1 << 20));
        _gate = new MessageGate(input, passed.Writer, framed, message => options.Log.WriteLine(message));
        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(framed, passed.Reader.AsStream(), formatter));
        _documents = new OpenWorkspaces(root => Restricted
            ? new WorkspaceOptions { DisplayRoot = root }
            : options.Workspace(root) with { DisplayRoot = root });
        Scheduler = NewScheduler(TimeSpan.FromMilliseconds(200));
        // One handler per method (Handlers/): each exposes only its JSON-RPC methods and declares its own capability.
        _handlers = Handlers.ServerHandlers.All(this);
        foreach (var handler in _handlers)
        {
            _rpc.AddLocalRpcTarget(handler, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        }

        // Text sync must apply in order: handlers run one at a time, in arrival order, on this context.
        _rpc.SynchronizationContext = new Microsoft.VisualStudio.Threading.NonConcurrentSynchronizationContext(sticky: false);
    }

    // The session's state, read and set by the handlers (all on the request loop's one context).
    internal ServerOptions Options => _options;

    internal OpenWorkspaces Documents => _documents;

    internal DocumentRoots Roots => _roots;

    /// <summary>Where checks are scheduled and published; initialize replaces it when the client sets its own quiet spell.</summary>
    internal DiagnosticScheduler Scheduler { get; set; }

    internal Language Language { get; set; }

    internal bool IsInitialized { get; set; }

    internal bool IsShutDown { get; set; }

    /// <summary>A window the user has not trusted (VS Code's restricted mode): findings only, no scripts, no plugins.</summary>
    internal bool Restricted { get; set; }

    internal bool ShowsProgress { get; set; }

    /// <summary>The handlers' capabilities, folded into the answer to initialize.</summary>
    internal ServerCapabilities Capabilities() =>
        _handlers.OfType<Handlers.IDeclaresCapability>().Aggregate(new ServerCapabilities(), (c, h) => h.Declare(c));

    internal void Exit() => _exit.TrySetResult();

    /// <summary>Completes when the client disconnects or sends exit.</summary>
    public Task Completion => Task.WhenAny(_rpc.Completion, _exit.Task).Unwrap();

    /// <summary>Serves until the client disconnects or sends exit; returns the process exit code (0 after shutdown, else 1, as the spec asks).</summary>
    public static async Task<int> RunAsync(Stream input, Stream output, ServerOptions options)
    {
        using var server = Start(input, output, options);
        try
        {
            await server.Completion.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            options.Log.WriteLine("connection ended: " + e.Message);
        }

        return server.IsShutDown ? 0 : 1;
    }

    public static PlanLanguageServer Start(Stream input, Stream output, ServerOptions options)
    {
        var server = new PlanLanguageServer(input, output, options);
        server._rpc.StartListening();
        _ = Task.Run(server._gate.RunAsync);
        return server;
    }

    /// <summary>Completes when the checks scheduled so far are published (for tests and benchmarks).</summary>
    public Task Idle => Scheduler.Idle;

    /// <summary>The workspaces the server has open (for tests and benchmarks that count reused work).</summary>
    internal IReadOnlyList<Workspace> Workspaces => _documents.All;

    public void Dispose()
    {
        _rpc.Dispose();
    }

    internal DiagnosticScheduler NewScheduler(TimeSpan debounce) =>
        new(_documents, p => _rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", p), () => Language, debounce, Log);

    internal void Log(string message) => _options.Log.WriteLine(message);

    /// <summary>The path of a document a request names, or an error answer when it lies outside the opened folders.</summary>
    internal string ServedPath(string? uri)
    {
        var path = DocumentUri.ToPath(Require(uri, "textDocument.uri"));
        if (!_roots.Serves(path, _documents.IsOpen(path)))
        {
            throw new ArgumentException(Language == Language.En
                ? "the document lies outside the folders opened in the editor; it is not read"
                : "该文档位于编辑器打开的文件夹之外，不予读取");
        }

        return path;
    }

    internal T Require<T>(T? value, string name)
        where T : class =>
        value ?? throw new ArgumentException(Language == Language.En ? $"the request has no {name}" : $"请求缺少 {name}");

    internal Position Require(Position? value) => Require<Position>(value, "position");

    internal DocumentContext Context(string? uri, bool check = true)
    {
        var path = ServedPath(uri);
        var workspace = _documents.For(path);
        var snapshot = workspace.Current;
        var folder = workspace.PlanFolderOf(path);
        var text = snapshot.TextOf(path) ?? string.Empty;
        // Lookups use the last completed check; only before the first one is a plan checked on the request path.
        var checkedPlan = folder is null ? null : Scheduler.LastGood(folder) ?? (check ? snapshot.Check(folder) : null);
        return new DocumentContext(path, text, workspace, snapshot, checkedPlan, Language, _documents);
    }

    internal T Guard<T>(Func<T> handler)
    {
        // The specification's answers to a request out of turn: before initialize, ServerNotInitialized; after shutdown, InvalidRequest.
        if (!IsInitialized)
        {
            throw new LocalRpcException(Language == Language.En ? "the server is not initialized: send initialize first" : "服务尚未初始化：请先发送 initialize") { ErrorCode = ErrorCodes.ServerNotInitialized };
        }

        if (IsShutDown)
        {
            throw new LocalRpcException(Language == Language.En ? "the server is shut down: only exit is accepted" : "服务已关闭：只接受 exit") { ErrorCode = ErrorCodes.InvalidRequest };
        }

        try
        {
            return handler();
        }
        catch (ArgumentException e)
        {
            throw new LocalRpcException(e.Message) { ErrorCode = ErrorCodes.InvalidParams };
        }
        catch (Exception e) when (e is not LocalRpcException and not OperationCanceledException)
        {
            throw new LocalRpcException($"{e.GetType().Name}: {e.Message}") { ErrorCode = ErrorCodes.RequestFailed };
        }
    }

    /// <summary>
    /// The first check compiles the workspace (seconds in a large one): a client that shows progress is told when it
    /// starts and ends. Later checks are quick and not announced.
    /// </summary>
    internal void ShowFirstCheck()
    {
        if (!ShowsProgress || Interlocked.Exchange(ref _firstCheckShown, 1) == 1)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                const string token = "mplan/first-check";
                await _rpc.InvokeWithParameterObjectAsync("window/workDoneProgress/create", new WorkDoneProgressCreateParams(token)).ConfigureAwait(false);
                var title = Language == Language.En ? "Checking the plans" : "正在检查规划";
                await _rpc.NotifyWithParameterObjectAsync("$/progress", new ProgressParams(token, new WorkDoneProgress("begin", title))).ConfigureAwait(false);
                await Scheduler.Idle.ConfigureAwait(false);
                await _rpc.NotifyWithParameterObjectAsync("$/progress", new ProgressParams(token, new WorkDoneProgress("end"))).ConfigureAwait(false);
            }
            catch (Exception e) when (e is RemoteRpcException or ConnectionLostException or ObjectDisposedException)
            {
                Log("progress: " + e.Message);
            }
        });
    }

    /// <summary>A context whose check is of the current text: rename and code actions edit text, so they use the current version's results.</summary>
    internal DocumentContext CurrentContext(string? uri)
    {
        var path = ServedPath(uri);
        var workspace = _documents.For(path);
        var snapshot = workspace.Current;
        var folder = workspace.PlanFolderOf(path);
        var checkedPlan = folder is null ? null : snapshot.Check(folder);
        return new DocumentContext(path, snapshot.TextOf(path) ?? string.Empty, workspace, snapshot, checkedPlan, Language, _documents);
    }
}
