using System.Reflection;
using MineralPlan.LanguageServer;
using MineralPlan.LanguageServer.Handlers;
using MineralPlan.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MineralPlan.Tests.LanguageServer;

/// <summary>One handler class per method: each method served once, each feature handler declaring the capability it serves.</summary>
public sealed class HandlerRegistryTests
{
    [Fact]
    public void Every_method_has_one_handler_and_every_feature_handler_declares_a_capability()
    {
        using var server = PlanLanguageServer.Start(new MemoryStream(), new MemoryStream(), new ServerOptions());
        var handlers = ServerHandlers.All(server);

        var methods = handlers.SelectMany(h => h.GetType().GetMethods().Select(m => m.GetCustomAttribute<JsonRpcMethodAttribute>()?.Name).OfType<string>()).ToList();
        Assert.Equal(methods.Count, methods.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("textDocument/hover", methods);
        Assert.Contains("mplan/preview", methods);
        Assert.Equal(handlers.Count, handlers.Select(h => h.GetType()).Distinct().Count());

        var empty = new ServerCapabilities();
        foreach (var handler in handlers.OfType<IDeclaresCapability>())
        {
            Assert.NotEqual(empty, handler.Declare(empty));
        }

        // The protocol's own features each declare; the lifecycle, text sync and the preview (a method of this server's own) need none.
        Assert.Equal(11, handlers.OfType<IDeclaresCapability>().Count());
    }
}
