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
    private readonly OpenWorkspaces _documents;
    private readonly JsonRpc _rpc;
    private readonly MessageGate _gate;
    private DiagnosticScheduler _scheduler;
    private Language _language = Language.Zh;
    private readonly TaskCompletionSource _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _shutdown;
    private bool _initialized;
    private bool _showsProgress;

    // The folders the client opened (real paths): no document outside them is read or served.
    private readonly DocumentRoots _roots = new();

    // A window the user has not trusted (VS Code's restricted mode): findings only, no scripts, no plugins.
    private bool _restricted;
    private int _firstCheckShown;

    private PlanLanguageServer(Stream input, Stream output, ServerOptions options)
    {
        _options = options;
        _language = options.Language == "en" ? Language.En : Language.Zh;
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
        formatter.JsonSerializerOptions.PropertyNameCaseInsensitive = true;
        // Between the client and StreamJsonRpc, the gate answers what is malformed and passes on the rest (MessageGate).
        var framed = new FramedOutput(output);
        var passed = new System.IO.Pipelines.Pipe(new System.IO.Pipelines.PipeOptions(pauseWriterThreshold: MessageGate.MaxMessageBytes + (1 << 20), resumeWriterThreshold: 1 << 20));
        _gate = new MessageGate(input, passed.Writer, framed, message => options.Log.WriteLine(message));
        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(framed, passed.Reader.AsStream(), formatter));
        _documents = new OpenWorkspaces(root => _restricted
            ? new WorkspaceOptions { DisplayRoot = root }
            : options.Workspace(root) with { DisplayRoot = root });
        _scheduler = NewScheduler(TimeSpan.FromMilliseconds(200));
        _rpc.AddLocalRpcTarget(new Handlers(this), new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        // Text sync must apply in order: handlers run one at a time, in arrival order, on this context.
        _rpc.SynchronizationContext = new Microsoft.VisualStudio.Threading.NonConcurrentSynchronizationContext(sticky: false);
    }

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

        return server._shutdown ? 0 : 1;
    }

    public static PlanLanguageServer Start(Stream input, Stream output, ServerOptions options)
    {
        var server = new PlanLanguageServer(input, output, options);
        server._rpc.StartListening();
        _ = Task.Run(server._gate.RunAsync);
        return server;
    }

    /// <summary>Completes when the checks scheduled so far are published (for tests and benchmarks).</summary>
    public Task Idle => _scheduler.Idle;

    /// <summary>The workspaces the server has open (for tests and benchmarks that count reused work).</summary>
    internal IReadOnlyList<Workspace> Workspaces => _documents.All;

    public void Dispose()
    {
        _rpc.Dispose();
    }

    private DiagnosticScheduler NewScheduler(TimeSpan debounce) =>
        new(_documents, p => _rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", p), () => _language, debounce, Log);

    private void Log(string message) => _options.Log.WriteLine(message);

    /// <summary>The path of a document a request names, or an error answer when it lies outside the opened folders.</summary>
    private string ServedPath(string? uri)
    {
        var path = DocumentUri.ToPath(Require(uri, "textDocument.uri"));
        if (!_roots.Serves(path, _documents.IsOpen(path)))
        {
            throw new ArgumentException(_language == Language.En
                ? "the document lies outside the folders opened in the editor; it is not read"
                : "该文档位于编辑器打开的文件夹之外，不予读取");
        }

        return path;
    }

    private T Require<T>(T? value, string name)
        where T : class =>
        value ?? throw new ArgumentException(_language == Language.En ? $"the request has no {name}" : $"请求缺少 {name}");

    private Position Require(Position? value) => Require<Position>(value, "position");

    private DocumentContext Context(string? uri, bool check = true)
    {
        var path = ServedPath(uri);
        var workspace = _documents.For(path);
        var snapshot = workspace.Current;
        var folder = workspace.PlanFolderOf(path);
        var text = snapshot.TextOf(path) ?? string.Empty;
        // Lookups use the last completed check; only before the first one is a plan checked on the request path.
        var checkedPlan = folder is null ? null : _scheduler.LastGood(folder) ?? (check ? snapshot.Check(folder) : null);
        return new DocumentContext(path, text, workspace, snapshot, checkedPlan, _language, _documents);
    }

    private T Guard<T>(Func<T> handler)
    {
        // The specification's answers to a request out of turn: before initialize, ServerNotInitialized; after shutdown, InvalidRequest.
        if (!_initialized)
        {
            throw new LocalRpcException(_language == Language.En ? "the server is not initialized: send initialize first" : "服务尚未初始化：请先发送 initialize") { ErrorCode = ErrorCodes.ServerNotInitialized };
        }

        if (_shutdown)
        {
            throw new LocalRpcException(_language == Language.En ? "the server is shut down: only exit is accepted" : "服务已关闭：只接受 exit") { ErrorCode = ErrorCodes.InvalidRequest };
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

    /// <summary>The JSON-RPC methods, kept apart so only they are exposed.</summary>
    private sealed class Handlers(PlanLanguageServer server)
    {
        [JsonRpcMethod("initialize")]
        public InitializeResult Initialize(InitializeParams? p)
        {
            if (server._initialized || server._shutdown)
            {
                throw new LocalRpcException(server._language == Language.En ? "initialize was already sent" : "initialize 已发送过") { ErrorCode = ErrorCodes.InvalidRequest };
            }

            p ??= new InitializeParams();
            var options = InitializationOptions.From(p.InitializationOptions, new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
            server._restricted = options.WorkspaceTrusted == false;
            server._roots.Set([.. (p.WorkspaceFolders ?? []).Select(f => f?.Uri), p.RootUri, p.RootPath is { } rootPath ? DocumentUri.FromPath(rootPath) : null]);
            server._initialized = true;
            server._showsProgress = p.ShowsProgress;
            var language = options.Language ?? server._options.Language ?? p.Locale;
            server._language = language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.En : Language.Zh;
            if (options.DebounceMilliseconds is { } ms)
            {
                server._scheduler = server.NewScheduler(TimeSpan.FromMilliseconds(Math.Clamp(ms, 0, 10_000)));
            }

            return new InitializeResult(new ServerCapabilities
            {
                CompletionProvider = new CompletionOptions([":", "：", ".", "{", "，"], ResolveProvider: false),
                HoverProvider = true,
                DefinitionProvider = true,
                ReferencesProvider = true,
                RenameProvider = new RenameOptions(PrepareProvider: true),
                DocumentSymbolProvider = true,
                WorkspaceSymbolProvider = true,
                FoldingRangeProvider = true,
                SemanticTokensProvider = new SemanticTokensOptions(new SemanticTokensLegend(SemanticTokenizer.Types, []), Full: true),
                DocumentFormattingProvider = true,
                CodeActionProvider = new CodeActionOptions(["quickfix"]),
            }, new ServerInfo("mplan", typeof(PlanLanguageServer).Assembly.GetName().Version?.ToString(3) ?? "0"));
        }

        [JsonRpcMethod("initialized")]
        public void Initialized(JsonElement? p)
        {
        }

        [JsonRpcMethod("shutdown")]
        public object? Shutdown() => server.Guard<object?>(() =>
        {
            server._shutdown = true;
            return null;
        });

        [JsonRpcMethod("exit")]
        public void Exit() => server._exit.TrySetResult();

        [JsonRpcMethod("textDocument/didOpen")]
        public void DidOpen(DidOpenTextDocumentParams p) => Apply(p?.TextDocument?.Uri, p?.TextDocument?.Text, p?.TextDocument?.Version ?? 0, opened: true);

        [JsonRpcMethod("textDocument/didChange")]
        public void DidChange(DidChangeTextDocumentParams p)
        {
            // Full sync: the last change holds the whole text.
            if (p?.ContentChanges?.LastOrDefault() is { } change)
            {
                Apply(p.TextDocument?.Uri, change.Text, p.TextDocument?.Version ?? 0, opened: true);
            }
        }

        [JsonRpcMethod("textDocument/didSave")]
        public void DidSave(JsonElement p)
        {
        }

        [JsonRpcMethod("textDocument/didClose")]
        public void DidClose(DidCloseTextDocumentParams p)
        {
            try
            {
                if (!server._initialized)
                {
                    return;
                }

                var path = DocumentUri.ToPath(server.Require(p?.TextDocument?.Uri, "textDocument.uri"));
                if (!server._documents.IsOpen(path))
                {
                    return;
                }

                server._documents.Closed(path);
                var workspace = server._documents.For(path);
                workspace.Update(path, text: null, version: 0);
                if (workspace.PlanFolderOf(path) is { } folder)
                {
                    // The disk copy is the plan again; when none of its files is open its findings are withdrawn.
                    if (server._documents.OpenPaths.Any(o => workspace.PlanFolderOf(o) == folder))
                    {
                        server._scheduler.Schedule(workspace, folder);
                    }
                    else
                    {
                        _ = server._scheduler.ClearAsync(folder);
                    }
                }
            }
            catch (Exception e)
            {
                server.Log("didClose: " + e.Message);
            }
        }

        [JsonRpcMethod("workspace/didChangeWatchedFiles")]
        public void DidChangeWatchedFiles(DidChangeWatchedFilesParams p)
        {
            // Files changed on disk: every workspace re-reads them; open documents keep the editor's text.
            if (!server._initialized)
            {
                return;
            }

            foreach (var workspace in server._documents.All)
            {
                workspace.Refresh();
                foreach (var folder in server._documents.OpenPaths.Select(workspace.PlanFolderOf).OfType<string>().Distinct(StringComparer.Ordinal))
                {
                    server._scheduler.Schedule(workspace, folder);
                }
            }
        }

        [JsonRpcMethod("textDocument/completion")]
        public CompletionList Completion(TextDocumentPositionParams p) => server.Guard(() =>
        {
            var document = server.Context(p?.TextDocument?.Uri);
            var position = server.Require(p?.Position);
            var plans = document.Snapshot.PlanFolders().Select(Path.GetFileName).OfType<string>()
                .Concat(document.Workspace.Options.Plugins.SelectMany(x => x.Plans).Select(x => x.Name)).Distinct().ToList();
            return Features.Completion.Complete(document, position, plans, document.Workspace.Rules.Select(r => r.Descriptor.Code).Distinct());
        });

        [JsonRpcMethod("textDocument/hover")]
        public Hover? Hover(TextDocumentPositionParams p) => server.Guard(() =>
        {
            var document = server.Context(p?.TextDocument?.Uri);
            return HoverInfo.At(document, server.Require(p?.Position), document.Workspace.Rules);
        });

        [JsonRpcMethod("textDocument/definition")]
        public Location[] Definition(TextDocumentPositionParams p) => server.Guard(() => Navigation.Definition(server.Context(p?.TextDocument?.Uri), server.Require(p?.Position)));

        [JsonRpcMethod("textDocument/references")]
        public Location[] References(ReferenceParams p) =>
            server.Guard(() => Navigation.References(server.Context(p?.TextDocument?.Uri), server.Require(p?.Position), p?.Context?.IncludeDeclaration ?? true));

        [JsonRpcMethod("textDocument/prepareRename")]
        public PrepareRenameResult? PrepareRename(TextDocumentPositionParams p) => server.Guard(() => Navigation.PrepareRename(server.Context(p?.TextDocument?.Uri), server.Require(p?.Position)));

        [JsonRpcMethod("textDocument/rename")]
        public WorkspaceEdit? Rename(RenameParams p) => server.Guard(() =>
            Navigation.Rename(server.CurrentContext(p?.TextDocument?.Uri), server.Require(p?.Position), server.Require(p?.NewName, "newName"))
            ?? throw new ArgumentException(server._language == Language.En ? "nothing to rename here: put the cursor on an item's id" : "此处没有可重命名的标识：请将光标放在条目的标识上"));

        [JsonRpcMethod("textDocument/documentSymbol")]
        public DocumentSymbol[] DocumentSymbols(DocumentSymbolParams p) => server.Guard(() => Outline.Symbols(server.Context(p?.TextDocument?.Uri, check: false)));

        [JsonRpcMethod("textDocument/foldingRange")]
        public FoldingRange[] Folding(DocumentSymbolParams p) => server.Guard(() => Outline.Folding(server.Context(p?.TextDocument?.Uri, check: false)));

        [JsonRpcMethod("textDocument/semanticTokens/full")]
        public SemanticTokens SemanticTokens(SemanticTokensParams p) => server.Guard(() => SemanticTokenizer.Tokens(server.Context(p?.TextDocument?.Uri, check: false)));

        [JsonRpcMethod("textDocument/formatting")]
        public TextEdit[] Formatting(DocumentFormattingParams p) => server.Guard(() => Features.Formatting.Format(server.Context(p?.TextDocument?.Uri, check: false)));

        [JsonRpcMethod("textDocument/codeAction")]
        public CodeAction[] CodeActions(CodeActionParams p) => server.Guard(() => Features.CodeActions.For(server.CurrentContext(p?.TextDocument?.Uri), server.Require(p?.Range, "range")));

        [JsonRpcMethod("workspace/symbol")]
        public SymbolInformation[] WorkspaceSymbols(WorkspaceSymbolParams p) => server.Guard(() => Symbols.Find(server._documents.All, p?.Query ?? string.Empty, server._documents));

        /// <summary>
        /// The plan as HTML. Rendering a large plan takes seconds, so it runs off the request loop (other requests are
        /// answered meanwhile), stops when the client cancels it ($/cancelRequest) or after <see cref="ServerOptions.PreviewTimeout"/>,
        /// and a plan over <see cref="ServerOptions.PreviewMaxCharacters"/> is refused with a pointer to mplan render.
        /// </summary>
        [JsonRpcMethod("mplan/preview")]
        public async Task<PreviewResult> Preview(PreviewParams p, CancellationToken cancellation)
        {
            // On the loop: only what orders the request among the edits (which snapshot, which document).
            var (path, workspace, snapshot) = server.Guard(() =>
            {
                var path = server.ServedPath(p?.TextDocument?.Uri);
                var workspace = server._documents.For(path);
                return (path, workspace, workspace.Current);
            });
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            budget.CancelAfter(server._options.PreviewTimeout);
            try
            {
                return await Task.Run(() => server.Guard(() => server.RenderPreview(path, workspace, snapshot, budget.Token)), budget.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                var seconds = server._options.PreviewTimeout.TotalSeconds;
                throw new LocalRpcException(server._language == Language.En
                    ? $"the preview took longer than {seconds:0} s and was stopped; render the document with mplan render --format html"
                    : $"预览超过 {seconds:0} 秒，已停止；请用 mplan render --format html 生成文档")
                { ErrorCode = ErrorCodes.RequestFailed };
            }
        }

        private void Apply(string? uri, string? text, int version, bool opened)
        {
            try
            {
                // Notifications before initialize are dropped, as the specification says; a document outside the opened folders is not taken.
                if (!server._initialized || server._shutdown || text is null)
                {
                    return;
                }

                var documentUri = server.Require(uri, "textDocument.uri");
                var path = DocumentUri.ToPath(documentUri);
                if (!server._roots.Serves(path, isOpen: opened))
                {
                    server.Log($"text sync of {uri}: outside the opened folders, ignored");
                    return;
                }
                if (opened)
                {
                    server._documents.Opened(path, documentUri, version);
                }

                var workspace = server._documents.For(path);
                workspace.Update(path, text, version);
                if (workspace.PlanFolderOf(path) is { } folder)
                {
                    server._scheduler.Schedule(workspace, folder);
                    server.ShowFirstCheck();
                }
            }
            catch (Exception e)
            {
                // A notification has no answer: a bad URI or a failure is logged, and the server goes on.
                server.Log($"text sync of {uri}: {e.Message}");
            }
        }
    }

    /// <summary>
    /// The first check compiles the workspace (seconds in a large one): a client that shows progress is told when it
    /// starts and ends. Later checks are quick and not announced.
    /// </summary>
    private void ShowFirstCheck()
    {
        if (!_showsProgress || Interlocked.Exchange(ref _firstCheckShown, 1) == 1)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                const string token = "mplan/first-check";
                await _rpc.InvokeWithParameterObjectAsync("window/workDoneProgress/create", new WorkDoneProgressCreateParams(token)).ConfigureAwait(false);
                var title = _language == Language.En ? "Checking the plans" : "正在检查规划";
                await _rpc.NotifyWithParameterObjectAsync("$/progress", new ProgressParams(token, new WorkDoneProgress("begin", title))).ConfigureAwait(false);
                await _scheduler.Idle.ConfigureAwait(false);
                await _rpc.NotifyWithParameterObjectAsync("$/progress", new ProgressParams(token, new WorkDoneProgress("end"))).ConfigureAwait(false);
            }
            catch (Exception e) when (e is RemoteRpcException or ConnectionLostException or ObjectDisposedException)
            {
                Log("progress: " + e.Message);
            }
        });
    }

    private PreviewResult RenderPreview(string path, Workspace workspace, Snapshot snapshot, CancellationToken cancellation)
    {
        var folder = workspace.PlanFolderOf(path) ?? Path.GetDirectoryName(path) ?? path;
        var checkedPlan = snapshot.Check(folder, cancellation);
        if (checkedPlan?.Compilation.Plan is not { } plan)
        {
            throw new ArgumentException(_language == Language.En ? "the plan has no 规划 header yet: nothing to preview" : "该规划还没有“规划”头部，无法预览");
        }

        var characters = checkedPlan.Compilation.Files.Sum(f => (long)f.Source.Text.Length);
        if (characters > _options.PreviewMaxCharacters)
        {
            var mb = characters >> 20;
            throw new ArgumentException(_language == Language.En
                ? $"the plan holds {mb} M characters, more than the preview shows ({_options.PreviewMaxCharacters >> 20} M); render the document with mplan render --format html"
                : $"该规划含 {mb} M 个字符，超过预览上限（{_options.PreviewMaxCharacters >> 20} M）；请用 mplan render --format html 生成文档");
        }

        cancellation.ThrowIfCancellationRequested();
        var maps = new Rendering.Maps.FigureMaps(plan, folder, checkedPlan.FindSource);
        // The preview is the html format of render, through the same registry.
        var html = System.Text.Encoding.UTF8.GetString(Rendering.Formats.DocumentFormats.Get("html").Render(plan, new Rendering.Formats.RenderRequest(Figures: maps, Cancellation: cancellation)).Content);
        // Cancelled while the last part rendered: the editor no longer wants this answer.
        cancellation.ThrowIfCancellationRequested();
        return new PreviewResult(html, plan.Header.Id);
    }

    /// <summary>A context whose check is of the current text: rename and code actions edit text, so they use the current version's results.</summary>
    private DocumentContext CurrentContext(string? uri)
    {
        var path = ServedPath(uri);
        var workspace = _documents.For(path);
        var snapshot = workspace.Current;
        var folder = workspace.PlanFolderOf(path);
        var checkedPlan = folder is null ? null : snapshot.Check(folder);
        return new DocumentContext(path, snapshot.TextOf(path) ?? string.Empty, workspace, snapshot, checkedPlan, _language, _documents);
    }
}
