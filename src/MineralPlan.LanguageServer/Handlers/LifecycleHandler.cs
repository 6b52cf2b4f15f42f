using System.Text.Json;
using MineralPlan.Abstractions.Diagnostics;
using MineralPlan.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MineralPlan.LanguageServer.Handlers;

/// <summary>initialize, initialized, shutdown and exit: the session's settings, once, and its end.</summary>
internal sealed class LifecycleHandler(PlanLanguageServer server)
{
    [JsonRpcMethod("initialize")]
    public InitializeResult Initialize(InitializeParams? p)
    {
        if (server.IsInitialized || server.IsShutDown)
        {
            throw new LocalRpcException(server.Language == Language.En ? "initialize was already sent" : "initialize 已发送过") { ErrorCode = ErrorCodes.InvalidRequest };
        }

        p ??= new InitializeParams();
        var options = InitializationOptions.From(p.InitializationOptions, new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
        server.Restricted = options.WorkspaceTrusted == false;
        server.Roots.Set([.. (p.WorkspaceFolders ?? []).Select(f => f?.Uri), p.RootUri, p.RootPath is { } rootPath ? DocumentUri.FromPath(rootPath) : null]);
        server.IsInitialized = true;
        server.ShowsProgress = p.ShowsProgress;
        var language = options.Language ?? server.Options.Language ?? p.Locale;
        server.Language = language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.En : Language.Zh;
        if (options.DebounceMilliseconds is { } ms)
        {
            server.Scheduler = server.NewScheduler(TimeSpan.FromMilliseconds(Math.Clamp(ms, 0, 10_000)));
        }

        return new InitializeResult(server.Capabilities(), new ServerInfo("mplan", typeof(PlanLanguageServer).Assembly.GetName().Version?.ToString(3) ?? "0"));
    }

    [JsonRpcMethod("initialized")]
    public void Initialized(JsonElement? p)
    {
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown() => server.Guard<object?>(() =>
    {
        server.IsShutDown = true;
        return null;
    });

    [JsonRpcMethod("exit")]
    public void Exit() => server.Exit();
}
