using MineralPlan.LanguageServer.Protocol;

namespace MineralPlan.LanguageServer.Handlers;

/// <summary>A handler that serves a feature and says so in the answer to initialize.</summary>
internal interface IDeclaresCapability
{
    /// <summary>The capabilities with this handler's feature added.</summary>
    ServerCapabilities Declare(ServerCapabilities capabilities);
}
